// prisma/postgresql/schema.prisma is generated from prisma/sqlite/schema.prisma, the one schema
// source: a Prisma schema fixes its provider and client output, so PostgreSQL needs its own file.
// Plain JavaScript because `npm install` runs it (scripts/prisma-generate.mjs) before tsx is usable.
import { readFileSync, writeFileSync } from "node:fs";

export const SQLITE_SCHEMA = "prisma/sqlite/schema.prisma";
export const POSTGRESQL_SCHEMA = "prisma/postgresql/schema.prisma";

const NOTICE = [
  "// GENERATED from prisma/sqlite/schema.prisma by scripts/postgresql-schema.mjs (npm install and",
  "// `node scripts/prisma-generate.mjs` rewrite it). Do not edit: edit the SQLite schema.",
].join("\n");

/** Replaces exactly one match of `pattern`, or throws: a schema that moved on must not be half-converted. */
function replaceOnce(text, pattern, replacement, what) {
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`)) ?? [];
  if (matches.length !== 1) throw new Error(`${SQLITE_SCHEMA}: expected one ${what}, found ${matches.length}`);
  return text.replace(pattern, replacement);
}

/** The PostgreSQL schema for a SQLite schema's text: same models, other provider and client output. */
export function postgresqlSchemaFrom(sqliteSchema) {
  // Native type attributes (@db.…) differ per provider; none is used, and one added later needs a rule here.
  if (/@db\./.test(sqliteSchema)) throw new Error(`${SQLITE_SCHEMA}: native types (@db.…) have no PostgreSQL mapping in ${import.meta.url}`);
  let text = replaceOnce(sqliteSchema, /^(?:\/\/.*\n)+/, `${NOTICE}\n`, "leading comment");
  text = replaceOnce(text, /(output\s*=\s*")\.\.\/\.\.\/lib\/generated\/sqlite(")/, "$1../../lib/generated/postgresql$2", "client output");
  text = replaceOnce(text, /(datasource\s+db\s*\{\s*provider\s*=\s*")sqlite(")/, "$1postgresql$2", "SQLite datasource");
  return text;
}

/** Rewrites the PostgreSQL schema from the SQLite one; true when its content changed. */
export function writePostgresqlSchema() {
  const next = postgresqlSchemaFrom(readFileSync(SQLITE_SCHEMA, "utf8"));
  let current = "";
  try {
    current = readFileSync(POSTGRESQL_SCHEMA, "utf8");
  } catch {
    // first generation
  }
  if (current === next) return false;
  writeFileSync(POSTGRESQL_SCHEMA, next);
  return true;
}
