import { describe, expect, it } from "vitest";
import { detectFailureModes } from "@/lib/diagnostic/detect-failure-modes";
import { recommendIntervention } from "@/lib/diagnostic/recommend-intervention";
import { ZFailureMode } from "@/lib/diagnostic/result-schemas";
import type { TFailureModeId } from "@/lib/diagnostic/result-schemas";
import type { TContextInput, TInterventionInput, TProbeValue } from "@/lib/diagnostic/schemas";
import { BEHAVIORAL, DUAL, EXECUTION, HEALTHY, baseContext, classify, noPlan, probes, questionnaire } from "./helpers";

type TCase = { answers: Record<string, TProbeValue>[]; plan?: Partial<TInterventionInput>; context?: Partial<TContextInput>; catalogIds?: string[] };

function flags({ answers, plan = {}, context = {}, catalogIds = [] }: TCase) {
  const ctx = { ...baseContext, ...context };
  const intervention = { ...noPlan, ...plan };
  const constraints = answers.map((a, i) => classify(a, `c${i + 1}`, catalogIds[i] ?? "missed_targets"));
  const recommendation = recommendIntervention({ context: ctx, constraints, intervention });
  const result = detectFailureModes({ questionnaire, context: ctx, intervention, constraints, recommendation });
  for (const f of result) expect(ZFailureMode.safeParse(f).success).toBe(true);
  return result;
}
const find = (c: TCase, id: TFailureModeId) => flags(c).find((f) => f.id === id);
const FRACTIONAL = { current: "fractional", permanentOwner: "yes", endDateSet: "yes" } as const;

describe("Capabilities Trap", () => {
  it("is raised when an operator installs systems and the leader has an unaddressed behavioral deficit", () => {
    const f = find({ answers: [DUAL], plan: FRACTIONAL }, "capabilities_trap");
    expect(f?.severity).toBe("high");
    expect(f?.triggers.map((t) => t.questionId)).toContain("intervention_current");
    expect(f?.triggers.some((t) => t.questionId.startsWith("probe_b_"))).toBe(true);
  });
  it("is raised (medium) when the team is already rejecting new processes", () => {
    const f = find({ answers: [EXECUTION], plan: FRACTIONAL, catalogIds: ["team_rejects_new_processes"] }, "capabilities_trap");
    expect(f?.severity).toBe("medium");
    expect(f?.triggers.map((t) => t.questionId)).toContain("constraint_definition");
  });
  it("is not raised when coaching runs alongside the fractional work, or for a purely structural problem", () => {
    expect(find({ answers: [DUAL], plan: { ...FRACTIONAL, current: "coaching_and_fractional" } }, "capabilities_trap")).toBeUndefined();
    expect(find({ answers: [EXECUTION], plan: FRACTIONAL }, "capabilities_trap")).toBeUndefined();
  });
});

describe("Rental Trap", () => {
  it("is raised when fractional work has no permanent owner and no end date", () => {
    const f = find({ answers: [EXECUTION], plan: { current: "fractional", permanentOwner: "no", endDateSet: "no" } }, "rental_trap");
    expect(f?.severity).toBe("high");
    expect(f?.triggers.map((t) => t.questionId)).toEqual(["intervention_current", "intervention_permanent_owner", "intervention_end_date"]);
  });
  it("is raised when nobody develops the permanent executive who has a behavioral deficit", () => {
    expect(find({ answers: [DUAL], plan: FRACTIONAL }, "rental_trap")?.severity).toBe("medium");
  });
  it("is not raised with a named owner, an end date and no development gap", () => {
    expect(find({ answers: [EXECUTION], plan: FRACTIONAL }, "rental_trap")).toBeUndefined();
    expect(find({ answers: [DUAL], plan: { ...FRACTIONAL, current: "coaching_and_fractional" } }, "rental_trap")).toBeUndefined();
  });
});

describe("Tool Misapplication Tax", () => {
  it("is raised (high) when coaching is used on a purely structural problem", () => {
    const f = find({ answers: [EXECUTION], plan: { current: "coaching" } }, "tool_misapplication_tax");
    expect(f?.severity).toBe("high");
    expect(f?.explanation).toMatch(/structural problem/);
  });
  it("is raised (medium) when coaching covers only the behavioral half of a dual problem", () => {
    expect(find({ answers: [DUAL], plan: { current: "coaching" } }, "tool_misapplication_tax")?.severity).toBe("medium");
  });
  it("is raised when systems are used on a purely behavioral problem", () => {
    expect(find({ answers: [BEHAVIORAL], plan: FRACTIONAL }, "tool_misapplication_tax")?.explanation).toMatch(/behavioral problem/);
  });
  it("is raised when the leader is replaced but the problem would outlast them", () => {
    expect(find({ answers: [EXECUTION], plan: { current: "replace_executive" } }, "tool_misapplication_tax")?.explanation).toMatch(/outlast/);
  });
  it("is not raised when the lever fits", () => {
    expect(find({ answers: [BEHAVIORAL], plan: { current: "coaching" } }, "tool_misapplication_tax")).toBeUndefined();
    expect(find({ answers: [EXECUTION], plan: FRACTIONAL }, "tool_misapplication_tax")).toBeUndefined();
    expect(find({ answers: [BEHAVIORAL], plan: { current: "replace_executive" } }, "tool_misapplication_tax")).toBeUndefined();
  });
});

describe("Leadership Churn risk", () => {
  it("is raised (high) for a valued, strained leader carrying structural problems with only coaching", () => {
    const strained = probes(0, 3, { complexity: 2, persistence: 3 });
    expect(find({ answers: [strained], plan: { current: "coaching" } }, "leadership_churn")?.severity).toBe("high");
  });
  it("is raised (medium) when there is no sign of strain", () => {
    expect(find({ answers: [EXECUTION], plan: { current: "none" } }, "leadership_churn")?.severity).toBe("medium");
  });
  it("is not raised with structural support, without structural problems, or when the leader is leaving", () => {
    expect(find({ answers: [EXECUTION], plan: FRACTIONAL }, "leadership_churn")).toBeUndefined();
    expect(find({ answers: [BEHAVIORAL], plan: { current: "coaching" } }, "leadership_churn")).toBeUndefined();
    expect(find({ answers: [EXECUTION], context: { retentionIntent: "replace" } }, "leadership_churn")).toBeUndefined();
  });
});

describe("Trial by Fire", () => {
  it("is raised when nothing is in place and the role clearly exceeds the leader's experience", () => {
    const f = find({ answers: [probes(0, 0, { complexity: 2 })], context: { urgency: "low" } }, "trial_by_fire");
    expect(f?.severity).toBe("medium");
    expect(f?.triggers.map((t) => t.questionId)).toContain("probe_x_complexity");
    expect(find({ answers: [probes(0, 0, { complexity: 2 })], context: { urgency: "critical" } }, "trial_by_fire")?.severity).toBe("high");
  });
  it("is not raised when support exists or the role is within the leader's experience", () => {
    expect(find({ answers: [probes(0, 0, { complexity: 3 })], plan: { current: "coaching" } }, "trial_by_fire")).toBeUndefined();
    expect(find({ answers: [probes(3, 3, { complexity: 1 })] }, "trial_by_fire")).toBeUndefined();
  });
});

describe("Mentor Model", () => {
  it("is raised when a board member's advice stands in for support on a deficit", () => {
    expect(find({ answers: [EXECUTION], plan: { current: "board_mentor" } }, "mentor_model")?.severity).toBe("high");
    expect(find({ answers: [BEHAVIORAL], plan: { current: "board_mentor" } }, "mentor_model")?.severity).toBe("medium");
  });
  it("is not raised without mentoring or without any deficit", () => {
    expect(find({ answers: [HEALTHY], plan: { current: "board_mentor" } }, "mentor_model")).toBeUndefined();
    expect(find({ answers: [EXECUTION], plan: { current: "none" } }, "mentor_model")).toBeUndefined();
  });
});

describe("Working-Manager Coach", () => {
  it("is raised whenever one person coaches and operates, most severe when both roles are needed", () => {
    expect(find({ answers: [DUAL], plan: { current: "working_manager_coach" } }, "working_manager_coach")?.severity).toBe("high");
    expect(find({ answers: [EXECUTION], plan: { current: "working_manager_coach" } }, "working_manager_coach")?.severity).toBe("medium");
  });
  it("is not raised when the roles are held by two people", () => {
    expect(find({ answers: [DUAL], plan: { current: "coaching_and_fractional" } }, "working_manager_coach")).toBeUndefined();
  });
});

it("raises no flag for a healthy leader with nothing in place", () => {
  expect(flags({ answers: [HEALTHY] })).toEqual([]);
});
