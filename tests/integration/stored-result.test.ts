import { expect, it } from "vitest";
import { createDiagnostic, findLatestResult, listAnswers, finishWithResult, saveAnswer } from "@/lib/data/diagnostic-store";
import { assembleDiagnosticInput, ENGINE_VERSION, runDiagnostic, validateAnswer, ZDiagnosticResult } from "@/lib/diagnostic";
import { ctoBurnoutScenario } from "@/tests/fixtures/scenarios";
import { pureFractionalV2Scenario } from "@/tests/fixtures/scenarios-v2";
import { ENGINE_V2_VERSION } from "@/lib/diagnostic/v2/run-diagnostic";
import { describeOnEachDatabase } from "@/tests/support/test-databases";

describeOnEachDatabase("a scored diagnostic stored", () => {
  it("holds the engine's inputs as answer rows and its versioned result as a snapshot", async () => {
    const scenario = ctoBurnoutScenario;
    const { id } = await createDiagnostic({ questionnaireVersion: scenario.version });
    for (const answer of scenario.rows) {
      const checked = validateAnswer(scenario.version, answer);
      expect(checked.ok).toBe(true);
      await saveAnswer({ diagnosticId: id, ...answer });
    }

    const stored = await listAnswers(id);
    const assembled = assembleDiagnosticInput(scenario.version, stored);
    if (!assembled.ok) throw new Error(assembled.errors.join("; "));
    const result = runDiagnostic(assembled.input);
    await finishWithResult({ diagnosticId: id, compute: () => ({ questionnaireVersion: scenario.version, engineVersion: ENGINE_VERSION, snapshot: result }) });

    const latest = await findLatestResult(id);
    const snapshot = ZDiagnosticResult.parse(latest?.snapshot);
    expect(snapshot).toEqual(result);
    expect(snapshot.recommendation.kind).toBe("paired");
    expect(latest).toMatchObject({ revision: 1, questionnaireVersion: scenario.version, engineVersion: ENGINE_VERSION });
  });

  it("stores a v2 diagnostic's answers and its engine-v2 result, decision included, unchanged", async () => {
    const scenario = pureFractionalV2Scenario;
    const { id } = await createDiagnostic({ questionnaireVersion: scenario.version });
    for (const answer of scenario.rows) {
      expect(validateAnswer(scenario.version, answer).ok).toBe(true);
      await saveAnswer({ diagnosticId: id, ...answer });
    }
    const assembled = assembleDiagnosticInput(scenario.version, await listAnswers(id));
    if (!assembled.ok) throw new Error(assembled.errors.join("; "));
    const result = runDiagnostic(assembled.input);
    expect(result.engineVersion).toBe(ENGINE_V2_VERSION);
    await finishWithResult({ diagnosticId: id, compute: () => ({ questionnaireVersion: scenario.version, engineVersion: result.engineVersion, snapshot: result }) });
    const latest = await findLatestResult(id);
    const snapshot = ZDiagnosticResult.parse(latest?.snapshot);
    expect(snapshot).toEqual(result);
    expect(snapshot.decision?.primary.lever).toBe("fractional");
    expect(latest).toMatchObject({ revision: 1, questionnaireVersion: scenario.version, engineVersion: ENGINE_V2_VERSION });
  });
});
