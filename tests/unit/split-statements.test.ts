import { describe, expect, it } from "vitest";
import { splitStatements } from "@/lib/db/schema-engine";

describe("splitStatements (PostgreSQL migration scripts)", () => {
  it("cuts on semicolons outside dollar-quoted bodies and keeps a function whole", () => {
    const script = `-- a comment
ALTER TABLE "A" ADD COLUMN "v" INTEGER NOT NULL DEFAULT 0;
CREATE FUNCTION "f"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "A" SET "v" = "v" + 1;
    RETURN NULL;
END
$$;
CREATE TRIGGER "t" AFTER INSERT ON "B" FOR EACH ROW EXECUTE FUNCTION "f"();
`;
    expect(splitStatements(script)).toEqual([
      `-- a comment\nALTER TABLE "A" ADD COLUMN "v" INTEGER NOT NULL DEFAULT 0`,
      `CREATE FUNCTION "f"() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n    UPDATE "A" SET "v" = "v" + 1;\n    RETURN NULL;\nEND\n$$`,
      `CREATE TRIGGER "t" AFTER INSERT ON "B" FOR EACH ROW EXECUTE FUNCTION "f"()`,
    ]);
  });

  it("drops empty statements", () => {
    expect(splitStatements(";;\n  ;SELECT 1;  ")).toEqual(["SELECT 1"]);
  });
});
