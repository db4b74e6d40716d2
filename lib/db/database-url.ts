import path from "node:path";
import { z } from "zod";

/** Where the app keeps its data, derived from DATABASE_URL. */
export type DatabaseTarget =
  | { provider: "sqlite"; url: string; filePath: string }
  | { provider: "postgresql"; url: string };

export const DEFAULT_DATABASE_URL = "file:./data/app.db";

const ZDatabaseUrl = z
  .string()
  .trim()
  .min(1, "DATABASE_URL is empty")
  .refine((value) => /^(file:|postgres(ql)?:\/\/)/.test(value), {
    message: "DATABASE_URL must start with file: (SQLite) or postgres:// / postgresql:// (PostgreSQL)",
  });

/**
 * Parses DATABASE_URL into a provider and its connection details. Relative SQLite paths resolve
 * against the working directory, as `file:./data/app.db` does for Prisma.
 */
export function parseDatabaseUrl(raw: string, cwd: string = process.cwd()): DatabaseTarget {
  const url = ZDatabaseUrl.parse(raw);
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length).split("?")[0] ?? "";
    if (file.length === 0) throw new z.ZodError([{ code: "custom", message: "DATABASE_URL names no SQLite file", path: [], input: raw }]);
    return { provider: "sqlite", url, filePath: path.resolve(cwd, file) };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new z.ZodError([{ code: "custom", message: "DATABASE_URL is not a valid PostgreSQL URL", path: [], input: raw }]);
  }
  if (parsed.pathname.length <= 1) {
    throw new z.ZodError([{ code: "custom", message: "DATABASE_URL names no PostgreSQL database (add /dbname)", path: [], input: raw }]);
  }
  return { provider: "postgresql", url };
}

/** The URL with its password hidden, for logs and error messages. */
export function describeDatabase(target: DatabaseTarget): string {
  if (target.provider === "sqlite") return `SQLite at ${target.filePath}`;
  const parsed = new URL(target.url);
  if (parsed.password) parsed.password = "***";
  return `PostgreSQL at ${parsed.host}${parsed.pathname}`;
}
