import { createServer as createHttpServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server for tests: accepts any sign-in (or none) over plain SMTP on 127.0.0.1 and keeps
 * every message it receives. Integration tests start it in-process; the e2e run starts it as its own
 * process (`tsx tests/support/test-smtp-server.ts SMTP_PORT HTTP_PORT`) and reads the messages over
 * a tiny HTTP endpoint: GET /messages?to=address answers them as JSON.
 */
export type TReceivedEmail = { from: string; to: string[]; raw: string; subject: string; text: string; html: string };

export type TTestSmtpServer = {
  port: number;
  url: string;
  messages: TReceivedEmail[];
  /** Answers 550 to every recipient while true (a server that refuses the message). */
  refuseRecipients: boolean;
  close: () => Promise<void>;
};

/** Undoes quoted-printable soft line breaks and escapes, enough to read links and sentences. */
function decodeQuotedPrintable(value: string): string {
  return value.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * One part of a message nodemailer composed (multipart/alternative: text/plain, then text/html), decoded.
 * Parts end at the message's own boundary: a body line that merely starts with "--" (a quoted-printable
 * soft break can put one inside a link whose token holds "--") belongs to the body.
 */
export function partOf(raw: string, type: "plain" | "html"): string {
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(raw)?.[1];
  const parts = boundary ? raw.split(`--${boundary}`) : [raw];
  for (const section of parts) {
    const part = new RegExp(`Content-Type: text/${type}[^\\r\\n]*\\r?\\n(?:[^\\r\\n]+\\r?\\n)*\\r?\\n([\\s\\S]*)$`, "i").exec(section);
    if (!part) continue;
    const body = (part[1] ?? "").replace(/\r?\n$/, "");
    if (/Content-Transfer-Encoding: base64/i.test(part[0])) return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
    return decodeQuotedPrintable(body);
  }
  return decodeQuotedPrintable(raw);
}

function subjectOf(raw: string): string {
  const header = /^Subject: ((?:.*)(?:\r?\n[ \t].*)*)/im.exec(raw)?.[1] ?? "";
  const unfolded = header.replace(/\r?\n[ \t]/g, " ");
  // Encoded words (=?UTF-8?Q?…?=) for non-ASCII subjects.
  return unfolded.replace(/=\?UTF-8\?([QB])\?([^?]*)\?=\s?/gi, (_, enc: string, text: string) =>
    enc.toUpperCase() === "B" ? Buffer.from(text, "base64").toString("utf8") : decodeQuotedPrintable(text.replace(/_/g, " ")),
  );
}

export async function startTestSmtpServer(port = 0): Promise<TTestSmtpServer> {
  const messages: TReceivedEmail[] = [];
  const state = { refuseRecipients: false };
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onAuth(_auth, _session, callback) {
      callback(null, { user: "test" });
    },
    onRcptTo(address, _session, callback) {
      if (state.refuseRecipients) {
        const error = Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          subject: subjectOf(raw),
          text: partOf(raw, "plain"),
          html: partOf(raw, "html"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const bound = (server.server.address() as AddressInfo).port;
  return {
    port: bound,
    url: `smtp://tester:secret@127.0.0.1:${bound}`,
    messages,
    get refuseRecipients() {
      return state.refuseRecipients;
    },
    set refuseRecipients(value: boolean) {
      state.refuseRecipients = value;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The personal link in a received email. */
export function linkIn(email: TReceivedEmail): string {
  const link = /https?:\/\/[^\s"<>]+\/respond\/[A-Za-z0-9_-]{43}/.exec(email.text)?.[0];
  if (!link) throw new Error(`No personal link in the email "${email.subject}"`);
  return link;
}

function serveMessages(smtp: TTestSmtpServer, port: number): Promise<HttpServer> {
  const http = createHttpServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/health") {
      response.end("ok");
      return;
    }
    if (url.pathname === "/messages") {
      const to = url.searchParams.get("to")?.toLowerCase();
      const found = smtp.messages.filter((m) => !to || m.to.some((address) => address.toLowerCase() === to));
      response.setHeader("Content-Type", "application/json");
      response.end(JSON.stringify(found));
      return;
    }
    response.statusCode = 404;
    response.end();
  });
  return new Promise((resolve) => http.listen(port, "127.0.0.1", () => resolve(http)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [smtpPort, httpPort] = process.argv.slice(2).map(Number);
  const smtp = await startTestSmtpServer(smtpPort);
  await serveMessages(smtp, httpPort ?? 0);
  console.log(`Test SMTP server on 127.0.0.1:${smtp.port}, messages on http://127.0.0.1:${httpPort}/messages`);
}
