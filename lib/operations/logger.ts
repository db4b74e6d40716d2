import pino, { type DestinationStream, type Logger } from "pino";
import { env, type TEnv } from "@/lib/env";

/**
 * The app's one logger: JSON lines on stdout, one object per line, level from LOG_LEVEL (lib/env.ts).
 * What must never reach a log is removed twice: fields that hold secrets are censored wherever they
 * sit (two levels deep), and every written line passes through `scrubSecretPaths`, so a link that
 * slipped into a message, an error or a stack trace shows `:token` instead of its token.
 */

export type TLogLevel = TEnv["LOG_LEVEL"];
export type { Logger };

/** Fields that hold a secret or a person's words: link tokens, passcodes, answers, credentials, links, addresses. */
const SECRET_FIELDS = ["token", "passcode", "password", "secret", "answer", "answers", "text", "cookie", "set-cookie", "authorization", "link", "url", "email"];

const fieldPath = (name: string) => (/^[a-z]+$/.test(name) ? name : `["${name}"]`);
const join = (prefix: string, name: string) => (name.startsWith("[") ? `${prefix}${name}` : `${prefix}.${name}`);

export const REDACTED_PATHS = SECRET_FIELDS.flatMap((name) => {
  const field = fieldPath(name);
  return [field, join("*", field), join("*.*", field)];
});

/**
 * Paths whose segment after the prefix is a bearer secret: a respondent's or a report's link, an
 * anonymous diagnostic, a teammate's invitation (not the consultant's own /api/workspace/team/invitations/<id>).
 * It matches anywhere in a text, within a whole link too, and ignores case: the rule errs towards hiding.
 */
const SECRET_PATH = /(\/(?:api\/(?:diagnostics|respondents|invitations)|d|r|respond|(?<!\/team\/)invitations)\/)[^/\s?#"'<>\\]+/gi;

/** Replaces the token in every secret-bearing path inside a text (a log line, a message, a stack). */
export function scrubSecretPaths(text: string): string {
  return text.replace(SECRET_PATH, "$1:token");
}

const MAX_ROUTE_LENGTH = 200;

/**
 * The route a request line names: the path without its query (which may carry anything) and with
 * each token replaced by `:token`, e.g. "/respond/abc123/?x=1" → "/respond/:token/".
 */
export function routeOf(target: string): string {
  let pathname = target;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
    try {
      pathname = new URL(target).pathname;
    } catch {
      pathname = "/";
    }
  }
  pathname = pathname.split(/[?#]/, 1)[0] ?? "";
  if (pathname.includes("%")) {
    try {
      pathname = decodeURIComponent(pathname);
    } catch {
      // malformed encoding: scrub the raw path
    }
  }
  const route = scrubSecretPaths(pathname.startsWith("/") ? pathname : `/${pathname}`);
  return route.length > MAX_ROUTE_LENGTH ? `${route.slice(0, MAX_ROUTE_LENGTH)}…` : route;
}

/** A logger writing to `destination` (stdout when omitted); tests pass a stream they read back. */
export function createLogger(options: { level: TLogLevel; destination?: DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
      hooks: { streamWrite: scrubSecretPaths },
    },
    options.destination,
  );
}

let shared: Logger | undefined;

/** The logger of this process, at the level LOG_LEVEL names. */
export function logger(): Logger {
  shared ??= createLogger({ level: env().LOG_LEVEL });
  return shared;
}
