import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDiagnostic, findDiagnostic } from "@/lib/data/diagnostic-store";
import { prisma } from "@/lib/db/prisma";
import { describeOnEachDatabase } from "@/tests/support/test-databases";

/**
 * lib/data takes no client: it reaches the database through prisma(). The integration suites rely
 * on describeOnEachDatabase scoping prisma() to the suite's own database in every hook and test,
 * so a store call in a test writes to that test database and nowhere else.
 */
describeOnEachDatabase("the suite's database behind prisma()", (t) => {
  // Compared by identity: printing two Prisma clients in a failed toBe overflows the stack.
  const onSuiteDatabase = () => prisma() === t.db;
  const seen: Record<string, boolean> = {};
  beforeAll(() => {
    seen.beforeAll = onSuiteDatabase();
  });
  beforeEach(() => {
    seen.beforeEach = onSuiteDatabase();
  });
  afterAll(() => {
    // No test runs after afterAll: a wrong client there fails the suite by throwing.
    if (!onSuiteDatabase()) throw new Error("prisma() in afterAll is not the suite's database");
  });

  it("is the suite's client in hooks and in the test body, also after awaiting", async () => {
    expect(seen).toEqual({ beforeAll: true, beforeEach: true });
    expect(onSuiteDatabase()).toBe(true);
    await sleep(1);
    expect(onSuiteDatabase()).toBe(true);
  });

  it("stores what lib/data writes in the suite's database", async () => {
    const { id } = await createDiagnostic({ questionnaireVersion: "test-v1" });
    expect(await t.db.diagnostic.count({ where: { id } })).toBe(1);
    expect((await findDiagnostic(id))?.id).toBe(id);
  });

  it("is the suite's client in work running side by side", async () => {
    const answers = await Promise.all([3, 1, 2].map(async (ms) => (await sleep(ms), onSuiteDatabase())));
    expect(answers).toEqual([true, true, true]);
  });

  describe("a nested suite", () => {
    it("is still the suite's client", () => {
      expect(onSuiteDatabase()).toBe(true);
    });
  });
});
