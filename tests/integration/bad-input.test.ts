import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUT as putAnswer } from "@/app/api/diagnostics/[token]/answers/route";
import { PUT as putAssumptions } from "@/app/api/diagnostics/[token]/assumptions/route";
import { POST as postShareLink } from "@/app/api/diagnostics/[token]/share-links/route";
import { withDatabase } from "@/lib/db/prisma";
import { startDiagnostic } from "@/lib/self-serve/start-diagnostic";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-databases";

/**
 * Malformed payloads against the route handlers, as a hostile or broken client would send them:
 * never a server error, never a stored row, and every refusal says why in JSON.
 */
const junk = fc.oneof(
  fc.anything(),
  fc.string({ maxLength: 3000 }),
  fc.constantFrom("<script>alert(1)</script>", "'; DROP TABLE \"Answer\"; --", "\u0000", "x".repeat(40_000)),
);
const answerLike = fc.record(
  {
    questionId: fc.oneof(junk, fc.constantFrom("urgency", "probe_b_pressure", "leader_title", "constraint_definition")),
    constraintId: fc.oneof(junk, fc.constantFrom(null, "c1", "c9", "")),
    value: fc.oneof(junk, fc.integer({ min: -5, max: 9 }), fc.constantFrom("dont_know", "high")),
  },
  { requiredKeys: [] },
);

const request = (body: string) => new Request("http://test.local/api", { method: "PUT", headers: { "Content-Type": "application/json" }, body });

describe("route handlers under malformed input (SQLite)", () => {
  let t: TestDatabase;
  let token: string;
  let diagnosticId: string;
  beforeAll(async () => {
    t = await createTestDatabase("sqlite");
    const started = await withDatabase(t.db, startDiagnostic);
    token = started.token;
    diagnosticId = started.diagnostic.id;
  });
  afterAll(async () => {
    await t.dispose();
  });

  const expectRefused = async (response: Response) => {
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(typeof ((await response.json()) as { error?: unknown }).error).toBe("string");
  };

  it("never answers 5xx to an answer payload, and stores only valid answers", async () => {
    await fc.assert(
      fc.asyncProperty(answerLike, async (payload) => {
        const before = await t.db.answer.count({ where: { diagnosticId } });
        const response = await withDatabase(t.db, () => putAnswer(request(JSON.stringify(payload) ?? "null"), { params: Promise.resolve({ token }) }));
        const after = await t.db.answer.count({ where: { diagnosticId } });
        if (response.ok) {
          expect(after - before).toBeLessThanOrEqual(1);
        } else {
          await expectRefused(response);
          expect(after).toBe(before);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("refuses bodies that are not JSON or too large, and other people's links", async () => {
    for (const body of ["{oops", "", "x".repeat(40_000)]) {
      await expectRefused(await withDatabase(t.db, () => putAnswer(request(body), { params: Promise.resolve({ token }) })));
    }
    const other = await withDatabase(t.db, () =>
      putAnswer(request(JSON.stringify({ questionId: "urgency", constraintId: null, value: "high" })), { params: Promise.resolve({ token: "A".repeat(43) }) }),
    );
    expect(other.status).toBe(404);
  });

  it("accepts only JSON sent from this site, and stops reading an oversized body early", async () => {
    const before = await t.db.answer.count({ where: { diagnosticId } });
    const body = JSON.stringify({ questionId: "urgency", constraintId: null, value: "high" });
    const asForm = new Request("http://test.local/api", { method: "PUT", headers: { "Content-Type": "text/plain" }, body });
    expect((await withDatabase(t.db, () => putAnswer(asForm, { params: Promise.resolve({ token }) }))).status).toBe(415);
    const crossSite = new Request("http://test.local/api", {
      method: "PUT",
      headers: { "Content-Type": "application/json", "Sec-Fetch-Site": "same-site" },
      body,
    });
    expect((await withDatabase(t.db, () => putAnswer(crossSite, { params: Promise.resolve({ token }) }))).status).toBe(403);

    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(64 * 1024).fill(32));
      },
    });
    const chunked = new Request("http://test.local/api", { method: "PUT", headers: { "Content-Type": "application/json" }, body: endless, duplex: "half" } as RequestInit);
    await expectRefused(await withDatabase(t.db, () => putAnswer(chunked, { params: Promise.resolve({ token }) })));
    expect(pulled).toBeLessThan(10);
    expect(await t.db.answer.count({ where: { diagnosticId } })).toBe(before);
  });

  it("never answers 5xx to assumption or share-link payloads on an unfinished diagnostic, and stores nothing", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(junk, fc.record({ answers: fc.array(answerLike, { maxLength: 4 }) })), async (payload) => {
        const body = JSON.stringify(payload) ?? "null";
        await expectRefused(await withDatabase(t.db, () => putAssumptions(request(body), { params: Promise.resolve({ token }) })));
        await expectRefused(await withDatabase(t.db, () => postShareLink(request(body), { params: Promise.resolve({ token }) })));
      }),
      { numRuns: 60 },
    );
    expect(await t.db.shareLink.count()).toBe(0);
    expect(await t.db.diagnosticResult.count()).toBe(0);
  });

  it("says what is wrong in words: a written message stands alone, zod's own names its field, and the field comes back too", async () => {
    const post = async (body: unknown) => {
      const response = await withDatabase(t.db, () => postShareLink(request(JSON.stringify(body)), { params: Promise.resolve({ token }) }));
      expect(response.status).toBe(400);
      return (await response.json()) as { error: string; field?: string };
    };
    expect(await post({ label: " ", preparedBy: "Dana", acknowledged: true })).toEqual({
      error: "Give the link a label, e.g. “Board, March meeting”.",
      field: "label",
    });
    const terse = await post({ label: "Board", preparedBy: "Dana", acknowledged: true, expiresInDays: "soon" });
    expect(terse.field).toBe("expiresInDays");
    expect(terse.error).toMatch(/^expiresInDays: /);
    expect(await post(["not", "an", "object"])).toEqual({ error: expect.any(String) });
  });
});
