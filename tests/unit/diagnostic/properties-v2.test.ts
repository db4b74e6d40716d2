/**
 * Properties of engine v2 that must hold for every answer pattern, checked with fast-check on the
 * public entry point `runDiagnostic` (questionnaire "2026-12.v2").
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runDiagnostic, ZDiagnosticResult } from "@/lib/diagnostic";
import type { TDiagnosticResult } from "@/lib/diagnostic/result-schemas";
import type { TDiagnosticInputRaw, TProbeValue } from "@/lib/diagnostic/schemas";
import { CONSTRAINT_CATALOG_V2 } from "@/lib/diagnostic/v2/constraint-catalog";
import { V2 } from "@/tests/fixtures/validation-cases-v2";

type V = TProbeValue;
const SYSTEM = ["k_decision_rights", "k_cadence", "k_metrics", "k_incentives", "k_process"] as const;
const LEADER = "k_leader";
const ADOPTION = "k_adoption";
const ATTRIBUTION = "k_attribution";
const CONSTRAINT_ITEMS = [...SYSTEM, LEADER, ADOPTION, ATTRIBUTION] as const;
const PROFILE_ITEMS = ["p_composure", "p_decisions", "p_delegation", "p_conflict", "p_presence", "p_communication", "p_feedback", "p_load"] as const;
const REVERSE = new Set(["p_composure", "p_presence", "p_communication"]);
/** A healthy profile: every habit at its best (reverse-keyed items at 3). */
const HEALTHY_PROFILE: Record<string, V> = Object.fromEntries(PROFILE_ITEMS.map((id) => [id, REVERSE.has(id) ? 3 : 0]));

const RUNS = { numRuns: 150 };
const value = fc.constantFrom<V>(0, 1, 2, 3, "dont_know");
const numeric = fc.constantFrom<0 | 1 | 2 | 3>(0, 1, 2, 3);
const answers = fc.record(Object.fromEntries(CONSTRAINT_ITEMS.map((id) => [id, value])) as Record<(typeof CONSTRAINT_ITEMS)[number], fc.Arbitrary<V>>);
const profileArb = fc.record(Object.fromEntries(PROFILE_ITEMS.map((id) => [id, value])) as Record<(typeof PROFILE_ITEMS)[number], fc.Arbitrary<V>>);
const catalogId = fc.constantFrom(...CONSTRAINT_CATALOG_V2.map((c) => c.id));
const constraints = fc.array(fc.tuple(catalogId, answers), { minLength: 1, maxLength: 5 }).map((xs) => xs.map(([id, probes], i) => ({ constraintId: `c${i + 1}`, definition: { kind: "catalog" as const, catalogId: id }, probes })));

const OPERATOR_IN_PLACE = new Set(["fractional", "working_manager_coach", "coaching_and_fractional"]);
const context = fc.record({
  respondentRole: fc.constantFrom("self", "manager_ceo", "board_member", "consultant" as const),
  leaderFunction: fc.constantFrom("operations", "sales_revenue", "marketing", "technology", "finance", "product", "people", "general_management", "customer_success", "engineering", "other" as const),
  retentionIntent: fc.constantFrom("keep", "undecided", "replace" as const),
  roleStretch: fc.constantFrom("within", "step_up", "big_step", "dont_know" as const),
  budget: fc.constantFrom("both", "one", "unknown" as const),
  deadlineMonths: fc.option(fc.integer({ min: 1, max: 24 }), { nil: undefined }),
});
const current = fc.constantFrom("none", "coaching", "fractional", "board_mentor", "working_manager_coach", "replace_executive", "coaching_and_fractional" as const);
const status = fc.option(fc.constantFrom("working", "mixed", "not_working", "too_early" as const), { nil: undefined });
const economics = fc.record(
  {
    leaderAnnualCompensation: fc.integer({ min: 0, max: 1_000_000 }),
    monthlyAmountAtRisk: fc.integer({ min: 0, max: 1_000_000 }),
    monthsPersisted: fc.integer({ min: 0, max: 36 }),
    horizonMonths: fc.integer({ min: 1, max: 36 }),
  },
  { requiredKeys: [] },
);

/** A whole diagnostic input, with the derived fields set as the questionnaire sets them. */
const fullInput = fc
  .record({ context, constraints, current, status, profile: profileArb, economics, successorNamed: fc.boolean(), endDate: fc.boolean() })
  .map(({ context: ctx, constraints: cs, current: cur, status: st, profile, economics: econ, successorNamed, endDate }): TDiagnosticInputRaw => {
    const { respondentRole, leaderFunction, retentionIntent, roleStretch, budget, deadlineMonths } = ctx;
    return {
      questionnaireVersion: V2,
      context: { respondentRole, leaderFunction, retentionIntent, roleStretch, budget, ...(deadlineMonths !== undefined ? { deadlineMonths } : {}) },
      constraints: cs,
      intervention: {
        current: cur,
        permanentOwner: ctx.retentionIntent === "keep" ? "yes" : ctx.retentionIntent === "undecided" ? "not_decided" : successorNamed ? "yes" : "no",
        endDateSet: OPERATOR_IN_PLACE.has(cur) ? (endDate ? "yes" : "no") : "no_engagement",
        ...(cur !== "none" && st ? { status: st } : {}),
      },
      profile,
      economics: econ,
    };
  });

function single(probes: Record<string, V>, profile: Record<string, V> = HEALTHY_PROFILE): TDiagnosticInputRaw {
  return {
    questionnaireVersion: V2,
    context: { respondentRole: "manager_ceo", leaderFunction: "operations", retentionIntent: "keep", roleStretch: "step_up", budget: "both" },
    constraints: [{ constraintId: "c1", definition: { kind: "catalog", catalogId: "missed_targets" }, probes }],
    intervention: { current: "none", permanentOwner: "yes", endDateSet: "no_engagement" },
    profile,
    economics: {},
  };
}
const c1 = (r: TDiagnosticResult) => r.constraints[0]!;
const LIGHT = ["monitor", "targeted_coaching", "scoped_fix", "insufficient_evidence"];

describe("engine v2 properties", () => {
  it("monotonicity: raising any system item never lowers the execution score", () => {
    fc.assert(
      fc.property(answers, profileArb, fc.constantFrom(...SYSTEM), (a, p, item) => {
        const v = a[item];
        fc.pre(typeof v === "number" && v < 3);
        const before = c1(runDiagnostic(single(a, p))).executionScore;
        const after = c1(runDiagnostic(single({ ...a, [item]: ((v as number) + 1) as V }, p))).executionScore;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      RUNS,
    );
  });

  it("monotonicity: raising the leader's-habits item never lowers the behavioral score", () => {
    fc.assert(
      fc.property(answers, profileArb, (a, p) => {
        const v = a[LEADER];
        fc.pre(typeof v === "number" && v < 3);
        const before = c1(runDiagnostic(single(a, p))).behavioralScore;
        const after = c1(runDiagnostic(single({ ...a, [LEADER]: ((v as number) + 1) as V }, p))).behavioralScore;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      RUNS,
    );
  });

  it("symmetry: the leader's item alone at v scores on the behavioral axis what one system item alone at v scores on the execution axis", () => {
    const zero = Object.fromEntries([...SYSTEM, LEADER].map((id) => [id, 0])) as Record<string, V>;
    const mirror: Record<string, string> = { behavioral: "execution", execution: "behavioral", no_clear_deficit: "no_clear_deficit" };
    const mirrorKind: Record<string, string> = { targeted_coaching: "scoped_fix", coaching: "fractional", monitor: "monitor" };
    fc.assert(
      fc.property(numeric, fc.constantFrom(...SYSTEM), fc.constantFrom<V>("dont_know"), fc.constantFrom<V>(0, "dont_know"), (v, item, attribution, adoption) => {
        const person = runDiagnostic(single({ ...zero, [LEADER]: v, [ATTRIBUTION]: attribution, [ADOPTION]: adoption }));
        const system = runDiagnostic(single({ ...zero, [item]: v, [ATTRIBUTION]: attribution, [ADOPTION]: adoption }));
        expect(c1(person).behavioralScore).toBe(c1(system).executionScore);
        expect(c1(person).executionScore).toBe(c1(system).behavioralScore);
        expect(mirror[c1(person).class]).toBe(c1(system).class);
        expect(mirrorKind[person.recommendation.kind]).toBe(system.recommendation.kind);
      }),
      { numRuns: 60 },
    );
  });

  it("no upsell: a healthy leader (every item 'somewhat' at most, healthy profile, team adopts) gets no engagement and no high flag", () => {
    const low = fc.constantFrom<V>(0, 1);
    const healthyAnswers = fc.record({
      ...(Object.fromEntries([...SYSTEM, LEADER].map((id) => [id, low])) as Record<string, fc.Arbitrary<V>>),
      [ADOPTION]: fc.constantFrom<V>(0, "dont_know"),
      [ATTRIBUTION]: fc.constantFrom<V>(0, 1, "dont_know"),
    });
    const healthyProfile = fc.record(Object.fromEntries(PROFILE_ITEMS.map((id) => [id, REVERSE.has(id) ? fc.constantFrom<V>(2, 3) : low])) as Record<string, fc.Arbitrary<V>>);
    fc.assert(
      fc.property(
        fc.array(healthyAnswers, { minLength: 1, maxLength: 5 }),
        healthyProfile,
        fc.constantFrom("keep", "undecided" as const),
        fc.constantFrom("none", "coaching", "fractional", "board_mentor", "working_manager_coach", "coaching_and_fractional" as const),
        (list, profile, retention, cur) => {
          const r = runDiagnostic({
            questionnaireVersion: V2,
            context: { respondentRole: "manager_ceo", leaderFunction: "operations", retentionIntent: retention, roleStretch: "within", budget: "both" },
            constraints: list.map((probes, i) => ({ constraintId: `c${i + 1}`, definition: { kind: "catalog", catalogId: "missed_targets" }, probes })),
            intervention: { current: cur, permanentOwner: retention === "keep" ? "yes" : "not_decided", endDateSet: OPERATOR_IN_PLACE.has(cur) ? "yes" : "no_engagement" },
            profile,
            economics: {},
          });
          expect(r.recommendation.kind).toBe("monitor");
          expect(r.failureModes.filter((f) => f.severity === "high")).toEqual([]);
          expect(r.costs.alreadyLost).toBe(0);
        },
      ),
      RUNS,
    );
  });

  it("borderline stability: if one answer moved one step changes a constraint's class, the result is marked borderline", () => {
    fc.assert(
      fc.property(answers, profileArb, (a, p) => {
        const base = c1(runDiagnostic(single(a, p)));
        const steps: { scope: "c" | "p"; id: string; to: V }[] = [];
        for (const id of CONSTRAINT_ITEMS) {
          const v = a[id];
          if (typeof v === "number") for (const to of [v - 1, v + 1]) if (to >= 0 && to <= 3) steps.push({ scope: "c", id, to: to as V });
        }
        for (const id of PROFILE_ITEMS) {
          const v = p[id];
          if (typeof v === "number") for (const to of [v - 1, v + 1]) if (to >= 0 && to <= 3) steps.push({ scope: "p", id, to: to as V });
        }
        const flips = steps.some((s) => {
          const moved = s.scope === "c" ? single({ ...a, [s.id]: s.to }, p) : single(a, { ...p, [s.id]: s.to });
          return c1(runDiagnostic(moved)).class !== base.class;
        });
        if (flips) expect(base.v2?.borderline, `class ${base.class} flips in one step`).not.toBeNull();
      }),
      { numRuns: 60 },
    );
  });

  it("cost ranges are ordered: low <= likely <= high", () => {
    fc.assert(
      fc.property(fullInput, (input) => {
        const v2 = runDiagnostic(input).costs.v2!;
        for (const range of [v2.failureProbability, v2.inaction, v2.action.total]) {
          expect(range.low).toBeLessThanOrEqual(range.likely);
          expect(range.likely).toBeLessThanOrEqual(range.high);
        }
      }),
      RUNS,
    );
  });

  it("a light verdict (monitor, targeted coaching, scoped fix, gather evidence) never stands next to a high-severity failure mode", () => {
    fc.assert(
      fc.property(fullInput, (input) => {
        const r = runDiagnostic(input);
        if (LIGHT.includes(r.recommendation.kind)) expect(r.failureModes.filter((f) => f.severity === "high").map((f) => f.id)).toEqual([]);
      }),
      RUNS,
    );
  });

  it("a planned replacement never recommends coaching for the departing leader", () => {
    fc.assert(
      fc.property(fullInput, (raw) => {
        const input = { ...raw, context: { ...raw.context, retentionIntent: "replace" as const } };
        const r = runDiagnostic(input);
        const d = r.decision!;
        if (r.recommendation.kind !== "insufficient_evidence") expect(r.recommendation.kind).toBe("bridge");
        expect([d.primary.lever, d.secondary?.lever]).not.toContain("coaching");
        expect([d.primary.lever, d.secondary?.lever]).not.toContain("targeted_coaching");
        expect(d.inPlace.filter((a) => a.action === "add" && /executive coach|coaching on|coaching$/i.test(a.what)).map((a) => a.what)).toEqual([]);
        // An existing coach is stopped, or explicitly moved to the permanent team; never kept on the departing leader.
        expect(d.inPlace.filter((a) => a.subject === "coach" && a.action !== "stop" && !(a.action === "rescope" && /team/i.test(a.why))).map((a) => `${a.action}:${a.what}`)).toEqual([]);
        expect(r.costs.costOfInaction.failedTenure).toBe(0);
      }),
      RUNS,
    );
  });

  it("wrong-tool guard: a strong, broad system deficit always brings an operator; a strong, broad habit always brings a coach (leader kept)", () => {
    fc.assert(
      fc.property(fullInput, (raw) => {
        fc.pre(raw.context.retentionIntent !== "replace");
        const r = runDiagnostic(raw);
        const byId = new Map(raw.constraints.map((c) => [c.constraintId, c.probes]));
        const clear = (v: V | undefined) => typeof v === "number" && v >= 2;
        const strongSystem = r.constraints.some((c) => (c.class === "execution" || c.class === "dual") && c.executionScore >= 75 && SYSTEM.filter((id) => clear(byId.get(c.constraintId)?.[id])).length >= 2);
        const profileFocus = PROFILE_ITEMS.some((id) => {
          const v = raw.profile?.[id];
          return typeof v === "number" && (REVERSE.has(id) ? 3 - v : v) >= 2;
        });
        const strongHabit = profileFocus && r.constraints.some((c) => (c.class === "behavioral" || c.class === "dual") && c.behavioralScore >= 75 && clear(byId.get(c.constraintId)?.[LEADER]));
        if (strongSystem) expect(r.recommendation.includesFractional, "a broad system deficit needs an operator").toBe(true);
        if (strongHabit) expect(r.recommendation.includesCoaching, "a broad habit needs a coach").toBe(true);
      }),
      RUNS,
    );
  });

  it("every output parses with ZDiagnosticResult", () => {
    fc.assert(
      fc.property(fullInput, (input) => {
        const r = runDiagnostic(input);
        expect(ZDiagnosticResult.safeParse(r).success).toBe(true);
        expect(r.decision).toBeDefined();
      }),
      RUNS,
    );
  });
});
