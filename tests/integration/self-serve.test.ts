import { expect, it } from "vitest";
import { GET as getDiagnostic } from "@/app/api/diagnostics/[token]/route";
import { AppError } from "@/lib/app-error";
import { ECONOMICS_QUESTION_IDS } from "@/lib/diagnostic";
import { firstIncompleteStep } from "@/lib/diagnostic/plan-steps";
import { CURRENT_QUESTIONNAIRE_VERSION, ENGINE_VERSION, PREVIOUS_QUESTIONNAIRE_VERSION, requireQuestionnaire } from "@/lib/diagnostic";
import { ENGINE_V2_VERSION } from "@/lib/diagnostic/v2/run-diagnostic";
import { createDiagnostic, saveAnswer } from "@/lib/data/diagnostic-store";
import { createSecretToken, hashSecretToken } from "@/lib/secret-token";
import { eraseDiagnostic } from "@/lib/self-serve/erase-diagnostic";
import { finishDiagnostic } from "@/lib/self-serve/finish-diagnostic";
import { openDiagnostic } from "@/lib/self-serve/open-diagnostic";
import { openResult } from "@/lib/self-serve/open-result";
import { recordAnswer } from "@/lib/self-serve/record-answer";
import { removeConstraint } from "@/lib/self-serve/remove-constraint";
import { reviseAssumptions } from "@/lib/self-serve/revise-assumptions";
import { START_KEY_WINDOW_MS, startDiagnostic } from "@/lib/self-serve/start-diagnostic";
import { cooExitScenario } from "@/tests/fixtures/scenarios";
import { cooExitV2Scenario } from "@/tests/fixtures/scenarios-v2";
import { describeOnEachDatabase } from "@/tests/support/test-databases";

const rejectsWith = async (promise: Promise<unknown>, code: AppError["code"]) => {
  await expect(promise).rejects.toBeInstanceOf(AppError);
  await expect(promise).rejects.toMatchObject({ code });
};

describeOnEachDatabase("self-serve save, resume and finish", (t) => {
  it("stores only the hash of the resume token", async () => {
    const { token, diagnostic } = await startDiagnostic();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await t.db.diagnostic.findUniqueOrThrow({ where: { id: diagnostic.id } });
    expect(row.resumeTokenHash).toBe(hashSecretToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it("answers GET /api/diagnostics/<token> with the status and every stored answer, and 404 for any other token", async () => {
    const { token } = await startDiagnostic();
    const first = cooExitV2Scenario.rows.slice(0, 3);
    for (const answer of first) await recordAnswer(token, answer);
    const get = (value: string) => getDiagnostic(new Request(`http://test.local/api/diagnostics/${value}`), { params: Promise.resolve({ token: value }) });
    const response = await get(token);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as { status: string; answers: { questionId: string; constraintId: string | null; value: unknown }[] };
    expect(body.status).toBe("in_progress");
    expect(body.answers.map(({ questionId, constraintId, value }) => ({ questionId, constraintId, value }))).toEqual(
      expect.arrayContaining(first.map(({ questionId, constraintId, value }) => ({ questionId, constraintId, value }))),
    );
    expect(body.answers).toHaveLength(first.length);
    expect(body).not.toHaveProperty("resultsPath");
    for (const other of ["x".repeat(43), "short", hashSecretToken(token)]) expect((await get(other)).status).toBe(404);
  });

  it("a repeated start with the same key returns the same unused diagnostic under a new link, and never one already in use", async () => {
    const key = `retry-${crypto.randomUUID()}`;
    const first = await startDiagnostic(key);
    const again = await startDiagnostic(key);
    expect(again.diagnostic.id).toBe(first.diagnostic.id);
    expect(again.token).not.toBe(first.token);
    await rejectsWith(openDiagnostic(first.token), "NOT_FOUND");
    expect((await openDiagnostic(again.token)).diagnostic.id).toBe(first.diagnostic.id);

    const racing = await Promise.all(Array.from({ length: 4 }, () => startDiagnostic(`race-${key}`)));
    expect(new Set(racing.map((r) => r.diagnostic.id)).size).toBe(1);
    expect(await t.db.diagnostic.count({ where: { startKeyHash: hashSecretToken(`race-${key}`) } })).toBe(1);

    const [answer] = cooExitV2Scenario.rows;
    if (!answer) throw new Error("The scenario has no answers");
    await recordAnswer(again.token, answer);
    await rejectsWith(startDiagnostic(key), "CONFLICT");
    expect((await openDiagnostic(again.token)).answers).toHaveLength(1);
    const resubmitted = await startDiagnostic(key, new Date(), { freshWhenUsed: true });
    expect(resubmitted.diagnostic.id).not.toBe(again.diagnostic.id);
    expect((await openDiagnostic(again.token)).answers).toHaveLength(1);

    const old = `old-${key}`;
    await startDiagnostic(old);
    await rejectsWith(startDiagnostic(old, new Date(Date.now() + START_KEY_WINDOW_MS + 60_000)), "CONFLICT");
    await rejectsWith(startDiagnostic("short"), "INVALID_INPUT");
    expect(await t.db.diagnostic.count({ where: { startKeyHash: { in: [key, old].map(hashSecretToken) } } })).toBe(2);
  });

  it("resumes where the person stopped, from the link alone", async () => {
    const { token } = await startDiagnostic();
    const half = cooExitV2Scenario.rows.slice(0, 12);
    for (const answer of half) await recordAnswer(token, answer);
    const { diagnostic, answers } = await openDiagnostic(token);
    expect(diagnostic.status).toBe("in_progress");
    expect(answers).toHaveLength(half.length);
    const step = firstIncompleteStep(requireQuestionnaire(diagnostic.questionnaireVersion), answers);
    expect(step).not.toBe("context");
    expect(step).not.toBe("review");
  });

  it("starts new diagnostics on the current questionnaire, which refuses questions only the previous one asked", async () => {
    const { token, diagnostic } = await startDiagnostic();
    expect(diagnostic.questionnaireVersion).toBe(CURRENT_QUESTIONNAIRE_VERSION);
    const refused = recordAnswer(token, { questionId: "urgency", constraintId: null, value: "high" });
    await rejectsWith(refused, "INVALID_INPUT");
    await expect(refused).rejects.toThrow(/is not part of questionnaire version 2026-12\.v2/);
    await rejectsWith(recordAnswer(token, { questionId: "constraint_definition", constraintId: "c1", value: { kind: "custom", title: "No area given" } }), "INVALID_INPUT");
    expect(await t.db.answer.count({ where: { diagnosticId: diagnostic.id } })).toBe(0);
  });

  it("a diagnostic stored under the previous questionnaire keeps it: opens, takes v1 answers, finishes on engine v1 and re-prices", async () => {
    const { token, hash } = createSecretToken();
    const stored = await createDiagnostic({ questionnaireVersion: PREVIOUS_QUESTIONNAIRE_VERSION, resumeTokenHash: hash });
    const [first, ...rest] = cooExitScenario.rows;
    if (!first) throw new Error("The scenario has no answers");
    for (const answer of rest) await saveAnswer({ diagnosticId: stored.id, ...answer });
    // The public path still validates against v1: a v1 question is accepted, a v2 one refused.
    await recordAnswer(token, first);
    await rejectsWith(recordAnswer(token, { questionId: "k_leader", constraintId: "c1", value: 2 }), "INVALID_INPUT");
    const opened = await openDiagnostic(token);
    expect(opened.diagnostic.questionnaireVersion).toBe(PREVIOUS_QUESTIONNAIRE_VERSION);
    expect(opened.answers).toHaveLength(cooExitScenario.rows.length);

    expect((await finishDiagnostic(token)).revision).toBe(1);
    const result = await openResult(token);
    expect(result?.result).toMatchObject({ questionnaireVersion: PREVIOUS_QUESTIONNAIRE_VERSION, engineVersion: ENGINE_VERSION });
    expect(result?.result.recommendation.kind).toBe("paired");
    expect(result?.result.decision).toBeUndefined();
    const before = result?.result.costs.costOfInaction.total ?? 0;

    expect((await reviseAssumptions(token, { answers: [{ questionId: ECONOMICS_QUESTION_IDS.monthlyAmountAtRisk, value: 400_000 }] })).revision).toBe(2);
    const revised = await openResult(token);
    expect(revised?.result).toMatchObject({ questionnaireVersion: PREVIOUS_QUESTIONNAIRE_VERSION, engineVersion: ENGINE_VERSION });
    expect(revised?.result.costs.costOfInaction.total).toBeGreaterThan(before);
    await eraseDiagnostic(token);
  });

  it("refuses bad answers with a clear message and stores nothing", async () => {
    const { token, diagnostic } = await startDiagnostic();
    await rejectsWith(recordAnswer(token, { questionId: "not_a_question", constraintId: null, value: 1 }), "INVALID_INPUT");
    await rejectsWith(recordAnswer(token, { questionId: "k_leader", constraintId: "c1", value: 7 }), "INVALID_INPUT");
    await rejectsWith(recordAnswer(token, { questionId: "leader_title", constraintId: null, value: "x".repeat(500) }), "INVALID_INPUT");
    await rejectsWith(recordAnswer(token, { questionId: "k_leader", constraintId: "c9", value: 1 }), "INVALID_INPUT");
    expect(await t.db.answer.count({ where: { diagnosticId: diagnostic.id } })).toBe(0);
  });

  it("answers every bad link with the same NOT_FOUND", async () => {
    for (const token of ["short", "x".repeat(43), "A".repeat(43)]) {
      await rejectsWith(openDiagnostic(token), "NOT_FOUND");
    }
  });

  it("takes two concurrent saves to the same diagnostic", async () => {
    const { token, diagnostic } = await startDiagnostic();
    await Promise.all([
      recordAnswer(token, { questionId: "respondent_role", constraintId: null, value: "self" }),
      recordAnswer(token, { questionId: "deadline", constraintId: null, value: "6" }),
    ]);
    expect(await t.db.answer.count({ where: { diagnosticId: diagnostic.id } })).toBe(2);
  });

  it("cannot finish without a constraint, and says so", async () => {
    const { token } = await startDiagnostic();
    const refused = finishDiagnostic(token);
    await rejectsWith(refused, "INVALID_INPUT");
    await expect(refused).rejects.toThrow(/at least one constraint/);
  });

  it("removes a constraint with its answers", async () => {
    const { token, diagnostic } = await startDiagnostic();
    await recordAnswer(token, { questionId: "constraint_definition", constraintId: "c2", value: { kind: "custom", title: "Board friction", area: "leadership_system" } });
    await recordAnswer(token, { questionId: "k_leader", constraintId: "c2", value: 2 });
    expect(await removeConstraint(token, "c2")).toBe(2);
    expect(await t.db.answer.count({ where: { diagnosticId: diagnostic.id } })).toBe(0);
  });

  it("finishes, locks the answers, revises assumptions as a new revision, and deletes everything", async () => {
    const { token, diagnostic } = await startDiagnostic();
    for (const answer of cooExitV2Scenario.rows) await recordAnswer(token, answer);
    const first = await finishDiagnostic(token);
    expect(first.revision).toBe(1);

    await rejectsWith(recordAnswer(token, { questionId: "deadline", constraintId: null, value: "3" }), "CONFLICT");
    await rejectsWith(finishDiagnostic(token), "CONFLICT");

    const opened = await openResult(token);
    expect(opened?.result).toMatchObject({ questionnaireVersion: CURRENT_QUESTIONNAIRE_VERSION, engineVersion: ENGINE_V2_VERSION });
    expect(opened?.result.recommendation.kind).toBe("paired");
    expect(opened?.result.decision?.primary.lever).toBe("paired");
    const before = opened?.result.costs.costOfInaction.total ?? 0;

    const revised = await reviseAssumptions(token, { answers: [{ questionId: ECONOMICS_QUESTION_IDS.monthlyAmountAtRisk, value: 500_000 }] });
    expect(revised.revision).toBe(2);
    const after = await openResult(token);
    expect(after?.revision).toBe(2);
    expect(after?.result.costs.costOfInaction.total).toBeGreaterThan(before);
    expect(await t.db.diagnosticResult.count({ where: { diagnosticId: diagnostic.id } })).toBe(2);

    await rejectsWith(reviseAssumptions(token, { answers: [{ questionId: "deadline", value: "3" }] }), "INVALID_INPUT");

    await eraseDiagnostic(token);
    expect(await t.db.diagnostic.count({ where: { id: diagnostic.id } })).toBe(0);
    expect(await t.db.answer.count({ where: { diagnosticId: diagnostic.id } })).toBe(0);
    expect(await t.db.diagnosticResult.count({ where: { diagnosticId: diagnostic.id } })).toBe(0);
    await rejectsWith(openDiagnostic(token), "NOT_FOUND");
  });
});
