import { describe, expect, it } from "vitest";
import { answerVisibility, MIN_GROUP_RESPONDENTS, ZPerspective } from "@/lib/diagnostic";
import { composeInvitation, escapeHtml, type TInvitationFacts } from "@/lib/email/compose-invitation";
import { readEnv, EnvError, publicOrigin } from "@/lib/env";
import { dueAtOf, dueDateProblem, isOverdue } from "@/lib/respondents/due-date";

const LINK = "https://diagnostic.example.com/respond/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde";
const facts = (overrides: Partial<TInvitationFacts> = {}): TInvitationFacts => ({
  kind: "invitation",
  perspective: "board",
  leader: { name: "Casey Brooks", title: "COO" },
  invitedBy: "Quinn Advisory",
  link: LINK,
  constraints: 2,
  dueAt: dueAtOf("2026-12-10"),
  ...overrides,
});

describe("composeInvitation", () => {
  it("names the leader, who invites, what it is for, how long it takes, the due date and the link, in both bodies", () => {
    const email = composeInvitation(facts());
    expect(email.subject).toBe("Quinn Advisory asks for your view of Casey Brooks (by 10 Dec 2026)");
    for (const body of [email.text, email.html]) {
      expect(body).toContain("Quinn Advisory is running a leadership diagnostic with Casey Brooks, COO");
      expect(body).toContain("executive coaching, fractional leadership or both");
      expect(body).toContain("About 4 to 6 minutes");
      expect(body).toContain("10 Dec 2026");
      expect(body).toContain(LINK);
    }
    expect(email.html).toContain(`<a href="${LINK}"`);
  });

  it.each(ZPerspective.options)("tells a %s respondent who sees their answers in the words of the respondent page", (perspective) => {
    const email = composeInvitation(facts({ perspective }));
    const visibility = answerVisibility(perspective);
    expect(email.text).toContain(visibility.sentence);
    expect(email.text).toContain(visibility.headline);
    expect(email.html).toContain(escapeHtml(visibility.sentence));
  });

  it("calls the self-view and a manager named and board members and peers pooled, at the report's minimum group", () => {
    expect(answerVisibility("self").named).toBe(true);
    expect(answerVisibility("manager").named).toBe(true);
    expect(answerVisibility("board")).toMatchObject({ named: false, headline: "Your answers are shown only as part of a group, never on their own." });
    expect(answerVisibility("peer").sentence).toContain(`only once at least ${MIN_GROUP_RESPONDENTS} have answered`);
  });

  it("escapes every typed value in the HTML and keeps the subject on one line", () => {
    const email = composeInvitation(facts({ leader: { name: 'Eve <script>alert("x")</script>', title: "A & B" }, invitedBy: "Ops\r\nBcc: x@evil.test" }));
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain("Eve &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;, A &amp; B");
    expect(email.subject).not.toMatch(/[\r\n]/);
  });

  it("says a reminder replaces the earlier link, and leaves the due date out when there is none", () => {
    const email = composeInvitation(facts({ kind: "reminder", dueAt: null, perspective: "self" }));
    expect(email.subject).toBe("Reminder: Quinn Advisory asks for your own view of your leadership constraints");
    expect(email.text).toContain("It replaces the link sent earlier, which no longer works.");
    expect(email.text).not.toContain("Please answer by");
  });
});

describe("due dates", () => {
  const now = new Date("2026-12-01T15:00:00Z");
  it("accepts today up to 180 days ahead and refuses a past day", () => {
    expect(dueDateProblem(dueAtOf("2026-12-01"), now)).toBeNull();
    expect(dueDateProblem(dueAtOf("2026-11-30"), now)).toMatch(/has passed/);
    expect(dueDateProblem(dueAtOf("2027-12-01"), now)).toMatch(/within 180 days/);
  });
  it("is overdue from the start of the next day while unanswered", () => {
    const dueAt = dueAtOf("2026-12-01");
    expect(isOverdue({ dueAt, submittedAt: null }, new Date("2026-12-01T23:59:59Z"))).toBe(false);
    expect(isOverdue({ dueAt, submittedAt: null }, new Date("2026-12-02T00:00:00Z"))).toBe(true);
    expect(isOverdue({ dueAt, submittedAt: now }, new Date("2026-12-05T00:00:00Z"))).toBe(false);
    expect(isOverdue({ dueAt: null, submittedAt: null }, new Date("2030-01-01T00:00:00Z"))).toBe(false);
  });
});

describe("email settings", () => {
  it("are off without SMTP_URL and need EMAIL_FROM with it", () => {
    expect(readEnv({}).SMTP_URL).toBeUndefined();
    expect(() => readEnv({ SMTP_URL: "smtp://u:p@mail.example.com:587" })).toThrow(/EMAIL_FROM: is required when SMTP_URL is set/);
    expect(readEnv({ SMTP_URL: "smtps://mail.example.com", EMAIL_FROM: "Quinn Advisory <invites@example.com>" }).EMAIL_FROM).toBe("Quinn Advisory <invites@example.com>");
  });
  it.each([
    [{ SMTP_URL: "https://mail.example.com", EMAIL_FROM: "a@example.com" }, "SMTP_URL: must be an smtp:// or smtps:// address"],
    [{ EMAIL_FROM: "not an address" }, "EMAIL_FROM: must be an address"],
  ])("refuses %o with one readable line that never repeats the value", (source, message) => {
    expect(() => readEnv(source)).toThrow(EnvError);
    expect(() => readEnv(source)).toThrow(message);
  });
  it("builds links on APP_URL, else on the address npm start serves", () => {
    expect(publicOrigin({ APP_URL: "https://diagnostic.example.com/app", PORT: 3000 })).toBe("https://diagnostic.example.com");
    expect(publicOrigin({ APP_URL: undefined, PORT: 4100 })).toBe("http://localhost:4100");
  });
});
