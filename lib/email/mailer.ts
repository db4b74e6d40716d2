import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";
import type { TComposedEmail } from "@/lib/email/compose-invitation";

/**
 * The one way the app sends email: SMTP to the server SMTP_URL names, from EMAIL_FROM. Without
 * SMTP_URL email is off and the app works with copied links alone.
 */

/** What the consultant is told when email is off, with how to turn it on. */
export const EMAIL_OFF =
  "Email is off: invitations are not emailed, so copy each link and send it yourself. To have the app email them, set SMTP_URL (e.g. smtp://user:password@smtp.example.com:587) and EMAIL_FROM, then restart.";

let cached: { url: string; transport: Transporter } | undefined;

export function emailEnabled(): boolean {
  return Boolean(env().SMTP_URL);
}

function transport(): Transporter {
  const url = env().SMTP_URL;
  if (!url) throw new Error("Email is off: SMTP_URL is not set.");
  if (cached?.url !== url) {
    // Timeouts keep a slow or silent mail server from holding a consultant's request for minutes.
    cached = { url, transport: nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 }) };
  }
  return cached.transport;
}

export async function sendEmail(to: string, message: TComposedEmail): Promise<void> {
  await transport().sendMail({ from: env().EMAIL_FROM, to, subject: message.subject, text: message.text, html: message.html });
}

/**
 * A send failure in words a consultant can act on. Built from the error's code and the server's
 * reply code only, never its text: a server may echo the message, and the message holds the link.
 */
export function describeSendFailure(error: unknown): string {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  const reply = typeof responseCode === "number" ? ` (it answered ${responseCode})` : "";
  switch (code) {
    case "ECONNECTION":
    case "ESOCKET":
    case "EDNS":
    case "ECONNREFUSED":
      return "The mail server could not be reached.";
    case "ETIMEDOUT":
      return "The mail server did not answer in time.";
    case "ETLS":
      return "A secure connection to the mail server could not be set up.";
    case "EAUTH":
    case "ENOAUTH":
      return `The mail server refused the sign-in${reply}; check the user and password in SMTP_URL.`;
    case "EENVELOPE":
      return `The mail server refused the sender or the recipient address${reply}.`;
    case "EMESSAGE":
    case "EPROTOCOL":
      return `The mail server refused the message${reply}.`;
    default:
      return typeof responseCode === "number" ? `The mail server refused the message${reply}.` : "The email could not be sent.";
  }
}
