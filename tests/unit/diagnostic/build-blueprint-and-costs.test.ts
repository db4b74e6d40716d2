import { describe, expect, it } from "vitest";
import { HANDOFF_UNAIDED_CYCLES, MONITOR_REVIEW_WEEKS } from "@/lib/diagnostic/build-blueprint";
import { runDiagnostic } from "@/lib/diagnostic/run-diagnostic";
import { ZBlueprint, ZCostEstimate } from "@/lib/diagnostic/result-schemas";
import { BEHAVIORAL, DUAL, EXECUTION, HEALTHY, constraint, makeInput, probes } from "./helpers";

const run = (...args: Parameters<typeof makeInput>) => runDiagnostic(makeInput(...args));

describe("buildBlueprint", () => {
  it("gives the paired engagement four roles, a separate coach, three ordered phases and handoff criteria", () => {
    const b = run([constraint("c1", DUAL)], { context: { leaderTitle: "VP of Sales" } }).blueprint;
    expect(ZBlueprint.safeParse(b).success).toBe(true);
    if (b.kind !== "engagement") throw new Error("expected an engagement");
    expect(b.name).toBe("Scaffolded Ascent");
    expect(b.roles.map((r) => r.role)).toEqual(["fractional_leader", "coach", "permanent_executive", "board_sponsor"]);
    expect(b.roles[1]!.title).toMatch(/different person/);
    expect(b.roles[0]!.decisionRights.length).toBeGreaterThanOrEqual(2);
    expect(b.phases.map((p) => p.id)).toEqual(["diagnose_unfreeze", "install_and_develop", "handoff_refreeze"]);
    b.phases.forEach((p, i) => {
      expect(p.endWeek).toBeGreaterThanOrEqual(p.startWeek);
      if (i > 0) expect(p.startWeek).toBe(b.phases[i - 1]!.endWeek + 1);
    });
    expect(b.handoff.exitCriteria.join(" ")).toContain(`${HANDOFF_UNAIDED_CYCLES} consecutive cycles`);
    expect(b.handoff.exitCriteria.join(" ")).toMatch(/Decision rights are written down/);
    expect(b.kpis.map((k) => k.name)).toContain("Attainment against plan, per quarter");
  });

  it("names decision rights from the execution gaps that showed", () => {
    const answers = { ...probes(0, 0, { persistence: 3 }), probe_e_incentives: 3 as const };
    const b = run([constraint("c1", answers)]).blueprint;
    if (b.kind !== "engagement") throw new Error("expected an engagement");
    expect(b.roles[0]!.decisionRights.join(" ")).toMatch(/incentives and compensation/);
  });

  it("gives coaching no fractional leader, and fractional leadership no coach", () => {
    const coaching = run([constraint("c1", BEHAVIORAL)]).blueprint;
    const fractional = run([constraint("c1", EXECUTION)], { context: { leaderFunction: "technology" } }).blueprint;
    if (coaching.kind !== "engagement" || fractional.kind !== "engagement") throw new Error("expected engagements");
    expect(coaching.roles.map((r) => r.role)).not.toContain("fractional_leader");
    expect(fractional.roles.map((r) => r.role)).not.toContain("coach");
    expect(fractional.name).toBe("Fractional CTO with handoff");
    expect(fractional.kpis.map((k) => k.name)).toContain("Deployment frequency");
  });

  it("lengthens the engagement when three or more constraints show a deficit", () => {
    const one = run([constraint("c1", DUAL)]).blueprint;
    const three = run([constraint("c1", DUAL), constraint("c2", DUAL), constraint("c3", EXECUTION)]).blueprint;
    if (one.kind !== "engagement" || three.kind !== "engagement") throw new Error("expected engagements");
    expect(three.durationMonths).toBe(one.durationMonths + 3);
  });

  it("gives a healthy leader a monitoring review, not an engagement", () => {
    const input = { ...makeInput([constraint("c1", HEALTHY)]), asOf: "2026-11-01" };
    const b = runDiagnostic(input).blueprint;
    expect(b).toMatchObject({ kind: "monitor", reviewAfterWeeks: MONITOR_REVIEW_WEEKS, reviewDate: "2027-01-24" });
  });

  it("asks for evidence when every constraint lacks it", () => {
    const unknown = probes("dont_know", "dont_know", { complexity: "dont_know", persistence: "dont_know" });
    expect(run([constraint("c1", unknown)]).blueprint.kind).toBe("gather_evidence");
  });
});

describe("estimateCosts", () => {
  it("multiplies the fees of both roles by the paired duration and lists every assumption with its origin", () => {
    const c = run([constraint("c1", DUAL)], { economics: { fractionalMonthlyFee: 20_000, currency: "EUR" } }).costs;
    expect(ZCostEstimate.safeParse(c).success).toBe(true);
    expect(c.currency).toBe("EUR");
    expect(c.costOfAction).toBe((20_000 + 4_000) * 9);
    const fee = c.assumptions.find((a) => a.id === "econ_fractional_fee");
    const coach = c.assumptions.find((a) => a.id === "econ_coach_fee");
    expect(fee).toMatchObject({ value: 20_000, origin: "user" });
    expect(coach).toMatchObject({ value: 4_000, origin: "default" });
    expect(coach?.source).toMatch(/planning assumption/);
  });

  it("prices inaction as a failed tenure plus the amount at risk over the delay", () => {
    const c = run([constraint("c1", EXECUTION)], {
      economics: { leaderAnnualCompensation: 200_000, replacementCostMultiple: 1.5, monthlyAmountAtRisk: 10_000, inactionHorizonMonths: 12, monthsPersisted: 4 },
    }).costs;
    expect(c.costOfInaction).toEqual({ failedTenure: 300_000, amountAtRiskOverDelay: 120_000, total: 420_000 });
    expect(c.alreadyLost).toBe(40_000);
  });

  it("returns cumulative monthly series that never decrease and end at the totals", () => {
    const c = run([constraint("c1", DUAL)]).costs;
    expect(c.series[0]).toEqual({ month: 0, action: 0, inaction: 0 });
    for (let i = 1; i < c.series.length; i += 1) {
      expect(c.series[i]!.action).toBeGreaterThanOrEqual(c.series[i - 1]!.action);
      expect(c.series[i]!.inaction).toBeGreaterThanOrEqual(c.series[i - 1]!.inaction);
    }
    expect(c.series.at(-1)).toMatchObject({ action: c.costOfAction, inaction: c.costOfInaction.total });
  });

  it("charges the misapplication tax only when the current lever does not fit", () => {
    const wrong = run([constraint("c1", EXECUTION)], { intervention: { current: "coaching" }, economics: { monthlyAmountAtRisk: 30_000, wrongLeverMonths: 6 } }).costs;
    expect(wrong.misapplicationTax).toMatchObject({ applies: true, months: 6, total: 180_000 });
    const right = run([constraint("c1", EXECUTION)], { intervention: { current: "fractional" } }).costs;
    expect(right.misapplicationTax).toMatchObject({ applies: false, total: 0 });
  });

  it("does not price an engagement for a healthy leader", () => {
    const c = run([constraint("c1", HEALTHY)]).costs;
    expect(c).toMatchObject({ applicable: false, costOfAction: 0, series: [] });
  });
});
