import { describe, expect, it } from "vitest";
import { describeDatabase, parseDatabaseUrl } from "@/lib/db/database-url";
import { EnvError, readEnv } from "@/lib/env";

describe("parseDatabaseUrl", () => {
  it("resolves a relative SQLite file against the working directory", () => {
    expect(parseDatabaseUrl("file:./data/app.db", "/srv/app")).toEqual({
      provider: "sqlite",
      url: "file:./data/app.db",
      filePath: "/srv/app/data/app.db",
    });
  });

  it("recognises both PostgreSQL schemes", () => {
    expect(parseDatabaseUrl("postgres://u@db:5432/eid").provider).toBe("postgresql");
    expect(parseDatabaseUrl("postgresql://u@db:5432/eid").provider).toBe("postgresql");
  });

  it("hides the password when describing a database", () => {
    const described = describeDatabase(parseDatabaseUrl("postgresql://u:secret@db:5432/eid"));
    expect(described).toBe("PostgreSQL at db:5432/eid");
    expect(described).not.toContain("secret");
  });
});

describe("readEnv", () => {
  it("defaults to the embedded SQLite database on port 3000", () => {
    const env = readEnv({});
    expect(env.DATABASE_URL).toBe("file:./data/app.db");
    expect(env.PORT).toBe(3000);
    expect(env.database.provider).toBe("sqlite");
  });

  it.each([
    ["mysql://root@localhost/db", "DATABASE_URL must start with file:"],
    ["postgresql://localhost", "names no PostgreSQL database"],
    ["file:", "names no SQLite file"],
  ])("rejects DATABASE_URL=%s with one readable line", (url, message) => {
    expect(() => readEnv({ DATABASE_URL: url })).toThrow(EnvError);
    try {
      readEnv({ DATABASE_URL: url });
    } catch (error) {
      expect((error as Error).message).toContain(message);
      expect((error as Error).message).not.toContain("\n");
    }
  });

  it("rejects a port that is not a port", () => {
    expect(() => readEnv({ PORT: "http" })).toThrow(/PORT/);
  });
});
