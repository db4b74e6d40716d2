import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/** The parts of a schema that must match between providers: everything but datasource and generator. */
function models(provider: "sqlite" | "postgresql"): string {
  const text = readFileSync(`prisma/${provider}/schema.prisma`, "utf8");
  return text
    .replace(/\/\/.*$/gm, "")
    .replace(/(generator|datasource)\s+\w+\s*\{[^}]*\}/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

describe("provider schemas", () => {
  it("declare the same models for SQLite and PostgreSQL", () => {
    expect(models("postgresql")).toBe(models("sqlite"));
    expect(models("sqlite")).toContain("model Diagnostic");
  });

  it("have the same migrations, one folder each", () => {
    const names = (provider: string) =>
      readFileSync(`prisma/${provider}/migrations/migration_lock.toml`, "utf8").includes(`provider = "${provider}"`);
    expect(names("sqlite")).toBe(true);
    expect(names("postgresql")).toBe(true);
  });
});
