import { z } from "zod";
import { DEFAULT_DATABASE_URL, parseDatabaseUrl, type DatabaseTarget } from "@/lib/db/database-url";

/**
 * Every environment variable the app reads, validated once. Nothing else reads process.env.
 * README.md lists the same variables; keep the two in step.
 */
const ZEnv = z.object({
  DATABASE_URL: z.string().default(DEFAULT_DATABASE_URL),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Signs consultant sessions. `npm start` creates one under data/ when it is not set. */
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /**
   * Public address of the app, e.g. https://diagnostic.example.com: the only origin sign-in accepts.
   * Production must set it; unset, only http://localhost:PORT (and 127.0.0.1, [::1]) are trusted.
   */
  APP_URL: z.url().optional(),
  /** Sign-in and sign-up attempts allowed per client address and minute. */
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
  /** Wrong passwords allowed for one account in 15 minutes, from any address, before sign-in answers 429. */
  AUTH_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).max(10_000).default(5),
  /** Diagnostics one client address may start per minute (the anonymous start). */
  DIAGNOSTIC_STARTS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(20),
  /** Answers and submissions one client address may send through respondent links per minute. */
  RESPONDENT_WRITES_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(300),
  /**
   * Header a trusted reverse proxy sets to the client's address (e.g. x-real-ip). Unset, rate limits
   * key on the connection's own address; set it only when every request reaches the app through
   * that proxy, since any client can send the header too.
   */
  CLIENT_IP_HEADER: z.string().regex(/^[a-z0-9-]+$/i).optional(),
  /**
   * The mail server invitations and reminders go through, e.g. smtp://user:pass@smtp.example.com:587
   * (STARTTLS when offered) or smtps://…:465. Unset, email is off: the consultant copies each link.
   */
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// address, e.g. smtp://user:pass@smtp.example.com:587" })
    .optional(),
  /** The sender of invitations, e.g. "Quinn Advisory <invites@example.com>"; required with SMTP_URL. */
  EMAIL_FROM: z
    .string()
    .trim()
    .refine(isSenderAddress, 'must be an address, e.g. invites@example.com or "Quinn Advisory <invites@example.com>"')
    .optional(),
  /** The least severe log lines written (lib/operations/logger.ts); "silent" writes none. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** "1" serves the benchmark baselines /ping and /api/ping (the bench scripts set it); they answer 404 otherwise. */
  BENCH_ROUTES: z.enum(["0", "1"]).default("0").transform((value) => value === "1"),
}).refine((config) => !config.SMTP_URL || config.EMAIL_FROM, { path: ["EMAIL_FROM"], message: "is required when SMTP_URL is set: the address invitations come from" });

/** "invites@example.com" or "Display Name <invites@example.com>", on one line. */
function isSenderAddress(value: string): boolean {
  const named = /^([^<>\r\n"]*)<([^<>\s]+)>$/.exec(value);
  const address = named ? named[2] : value;
  return z.email().safeParse(address).success;
}

/** The origin personal links in emails start with: APP_URL, else the address `npm start` serves on. */
export function publicOrigin(config: Pick<TEnv, "APP_URL" | "PORT">): string {
  return config.APP_URL ? new URL(config.APP_URL).origin : `http://localhost:${config.PORT}`;
}

export type TEnv = z.infer<typeof ZEnv> & { database: DatabaseTarget };

export class EnvError extends Error {}

/** Reads and validates the environment; throws EnvError with one readable line on bad input. */
export function readEnv(source: Record<string, string | undefined> = process.env): TEnv {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new EnvError(`Invalid environment: ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "invalid value"}`);
  }
  try {
    return { ...parsed.data, database: parseDatabaseUrl(parsed.data.DATABASE_URL) };
  } catch (error) {
    const message = error instanceof z.ZodError ? (error.issues[0]?.message ?? "invalid value") : String(error);
    throw new EnvError(`Invalid environment: DATABASE_URL: ${message}`);
  }
}

let cached: TEnv | undefined;

/** The validated environment of this process, read on first use. */
export function env(): TEnv {
  cached ??= readEnv();
  return cached;
}
