import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { AppError } from "@/lib/app-error";
import { auth, SESSION_EXPIRES_IN_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "@/lib/auth/auth";
import { findConsultantSessionByTokenHash } from "@/lib/data/consultant-session-store";
import { findWorkspaceOfUser, type WorkspaceRole } from "@/lib/data/workspace-store";
import { hashSecretToken } from "@/lib/secret-token";

export type ConsultantSession = { user: { id: string; name: string; email: string }; workspace: { id: string; name: string; role: WorkspaceRole } };

/**
 * The session token of the request's cookie once its signature (HMAC-SHA256 with AUTH_SECRET, as
 * better-auth signs it) checks out; null without a cookie or with a forged one.
 */
async function signedSessionToken(headers: Headers): Promise<string | null> {
  const context = await auth().$context;
  const name = context.authCookies.sessionToken.name;
  const pair = (headers.get("cookie") ?? "")
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name}=`));
  if (!pair) return null;
  let value: string;
  try {
    value = decodeURIComponent(pair.slice(name.length + 1));
  } catch {
    return null;
  }
  const dot = value.lastIndexOf(".");
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const signature = Buffer.from(value.slice(dot + 1), "base64");
  const expected = createHmac("sha256", context.secret).update(token).digest();
  return signature.length === expected.length && timingSafeEqual(signature, expected) ? token : null;
}

/** better-auth's own lookup, which also extends a session that is due (once a day). */
async function findThroughBetterAuth(headers: Headers): Promise<ConsultantSession | null> {
  const session = await auth().api.getSession({ headers });
  if (!session) return null;
  const workspace = await findWorkspaceOfUser(session.user.id);
  if (!workspace) return null;
  return { user: { id: session.user.id, name: session.user.name, email: session.user.email }, workspace };
}

/**
 * The signed-in consultant and their workspace, or null. Every request reads the session from the
 * database (there is no cookie cache, so a session ended by sign-out, a password change or a
 * removal stops working at once); the common case is one query for session, user and workspace.
 * A session due for its daily extension goes through better-auth, which extends it.
 */
export async function findConsultant(headers: Headers): Promise<ConsultantSession | null> {
  const token = await signedSessionToken(headers);
  if (!token) return null;
  const stored = await findConsultantSessionByTokenHash(hashSecretToken(token));
  if (!stored) return null;
  const expiresAt = stored.expiresAt.getTime();
  const now = Date.now();
  if (Number.isNaN(expiresAt)) return findThroughBetterAuth(headers);
  if (expiresAt <= now) return null;
  const dueForExtension = expiresAt - SESSION_EXPIRES_IN_SECONDS * 1000 + SESSION_UPDATE_AGE_SECONDS * 1000 <= now;
  if (dueForExtension) return findThroughBetterAuth(headers);
  return { user: stored.user, workspace: stored.workspace };
}

export async function requireConsultant(headers: Headers): Promise<ConsultantSession> {
  const consultant = await findConsultant(headers);
  if (!consultant) throw new AppError("UNAUTHORIZED", "Sign in to your consultant account first.");
  return consultant;
}
