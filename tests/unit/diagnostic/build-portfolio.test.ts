import { describe, expect, it } from "vitest";
import { assembleDiagnosticInput, buildPortfolio, describeCounts, RECOMMENDATION_LABELS, runDiagnostic, summarizeByRecommendation } from "@/lib/diagnostic";
import { cooExitV2Scenario } from "@/tests/fixtures/scenarios-v2";

const result = (() => {
  const assembled = assembleDiagnosticInput(cooExitV2Scenario.version, cooExitV2Scenario.rows);
  if (!assembled.ok) throw new Error(assembled.errors.join(" "));
  return runDiagnostic(assembled.input);
})();
// The stored snapshot, as the data layer hands it over: parsed JSON, not the engine's object.
const snapshot = JSON.parse(JSON.stringify(result)) as unknown;
const finishedAt = new Date("2026-11-02T10:00:00.000Z");

describe("buildPortfolio", () => {
  it("shows each constraint of a leader's latest assessment with its class in words, both scores and the severity", () => {
    const portfolio = buildPortfolio([
      { id: "l1", name: "Jamie Fox", title: "COO", assessments: 2, latest: { diagnosticId: "d2", finishedAt, releasedAt: null, leaderReleasedAt: null, respondents: { invited: 3, answered: 2 }, snapshot } },
    ]);
    const [leader] = portfolio.leaders;
    expect(leader?.latest?.recommendation).toEqual({ kind: result.recommendation.kind, label: RECOMMENDATION_LABELS[result.recommendation.kind] });
    expect(leader?.latest?.respondents).toEqual({ invited: 3, answered: 2 });
    expect(leader?.latest?.constraints).toHaveLength(result.constraints.length);
    for (const [index, c] of (leader?.latest?.constraints ?? []).entries()) {
      const engine = result.constraints[index]!;
      expect(c).toMatchObject({ title: engine.title, class: engine.class, behavioralScore: engine.behavioralScore, executionScore: engine.executionScore });
      expect(c.severity).toBe(Math.max(engine.behavioralScore, engine.executionScore));
      expect(c.deficitLevel).toBe(engine.v2?.severity ?? null);
    }
    expect(leader?.latest?.constraints.map((c) => c.classLabel)).toEqual(result.constraints.map((c) => ({ dual: "Dual", behavioral: "Behavioral", behavioral_team: "Behavioral (team adoption)", execution: "Execution", no_clear_deficit: "No clear deficit", insufficient_evidence: "Insufficient evidence" })[c.class]));
  });

  it("counts constraints by class and leaders by recommendation over the assessed leaders only", () => {
    const latest = { diagnosticId: "d", finishedAt, releasedAt: finishedAt, leaderReleasedAt: null, respondents: { invited: 0, answered: 0 }, snapshot };
    const portfolio = buildPortfolio([
      { id: "a", name: "A", title: null, assessments: 1, latest },
      { id: "b", name: "B", title: null, assessments: 3, latest: { ...latest, diagnosticId: "e" } },
      { id: "c", name: "C", title: null, assessments: 1, latest: null },
      { id: "d", name: "D", title: null, assessments: 1, latest: { ...latest, snapshot: { not: "a result" } } },
    ]);
    expect(portfolio.assessed).toBe(2);
    expect(portfolio.leaders.map((l) => l.latest === null)).toEqual([false, false, true, true]);
    expect(portfolio.constraintsByClass.reduce((sum, c) => sum + c.count, 0)).toBe(2 * result.constraints.length);
    expect(portfolio.leadersByRecommendation).toEqual([{ key: result.recommendation.kind, label: RECOMMENDATION_LABELS[result.recommendation.kind], count: 2 }]);
    expect(describeCounts(portfolio.leadersByRecommendation)).toBe(`2 ${RECOMMENDATION_LABELS[result.recommendation.kind]}`);
  });

  it("has nothing to count for a client without leaders", () => {
    expect(buildPortfolio([])).toEqual({ leaders: [], assessed: 0, constraintsByClass: [], leadersByRecommendation: [] });
  });
});

describe("summarizeByRecommendation", () => {
  it("names each group in words, in the engine's order, with the diagnostics in progress last", () => {
    expect(
      summarizeByRecommendation([
        { status: "in_progress", recommendation: null, count: 4 },
        { status: "finished", recommendation: "paired", count: 2 },
        { status: "finished", recommendation: "coaching", count: 1 },
        { status: "finished", recommendation: "retired-kind", count: 1 },
      ]),
    ).toEqual([
      { key: "coaching", label: "Executive coaching", count: 1 },
      { key: "paired", label: RECOMMENDATION_LABELS.paired, count: 2 },
      { key: "unrecommended", label: "Finished, no recommendation stored", count: 1 },
      { key: "in_progress", label: "In progress", count: 4 },
    ]);
  });
});
