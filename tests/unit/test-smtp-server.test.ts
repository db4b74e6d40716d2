import MailComposer from "nodemailer/lib/mail-composer";
import { describe, expect, it } from "vitest";
import { partOf } from "@/tests/support/test-smtp-server";

const compose = (text: string, html: string) =>
  new Promise<string>((resolve, reject) =>
    new MailComposer({ from: "a@example.com", to: "b@example.com", subject: "s", text, html }).compile().build((error, message) => (error ? reject(error) : resolve(message.toString("utf8")))),
  );

describe("the test SMTP server's reading of a message", () => {
  it("keeps a whole link when a quoted-printable soft line break puts the '--' of its token at the start of a line", async () => {
    // A token holding "--" (base64url tokens can) at every position: at one of them the soft break of the
    // long link line falls right before it, which the reader once took for the end of the part, so a
    // random token lost its link now and then.
    let linesStartingWithDashes = 0;
    for (let at = 0; at <= 41; at += 1) {
      const link = `https://diagnostic.example.com/respond/${"a".repeat(at)}--${"b".repeat(41 - at)}`;
      const raw = await compose(`Your personal link:\n${link}\nThank you.`, `<p><a href="${link}">Answer</a></p>`);
      if (/\n--b/.test(raw)) linesStartingWithDashes += 1;
      expect(partOf(raw, "plain")).toContain(link);
      expect(partOf(raw, "plain")).toContain("Thank you.");
      expect(partOf(raw, "html")).toContain(link);
    }
    expect(linesStartingWithDashes).toBeGreaterThan(0);
  });
});
