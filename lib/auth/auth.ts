import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { createWorkspaceForUser, deleteWorkspacesOwnedBy } from "@/lib/data/workspace-store";
import { providerOf } from "@/lib/db/create-client";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";

export const MIN_PASSWORD_LENGTH = 10;

function createAuth() {
  const db = prisma();
  const { AUTH_SECRET, APP_URL, CLIENT_IP_HEADER, AUTH_RATE_LIMIT_PER_MINUTE: perMinute } = env();
  return betterAuth({
    database: prismaAdapter(db, { provider: providerOf(db) }),
    secret: AUTH_SECRET,
    baseURL: APP_URL,
    // Same-origin requests only: the origin the browser reached us at (its Host header), plus APP_URL.
    trustedOrigins: (request) => {
      const host = request?.headers.get("host");
      const proto = request?.headers.get("x-forwarded-proto") ?? (request ? new URL(request.url).protocol.replace(":", "") : "http");
      return [...(host ? [`${proto}://${host}`] : []), ...(APP_URL ? [new URL(APP_URL).origin] : [])];
    },
    emailAndPassword: { enabled: true, minPasswordLength: MIN_PASSWORD_LENGTH, maxPasswordLength: 128, autoSignIn: true },
    // Deleting an account deletes the workspaces it owns, with every client, leader and diagnostic.
    user: { deleteUser: { enabled: true, beforeDelete: async (user) => void (await deleteWorkspacesOwnedBy(user.id, db)) } },
    // The cookie cache (a signed copy of the session, five minutes) spares every signed-in request the
    // session queries and most of their cost (docs/benchmarks.md). Signing out clears it; a session
    // deleted on the server stays usable in its browser until the copy expires, at most five minutes,
    // and every page still checks the workspace membership in the database.
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24, cookieCache: { enabled: true, maxAge: 5 * 60 } },
    // Attempts are counted in the database so the limits hold across app instances.
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: { "/sign-in/email": { window: 60, max: perMinute }, "/sign-up/email": { window: 60, max: perMinute } },
    },
    databaseHooks: {
      user: {
        create: {
          after: async (user) => {
            await createWorkspaceForUser({ userId: user.id, name: `${user.name}'s workspace` }, db);
          },
        },
      },
    },
    // Rate limits key on the client address. Only a header set by your own proxy can be trusted
    // for it; by default better-auth reads X-Forwarded-For, which a client can set when the app is
    // exposed without a proxy.
    ...(CLIENT_IP_HEADER ? { advanced: { ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER.toLowerCase()] } } } : {}),
    plugins: [nextCookies()],
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { auth?: Auth };

/** The app's better-auth instance, created on first use (not at build time). */
export function auth(): Auth {
  globalForAuth.auth ??= createAuth();
  return globalForAuth.auth;
}
