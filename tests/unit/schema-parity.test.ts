import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { POSTGRESQL_SCHEMA, postgresqlSchemaFrom, SQLITE_SCHEMA } from "@/scripts/postgresql-schema.mjs";

const sqlite = readFileSync(SQLITE_SCHEMA, "utf8");

/** The parts of a schema that must match between providers: everything but comments, datasource and generator. */
function models(text: string): string {
  return text
    .replace(/\/\/.*$/gm, "")
    .replace(/(generator|datasource)\s+\w+\s*\{[^}]*\}/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

describe("the PostgreSQL schema", () => {
  it("is exactly what the generator makes from the SQLite schema (run `node scripts/prisma-generate.mjs` after editing it)", () => {
    expect(readFileSync(POSTGRESQL_SCHEMA, "utf8")).toBe(postgresqlSchemaFrom(sqlite));
  });

  it("declares the SQLite schema's models for the PostgreSQL provider and its own client", () => {
    const generated = postgresqlSchemaFrom(sqlite);
    expect(models(generated)).toBe(models(sqlite));
    expect(models(generated)).toContain("model Diagnostic");
    expect(generated).toMatch(/datasource db \{\s*provider = "postgresql"\s*\}/);
    expect(generated).toContain('output   = "../../lib/generated/postgresql"');
    expect(generated).not.toMatch(/sqlite"/);
  });

  it("is refused rather than half-converted when the SQLite schema has something the generator cannot map", () => {
    expect(() => postgresqlSchemaFrom(sqlite.replace('provider = "sqlite"', 'provider = "mysql"'))).toThrow(/SQLite datasource/);
    expect(() => postgresqlSchemaFrom(sqlite.replace("id                   String             @id", "id String @id @db.VarChar(36)"))).toThrow(/native types/);
  });
});

describe("migrations", () => {
  it("stay one folder per provider, each locked to its provider", () => {
    for (const provider of ["sqlite", "postgresql"]) {
      expect(readFileSync(`prisma/${provider}/migrations/migration_lock.toml`, "utf8")).toContain(`provider = "${provider}"`);
    }
  });
});
