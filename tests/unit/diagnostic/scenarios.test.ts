import { describe, expect, it } from "vitest";
import { assembleDiagnosticInput, questionnaireProgress } from "@/lib/diagnostic/answers";
import { runDiagnostic } from "@/lib/diagnostic/run-diagnostic";
import { ZDiagnosticResult } from "@/lib/diagnostic/result-schemas";
import {
  ALL_SCENARIOS,
  cmoAttributionScenario,
  cooExitScenario,
  ctoBurnoutScenario,
  healthyLeaderScenario,
  pureCoachingScenario,
  pureFractionalScenario,
  vpSalesScenario,
} from "@/tests/fixtures/scenarios";
import type { TScenario } from "@/tests/fixtures/scenarios";

function diagnose(s: TScenario) {
  const assembled = assembleDiagnosticInput(s.version, s.rows);
  if (!assembled.ok) throw new Error(assembled.errors.join("\n"));
  return runDiagnostic(assembled.input);
}
const flagIds = (s: TScenario) => diagnose(s).failureModes.map((f) => f.id);

describe("seed scenarios", () => {
  it("every scenario is complete, finishable and produces a valid result", () => {
    for (const s of ALL_SCENARIOS) {
      expect(questionnaireProgress(s.version, s.rows).canFinish, s.id).toBe(true);
      expect(ZDiagnosticResult.safeParse(diagnose(s)).success, s.id).toBe(true);
    }
  });

  it("VP of Sales with poor communication and a bad comp plan: Scaffolded Ascent with a fractional CRO", () => {
    const r = diagnose(vpSalesScenario);
    expect(r.constraints[0]!.class).toBe("dual");
    expect(r.recommendation.kind).toBe("paired");
    expect(r.recommendation.fractionalRole?.code).toBe("CRO");
    expect(r.constraints[0]!.evidence.execution[0]!.questionId).toBe("probe_e_incentives");
    expect(r.constraints[0]!.evidence.behavioral[0]!.questionId).toBe("probe_b_communication");
  });

  it("CMO coached on a structural attribution conflict: fractional CMO, Tool Misapplication Tax flagged", () => {
    const r = diagnose(cmoAttributionScenario);
    expect(r.constraints[0]!.class).toBe("execution");
    expect(r.recommendation.kind).toBe("fractional");
    expect(r.recommendation.fractionalRole?.code).toBe("CMO");
    const tax = r.failureModes.find((f) => f.id === "tool_misapplication_tax");
    expect(tax?.severity).toBe("high");
    expect(tax?.triggers.map((t) => t.questionId)).toContain("probe_e_interfaces");
    expect(r.costs.misapplicationTax.applies).toBe(true);
    expect(r.costs.misapplicationTax.total).toBe(6 * 80_000);
    expect(r.blueprint.kind === "engagement" && r.blueprint.handoff.exitCriteria.length).toBeGreaterThanOrEqual(3);
  });

  it("newly promoted CTO burning out on a broken pipeline while coached: paired, Leadership Churn risk", () => {
    const r = diagnose(ctoBurnoutScenario);
    expect(r.recommendation.kind).toBe("paired");
    expect(r.recommendation.fractionalRole?.code).toBe("CTO");
    expect(r.failureModes.find((f) => f.id === "leadership_churn")?.severity).toBe("high");
    expect(flagIds(ctoBurnoutScenario)).toContain("tool_misapplication_tax");
  });

  it("promoted COO deferring to the founder before an exit: paired with a fractional COO", () => {
    const r = diagnose(cooExitScenario);
    expect(r.constraints[0]!.class).toBe("dual");
    expect(r.recommendation.kind).toBe("paired");
    expect(r.recommendation.fractionalRole?.code).toBe("COO");
    expect(flagIds(cooExitScenario)).toContain("trial_by_fire");
  });
});

describe("own scenarios", () => {
  it("a leader who cannot let go, in a sound system: coaching only", () => {
    const r = diagnose(pureCoachingScenario);
    expect(r.recommendation.kind).toBe("coaching");
    expect(r.failureModes).toEqual([]);
    expect(r.costs.costOfAction).toBe(4_000 * 6);
  });

  it("a composed finance leader with no systems: fractional CFO with handoff", () => {
    const r = diagnose(pureFractionalScenario);
    expect(r.constraints.map((c) => c.class)).toEqual(["execution", "execution"]);
    expect(r.recommendation.kind).toBe("fractional");
    expect(r.recommendation.fractionalRole?.code).toBe("CFO");
    expect(r.recommendation.handoffRequired).toBe(true);
  });

  it("a healthy leader: monitoring only, no flags, no engagement cost", () => {
    const r = diagnose(healthyLeaderScenario);
    expect(r.recommendation.kind).toBe("monitor");
    expect(r.blueprint.kind).toBe("monitor");
    expect(r.failureModes).toEqual([]);
    expect(r.costs.costOfAction).toBe(0);
  });
});
