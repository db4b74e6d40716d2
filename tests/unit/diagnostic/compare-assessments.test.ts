import { describe, expect, it } from "vitest";
import { assembleDiagnosticInput, carryOverAnswers, compareAssessments, MEANINGFUL_CHANGE_POINTS, runDiagnostic } from "@/lib/diagnostic";
import type { TAnswerRow } from "@/lib/diagnostic/answers";
import { cooExitV2Scenario, HEALTHY_PROFILE } from "@/tests/fixtures/scenarios-v2";

const resultOf = (rows: readonly TAnswerRow[]) => {
  const assembled = assembleDiagnosticInput(cooExitV2Scenario.version, rows);
  if (!assembled.ok) throw new Error(assembled.errors.join(" "));
  return runDiagnostic(assembled.input);
};

const healthy: Record<string, unknown> = HEALTHY_PROFILE;
const improved = cooExitV2Scenario.rows.map((r) => (r.questionId.startsWith("k_") ? { ...r, value: 0 } : r.questionId in healthy ? { ...r, value: healthy[r.questionId] } : r));

describe("compareAssessments", () => {
  it("reads a quarter of work as each constraint improved, with the class change and the recommendation's", () => {
    const change = compareAssessments({ assessedAt: "2026-09-01T00:00:00.000Z", result: resultOf(cooExitV2Scenario.rows) }, { result: resultOf(improved) });
    expect(change.constraints.map((c) => c.direction)).toEqual(["better", "better"]);
    expect(change.constraints[0]?.sentence).toMatch(/^dual → no clear deficit: behavioral down \d+ points \(\d+ → \d+\), execution down \d+ points/);
    expect(change.recommendation.changed).toBe(true);
    expect(change.summary).toMatch(/^Since the last assessment: 2 improved\. The recommendation moved from /);
  });

  it("calls a move within one answer step about the same, and a constraint added or dropped by name", () => {
    const same = compareAssessments({ assessedAt: "2026-09-01T00:00:00.000Z", result: resultOf(cooExitV2Scenario.rows) }, { result: resultOf(cooExitV2Scenario.rows) });
    expect(same.constraints.every((c) => c.direction === "same")).toBe(true);
    expect(same.constraints[0]?.sentence).toMatch(/^Still dual: behavioral about the same/);
    expect(MEANINGFUL_CHANGE_POINTS).toBe(10);

    const withoutC2 = cooExitV2Scenario.rows.filter((r) => r.constraintId !== "c2");
    const dropped = compareAssessments({ assessedAt: "2026-09-01T00:00:00.000Z", result: resultOf(cooExitV2Scenario.rows) }, { result: resultOf(withoutC2) });
    expect(dropped.constraints.map((c) => c.direction)).toEqual(["same", "dropped"]);
    const added = compareAssessments({ assessedAt: "2026-09-01T00:00:00.000Z", result: resultOf(withoutC2) }, { result: resultOf(cooExitV2Scenario.rows) });
    expect(added.constraints.map((c) => c.direction)).toEqual(["same", "new"]);
    expect(added.constraints[1]?.sentence).toBe("New since last time: execution.");
  });
});

describe("carryOverAnswers", () => {
  it("carries the context, constraints, plan and assumptions, and asks the ratings afresh", () => {
    const carried = carryOverAnswers(cooExitV2Scenario.version, { questionnaireVersion: cooExitV2Scenario.version, rows: cooExitV2Scenario.rows });
    const ids = new Set(carried.map((r) => r.questionId));
    for (const id of ["respondent_role", "leader_function", "deadline", "strength", "constraint_definition", "intervention_current"]) expect(ids.has(id), id).toBe(true);
    expect([...ids].some((id) => id.startsWith("k_") || id.startsWith("p_"))).toBe(false);
    expect(carried.filter((r) => r.questionId === "constraint_definition").map((r) => r.constraintId)).toEqual(["c1", "c2"]);
  });

  it("starts blank from an assessment of another questionnaire version", () => {
    expect(carryOverAnswers(cooExitV2Scenario.version, { questionnaireVersion: "2026-11.v1", rows: cooExitV2Scenario.rows })).toEqual([]);
  });
});
