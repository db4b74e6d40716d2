import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/app-error";
import { auth, MAX_NAME_LENGTH } from "@/lib/auth/auth";
import type { AuthFormProblem } from "@/lib/auth/form-problem";
import { localPathOr, withNext } from "@/lib/auth/local-path";
import { consumeRate, resetRate } from "@/lib/data/rate-limit-store";
import { env } from "@/lib/env";
import { readBodyText } from "@/lib/http/json-route";
import { retryWording } from "@/lib/rate-limited-error";
import { hashSecretToken } from "@/lib/secret-token";

/** Largest body any /api/auth request may send: a sign-up is a few hundred bytes. */
export const MAX_AUTH_BODY_BYTES = 32 * 1024;
/** How long wrong passwords count against one account. */
const ACCOUNT_BACKOFF_WINDOW_SECONDS = 15 * 60;


const NO_STORE = { "Cache-Control": "no-store" };

function errorReply(status: number, error: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error }, { status, headers: { ...NO_STORE, ...headers } });
}

/** The fields this boundary checks before better-auth; better-auth validates the rest. */
const ZAuthBody = z.looseObject({
  email: z.string("The email address must be text.").max(320, "That email address is too long.").optional(),
  name: z
    .string("Your name must be text.")
    .max(MAX_NAME_LENGTH, `Your name can be at most ${MAX_NAME_LENGTH} characters.`)
    .optional(),
});

/** The key of one account's back-off: the email's hash, so the table holds no address. */
const accountKey = (email: string) => `sign-in-failures|${hashSecretToken(email.trim().toLowerCase())}`;

/** A copy of `request` with the body already read (better-auth reads the body itself). */
function withBody(request: Request, text: string, pathname?: string): Request {
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  const url = new URL(request.url);
  if (pathname) url.pathname = pathname;
  return new Request(url, { method: "POST", headers, body: text });
}

function withJsonBody(request: Request, body: unknown, pathname?: string): Request {
  const copy = withBody(request, JSON.stringify(body), pathname);
  copy.headers.set("content-type", "application/json");
  return copy;
}

/**
 * better-auth's own 429 (too many attempts from one address) says "Too many requests" and names its
 * wait in X-Retry-After only: answer like the app's other limits, with `{ error }` and Retry-After.
 */
function withRetryAfter(response: Response): Response {
  if (response.status !== 429) return response;
  const wait = Math.max(1, Number(response.headers.get("x-retry-after")) || 60);
  return errorReply(429, `Too many attempts from your network. Try again ${retryWording(wait)}.`, { "Retry-After": String(wait) });
}

/**
 * Wrong passwords for one account are counted whatever address they come from: after
 * AUTH_FAILURES_PER_ACCOUNT attempts in 15 minutes, sign-in for that email answers 429 until the
 * window ends; a correct password clears the count. Every attempt is counted before the password is
 * checked, so parallel guesses cannot all slip in before the first failure lands.
 */
async function signInWithBackoff(request: Request, email: string | undefined): Promise<Response> {
  if (!email) return withRetryAfter(await auth().handler(request));
  const decision = await consumeRate(accountKey(email), { windowSeconds: ACCOUNT_BACKOFF_WINDOW_SECONDS, max: env().AUTH_FAILURES_PER_ACCOUNT });
  if (!decision.allowed) {
    return errorReply(429, `Too many sign-in attempts for this account. Try again ${retryWording(decision.retryAfterSeconds)}.`, {
      "Retry-After": String(decision.retryAfterSeconds),
    });
  }
  const response = withRetryAfter(await auth().handler(request));
  if (response.ok) await resetRate(accountKey(email));
  return response;
}

function problemOf(response: Response): AuthFormProblem {
  if (response.status === 429) return "rate-limited";
  return response.status === 401 || response.status === 400 || response.status === 422 ? "invalid" : "failed";
}

/** Back to the form's page with what went wrong, never with what was typed (but with where to go next). */
function backToForm(page: "/sign-in" | "/sign-up", problem: AuthFormProblem, next: string | undefined, retryAfterSeconds?: number): Response {
  // A refused attempt says when to try again, as the script's answer does.
  const query = `problem=${problem}${retryAfterSeconds ? `&retry=${retryAfterSeconds}` : ""}`;
  return new Response(null, { status: 303, headers: { ...NO_STORE, Location: withNext(page, next, query) } });
}

const retryAfterOf = (response: Response): number | undefined => {
  const seconds = Number(response.headers.get("retry-after"));
  return Number.isInteger(seconds) && seconds > 0 ? seconds : undefined;
};

/** Into the workspace (or the local path the form names in `next`, such as an invitation), carrying the session cookie better-auth set. */
function intoWorkspace(signedIn: Response, next: string | undefined): Response {
  const headers = new Headers({ ...NO_STORE, Location: localPathOr(next) });
  for (const cookie of signedIn.headers.getSetCookie()) headers.append("set-cookie", cookie);
  return new Response(null, { status: 303, headers });
}

/**
 * The sign-in and sign-up forms post here before their JavaScript has loaded (method="post", so no
 * field ever reaches a URL). The fields go to better-auth as JSON, and the browser is redirected:
 * into the workspace on success, else back to the form with a reason.
 */
async function handleFormPost(request: Request, pathname: string, text: string): Promise<Response> {
  const fields = Object.fromEntries(new URLSearchParams(text));
  const credentials = { email: fields.email ?? "", password: fields.password ?? "" };
  if (pathname === "/api/auth/sign-in/email") {
    const signedIn = await signInWithBackoff(withJsonBody(request, credentials), credentials.email);
    return signedIn.ok ? intoWorkspace(signedIn, fields.next) : backToForm("/sign-in", problemOf(signedIn), fields.next, retryAfterOf(signedIn));
  }
  if (pathname === "/api/auth/sign-up/email") {
    const name = fields.name ?? "";
    if (!name.trim() || name.length > MAX_NAME_LENGTH) return backToForm("/sign-up", "invalid", fields.next);
    const signedUp = withRetryAfter(await auth().handler(withJsonBody(request, { ...credentials, name })));
    if (!signedUp.ok) return backToForm("/sign-up", problemOf(signedUp), fields.next, retryAfterOf(signedUp));
    const signedIn = await signInWithBackoff(withJsonBody(request, credentials, "/api/auth/sign-in/email"), credentials.email);
    return signedIn.ok ? intoWorkspace(signedIn, fields.next) : backToForm("/sign-up", problemOf(signedIn), fields.next, retryAfterOf(signedIn));
  }
  return errorReply(415, "Send the request body as application/json.");
}

/**
 * Every /api/auth request: the body is read here, at most MAX_AUTH_BODY_BYTES, before better-auth
 * sees it; names longer than MAX_NAME_LENGTH are refused; sign-in attempts count against the
 * account; a password change always ends the account's other sessions.
 */
export async function handleAuthRequest(request: Request): Promise<Response> {
  if (request.method !== "POST") return withRetryAfter(await auth().handler(request));
  const { pathname } = new URL(request.url);
  let text: string;
  try {
    text = await readBodyText(request, MAX_AUTH_BODY_BYTES);
  } catch (error) {
    if (error instanceof AppError) return errorReply(413, `The request is larger than ${MAX_AUTH_BODY_BYTES / 1024} KB.`);
    throw error;
  }
  const contentType = (request.headers.get("content-type") ?? "").toLowerCase();
  if (contentType.startsWith("application/x-www-form-urlencoded")) return handleFormPost(request, pathname, text);

  let body: unknown;
  try {
    body = text ? JSON.parse(text) : {};
  } catch {
    return errorReply(400, "The request body is not valid JSON.");
  }
  const fields = ZAuthBody.safeParse(body);
  if (!fields.success) return errorReply(400, fields.error.issues[0]?.message ?? "The request body must be a JSON object.");
  if (pathname === "/api/auth/change-password") {
    // Whoever changes a password may be locking out someone who copied their session.
    return withRetryAfter(await auth().handler(withJsonBody(request, { ...fields.data, revokeOtherSessions: true })));
  }
  const forwarded = withBody(request, text);
  if (pathname === "/api/auth/sign-in/email") return signInWithBackoff(forwarded, fields.data.email);
  return withRetryAfter(await auth().handler(forwarded));
}
