import { expect, it } from "vitest";
import { AppError } from "@/lib/app-error";
import {
  createDiagnostic,
  deleteAnswers,
  deleteDiagnostic,
  findDiagnostic,
  findLatestResult,
  isUniqueViolation,
  listAnswers,
  finishWithResult,
  reviseResult,
  saveAnswer,
} from "@/lib/data/diagnostic-store";
import { describeOnEachDatabase } from "@/tests/support/test-databases";

describeOnEachDatabase("diagnostic store", (t) => {
  it("creates a diagnostic in progress with its questionnaire version", async () => {
    const diagnostic = await createDiagnostic({ questionnaireVersion: "test-v1" });
    const found = await findDiagnostic(diagnostic.id);
    expect(found).toMatchObject({ id: diagnostic.id, questionnaireVersion: "test-v1", status: "in_progress", finishedAt: null });
  });

  it("refuses a second diagnostic with the same start key, as a unique violation the start logic recognises", async () => {
    const startKeyHash = `key-${crypto.randomUUID()}`;
    await createDiagnostic({ questionnaireVersion: "test-v1", startKeyHash });
    const error = await createDiagnostic({ questionnaireVersion: "test-v1", startKeyHash }).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(new Error("something else"))).toBe(false);
  });

  it("stores answers as rows and replaces an answer given again", async () => {
    const { id } = await createDiagnostic({ questionnaireVersion: "test-v1" });
    await saveAnswer({ diagnosticId: id, questionId: "context.role", constraintId: null, value: "ceo" });
    await saveAnswer({ diagnosticId: id, questionId: "probe.delegation", constraintId: "c1", value: 2 });
    await saveAnswer({ diagnosticId: id, questionId: "probe.delegation", constraintId: "c1", value: 3 });
    const answers = await listAnswers(id);
    expect(answers).toHaveLength(2);
    expect(answers.find((a) => a.constraintId === "c1")?.value).toBe(3);
    expect(answers.find((a) => a.constraintId === null)?.value).toBe("ceo");
  });

  it("keeps free text exactly as typed, markup included", async () => {
    const { id } = await createDiagnostic({ questionnaireVersion: "test-v1" });
    const text = `<script>alert("x")</script> & "quotes" — ünïcode`;
    await saveAnswer({ diagnosticId: id, questionId: "constraint.title", constraintId: "c1", value: text });
    expect((await listAnswers(id))[0]?.value).toBe(text);
  });

  it("deletes the probes of one constraint only", async () => {
    const { id } = await createDiagnostic({ questionnaireVersion: "test-v1" });
    await saveAnswer({ diagnosticId: id, questionId: "probe.a", constraintId: "c1", value: 1 });
    await saveAnswer({ diagnosticId: id, questionId: "probe.a", constraintId: "c2", value: 1 });
    expect(await deleteAnswers({ diagnosticId: id, constraintId: "c1" })).toBe(1);
    expect((await listAnswers(id)).map((a) => a.constraintId)).toEqual(["c2"]);
  });

  it("records results as revisions and locks the answers of a finished diagnostic", async () => {
    const { id } = await createDiagnostic({ questionnaireVersion: "test-v1" });
    await saveAnswer({ diagnosticId: id, questionId: "probe.a", constraintId: "c1", value: 1 });
    const first = await finishWithResult({ diagnosticId: id, compute: () => ({ questionnaireVersion: "test-v1", engineVersion: "e1", snapshot: { a: 1 } }) });
    const second = await reviseResult({ diagnosticId: id, answers: [], compute: () => ({ questionnaireVersion: "test-v1", engineVersion: "e2", snapshot: { a: 2 } }) });
    expect([first.revision, second.revision]).toEqual([1, 2]);
    expect(await findLatestResult(id)).toMatchObject({ revision: 2, engineVersion: "e2", snapshot: { a: 2 } });
    expect((await findDiagnostic(id))?.status).toBe("finished");

    const refused = saveAnswer({ diagnosticId: id, questionId: "probe.a", constraintId: "c1", value: 3 });
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await listAnswers(id))[0]?.value).toBe(1);
  });

  it("refuses answers for a diagnostic that does not exist and stores nothing", async () => {
    await expect(saveAnswer({ diagnosticId: "missing", questionId: "q", constraintId: null, value: 1 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await t.db.answer.count({ where: { diagnosticId: "missing" } })).toBe(0);
  });

  it("deletes a diagnostic with everything attached", async () => {
    const { id } = await createDiagnostic({ questionnaireVersion: "test-v1" });
    await saveAnswer({ diagnosticId: id, questionId: "probe.a", constraintId: "c1", value: 1 });
    await finishWithResult({ diagnosticId: id, compute: () => ({ questionnaireVersion: "test-v1", engineVersion: "e1", snapshot: {} }) });
    expect(await deleteDiagnostic(id)).toBe(true);
    expect(await findDiagnostic(id)).toBeNull();
    expect(await t.db.answer.count({ where: { diagnosticId: id } })).toBe(0);
    expect(await t.db.diagnosticResult.count({ where: { diagnosticId: id } })).toBe(0);
    expect(await deleteDiagnostic(id)).toBe(false);
  });

  it("takes concurrent writes to one diagnostic without losing any", async () => {
    const { id } = await createDiagnostic({ questionnaireVersion: "test-v1" });
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => saveAnswer({ diagnosticId: id, questionId: `probe.${i}`, constraintId: "c1", value: i })),
    );
    expect(await listAnswers(id)).toHaveLength(40);
  });
});
