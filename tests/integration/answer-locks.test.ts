import { randomUUID } from "node:crypto";
import pg from "pg";
import { expect, it } from "vitest";
import { createDiagnostic, finishWithResult, saveAnswer, type StoredAnswer } from "@/lib/data/diagnostic-store";
import { createRespondent, saveRespondentAnswer } from "@/lib/data/respondent-store";
import { describeOnEachDatabase } from "@/tests/support/test-databases";

/**
 * An answer saved while the diagnostic is being finished is either in the result or refused, never
 * acknowledged and left out. On PostgreSQL that rests on row locks (saveAnswer's share lock against
 * finishWithResult's update lock), proven here by holding each lock from another connection, as a
 * save or a finish on another app instance would. SQLite runs one writer at a time.
 */
describeOnEachDatabase("answers racing a finish", (t) => {
  const computed = { snapshot: {}, questionnaireVersion: "test-v1", engineVersion: "test" };
  const onPostgres = () => t.target.provider === "postgresql";
  const connect = async () => {
    if (t.target.provider !== "postgresql") throw new Error("PostgreSQL only");
    const client = new pg.Client({ connectionString: t.target.url });
    await client.connect();
    return client;
  };

  /** Until a statement of this database waits for a row lock: the request under test has reached it and is held. */
  const blockedOnALock = async (watcher: pg.Client) => {
    // Bounded so that a request which never waits (no lock taken: the bug) fails with a clear message
    // rather than the test's timeout; 1,500 looks is far more than a local request needs to arrive.
    for (let look = 0; look < 1_500; look += 1) {
      const { rows } = await watcher.query<{ waiting: string }>(
        "SELECT count(*) AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
      );
      if (Number(rows[0]?.waiting) > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error("The request under test never waited for the row lock held by the other connection.");
  };

  it("refuses an answer that reaches a diagnostic while a finish holds it, once the finish commits", async () => {
    if (!onPostgres()) return;
    const diagnostic = await createDiagnostic({ questionnaireVersion: "test-v1" });
    const finishing = await connect();
    try {
      await finishing.query("BEGIN");
      await finishing.query(`SELECT 1 FROM "Diagnostic" WHERE "id" = $1 FOR UPDATE`, [diagnostic.id]);
      const saving = saveAnswer({ diagnosticId: diagnostic.id, questionId: "deadline", constraintId: null, value: "18" });
      const outcome = saving.then(
        () => "saved",
        (error: unknown) => (error as { code?: string }).code,
      );
      const watcher = await connect();
      await blockedOnALock(watcher).finally(() => watcher.end());
      await finishing.query(`UPDATE "Diagnostic" SET "status" = 'finished' WHERE "id" = $1`, [diagnostic.id]);
      await finishing.query("COMMIT");
      expect(await outcome).toBe("CONFLICT");
      expect(await t.db.answer.count({ where: { diagnosticId: diagnostic.id } })).toBe(0);
    } finally {
      await finishing.end();
    }
  });

  it("lets a finish read the answer of a save under way, once the save commits", async () => {
    if (!onPostgres()) return;
    const diagnostic = await createDiagnostic({ questionnaireVersion: "test-v1" });
    const saving = await connect();
    try {
      await saving.query("BEGIN");
      await saving.query(`SELECT 1 FROM "Diagnostic" WHERE "id" = $1 AND "status" = 'in_progress' FOR SHARE`, [diagnostic.id]);
      await saving.query(
        `INSERT INTO "Answer" ("id", "diagnosticId", "questionId", "constraintId", "value", "answeredAt", "updatedAt") VALUES ($1, $2, 'deadline', '', '"18"', now(), now())`,
        [randomUUID(), diagnostic.id],
      );
      let seen: StoredAnswer[] = [];
      const finishing = finishWithResult({ diagnosticId: diagnostic.id, compute: (answers) => ((seen = answers), computed) });
      const watcher = await connect();
      await blockedOnALock(watcher).finally(() => watcher.end());
      await saving.query("COMMIT");
      await finishing;
      expect(seen.map((answer) => [answer.questionId, answer.value])).toEqual([["deadline", "18"]]);
    } finally {
      await saving.end();
    }
  });

  it("refuses a respondent's answer that reaches them while their submission is under way, once it commits", async () => {
    if (!onPostgres()) return;
    const diagnostic = await createDiagnostic({ questionnaireVersion: "test-v1" });
    const respondent = await createRespondent({ diagnosticId: diagnostic.id, perspective: "self", name: "Casey", tokenHash: randomUUID() });
    const submitting = await connect();
    try {
      await submitting.query("BEGIN");
      await submitting.query(`UPDATE "Respondent" SET "submittedAt" = now() WHERE "id" = $1`, [respondent.id]);
      const outcome = saveRespondentAnswer({ respondentId: respondent.id, questionId: "k_1", constraintId: "c1", value: 2 }).then(
        () => "saved",
        (error: unknown) => (error as { code?: string }).code,
      );
      const watcher = await connect();
      await blockedOnALock(watcher).finally(() => watcher.end());
      await submitting.query("COMMIT");
      expect(await outcome).toBe("CONFLICT");
      expect(await t.db.respondentAnswer.count({ where: { respondentId: respondent.id } })).toBe(0);
    } finally {
      await submitting.end();
    }
  });

  it("on every database, an answer after the finish is refused and the finish saw every answer before it", async () => {
    const diagnostic = await createDiagnostic({ questionnaireVersion: "test-v1" });
    await saveAnswer({ diagnosticId: diagnostic.id, questionId: "deadline", constraintId: null, value: "18" });
    let seen: StoredAnswer[] = [];
    await finishWithResult({ diagnosticId: diagnostic.id, compute: (answers) => ((seen = answers), computed) });
    expect(seen).toHaveLength(1);
    await expect(saveAnswer({ diagnosticId: diagnostic.id, questionId: "deadline", constraintId: null, value: "6" })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
