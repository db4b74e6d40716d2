import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { AppError } from "@/lib/app-error";
import { withHashedSessionTokens } from "@/lib/auth/hashed-session-tokens";
import { createWorkspaceForUser, deleteWorkspacesOwnedBy } from "@/lib/data/workspace-store";
import type { AppPrismaClient } from "@/lib/db/create-client";
import { providerOf } from "@/lib/db/create-client";
import { prisma, withDatabase } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";

export const MIN_PASSWORD_LENGTH = 10;
/** A session lasts a week and is extended (by better-auth) when used a day or more after its last extension. */
export const SESSION_EXPIRES_IN_SECONDS = 60 * 60 * 24 * 7;
export const SESSION_UPDATE_AGE_SECONDS = 60 * 60 * 24;
/** Longest consultant name, and longest workspace name, the app stores. */
export const MAX_NAME_LENGTH = 120;

const WORKSPACE_SUFFIX = "'s workspace";

/** The workspace a new consultant gets, named after them and held to MAX_NAME_LENGTH. */
export function workspaceNameFor(userName: string): string {
  return `${userName.trim().slice(0, MAX_NAME_LENGTH - WORKSPACE_SUFFIX.length)}${WORKSPACE_SUFFIX}`;
}

/** Refuses a missing or over-long name wherever better-auth writes one (sign-up, update-user). */
function checkName(name: unknown): void {
  if (name === undefined) return;
  if (typeof name !== "string" || name.trim().length === 0) throw new APIError("BAD_REQUEST", { message: "Enter your name." });
  if (name.length > MAX_NAME_LENGTH) throw new APIError("BAD_REQUEST", { message: `Your name can be at most ${MAX_NAME_LENGTH} characters.` });
}

/**
 * Origins allowed to send sign-in and other account requests: APP_URL, or when it is unset the
 * address `npm start` serves on (localhost and its loopback addresses on PORT). Never the Host
 * header, which the client writes.
 */
export function trustedOriginsOf(config: { APP_URL?: string; PORT: number }): { baseURL: string; origins: string[] } {
  if (config.APP_URL) {
    const origin = new URL(config.APP_URL).origin;
    return { baseURL: origin, origins: [origin] };
  }
  const origins = ["localhost", "127.0.0.1", "[::1]"].map((host) => `http://${host}:${config.PORT}`);
  return { baseURL: origins[0] ?? "http://localhost:3000", origins };
}

/**
 * better-auth for one database client. Its hooks write through lib/data inside `withDatabase(db)`,
 * so a new consultant's workspace lands in the same database as their account.
 */
function createAuth(db: AppPrismaClient) {
  const config = env();
  const { AUTH_SECRET, AUTH_RATE_LIMIT_PER_MINUTE: perMinute } = config;
  const { baseURL, origins } = trustedOriginsOf(config);
  return betterAuth({
    // Session tokens are stored as SHA-256 hashes (see hashed-session-tokens.ts).
    database: withHashedSessionTokens(prismaAdapter(db, { provider: providerOf(db) })),
    secret: AUTH_SECRET,
    baseURL,
    trustedOrigins: origins,
    // No automatic sign-in after sign-up: with it, better-auth must tell a taken email apart (it
    // cannot sign in as someone else), and the reply would reveal which emails have accounts.
    // The sign-up form signs in right after.
    emailAndPassword: { enabled: true, minPasswordLength: MIN_PASSWORD_LENGTH, maxPasswordLength: 128, autoSignIn: false },
    // Deleting an account deletes the workspaces it alone belongs to, with every client, leader and diagnostic.
    // A workspace shared with colleagues stays; its last owner is refused until another member is made owner.
    user: {
      deleteUser: {
        enabled: true,
        beforeDelete: async (user) => {
          try {
            await withDatabase(db, () => deleteWorkspacesOwnedBy(user.id));
          } catch (error) {
            if (error instanceof AppError) throw new APIError("BAD_REQUEST", { message: error.message });
            throw error;
          }
        },
      },
    },
    // No cookie cache: every signed-in request checks its session in the database, so signing out,
    // changing the password or removing a member ends access at once, including for copied cookies.
    session: { expiresIn: SESSION_EXPIRES_IN_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS, cookieCache: { enabled: false } },
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
          before: async (user) => void checkName(user.name),
          after: async (user) => {
            await withDatabase(db, () => createWorkspaceForUser({ userId: user.id, name: workspaceNameFor(user.name) }));
          },
        },
        update: { before: async (user) => void checkName(user.name) },
      },
    },
    // Rate limits key on the client address that the app's own server (scripts/start.ts) sets from
    // the connection, or from CLIENT_IP_HEADER behind a trusted proxy; never on X-Forwarded-For,
    // which any client can write.
    // The origin check is on in every environment (better-auth turns it off under NODE_ENV=test).
    advanced: { ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] }, disableOriginCheck: false },
    plugins: [nextCookies()],
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { auth?: WeakMap<AppPrismaClient, Auth> };

/**
 * The app's better-auth instance, created on first use (not at build time), for the current
 * database client (integration tests run it against each real database through withDatabase).
 */
export function auth(): Auth {
  const db = prisma();
  globalForAuth.auth ??= new WeakMap();
  let instance = globalForAuth.auth.get(db);
  if (!instance) {
    instance = createAuth(db);
    globalForAuth.auth.set(db, instance);
  }
  return instance;
}
