import { describe, expect, it } from "vitest";
import { assembleDiagnosticInput, questionnaireProgress, validateAnswer } from "@/lib/diagnostic/answers";
import { CURRENT_QUESTIONNAIRE_VERSION } from "@/lib/diagnostic/questionnaires";
import { runDiagnostic } from "@/lib/diagnostic/run-diagnostic";
import { ALL_V2_SCENARIOS, ceoViewOfCooV2, cooExitV2Scenario } from "@/tests/fixtures/scenarios-v2";

/** The v2 fixtures the integration and e2e journeys use: valid, complete, and producing what their story says. */
describe("v2 scenario fixtures", () => {
  for (const scenario of ALL_V2_SCENARIOS) {
    it(`${scenario.id}: every row is valid, the diagnostic can finish, and the engine decides ${scenario.expected.primaryLever}`, () => {
      expect(scenario.version).toBe(CURRENT_QUESTIONNAIRE_VERSION);
      for (const answer of scenario.rows) expect(validateAnswer(scenario.version, answer), JSON.stringify(answer)).toMatchObject({ ok: true });
      const progress = questionnaireProgress(scenario.version, scenario.rows);
      expect(progress.messages).toEqual([]);
      expect(progress.canFinish).toBe(true);
      const assembled = assembleDiagnosticInput(scenario.version, scenario.rows);
      if (!assembled.ok) throw new Error(assembled.errors.join(" "));
      const result = runDiagnostic(assembled.input);
      expect(result.questionnaireVersion).toBe(CURRENT_QUESTIONNAIRE_VERSION);
      expect(Object.fromEntries(result.constraints.map((c) => [c.constraintId, c.class]))).toEqual(scenario.expected.classes);
      expect(result.recommendation.kind).toBe(scenario.expected.kind);
      expect(result.decision?.primary.lever).toBe(scenario.expected.primaryLever);
      expect(result.decision?.firstThirtyDays.length).toBeGreaterThan(0);
    });
  }

  it("the CEO's view of the COO answers the intake's two constraints with valid items", () => {
    const slots = (rows: readonly { questionId: string; constraintId: string | null }[]) =>
      rows.filter((r) => r.questionId === "constraint_definition").map((r) => r.constraintId);
    expect(slots(ceoViewOfCooV2)).toEqual(slots(cooExitV2Scenario.rows));
    for (const answer of ceoViewOfCooV2) expect(validateAnswer(CURRENT_QUESTIONNAIRE_VERSION, answer)).toMatchObject({ ok: true });
    expect(ceoViewOfCooV2.filter((r) => r.questionId !== "constraint_definition")).toHaveLength(16);
  });
});
