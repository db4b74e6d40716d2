import { describe, expect, it } from "vitest";
import { assembleDiagnosticInput, questionnaireProgress, runDiagnostic, validateAnswer, type TAnswerRow } from "@/lib/diagnostic";
import { maxAnswers } from "@/lib/diagnostic/answer-budget";
import { planSteps } from "@/lib/diagnostic/plan-steps";
import { CURRENT_QUESTIONNAIRE_VERSION, PREVIOUS_QUESTIONNAIRE_VERSION, requireQuestionnaire } from "@/lib/diagnostic/questionnaires";
import { recomputeCosts } from "@/lib/diagnostic/recompute-costs";
import { QUESTIONNAIRE_V2_VERSION } from "@/lib/diagnostic/v2/questionnaire";

const V2 = QUESTIONNAIRE_V2_VERSION;
const q = requireQuestionnaire(V2);
const row = (questionId: string, value: unknown, constraintId: string | null = null): TAnswerRow => ({ questionId, constraintId, value });

const PROFILE = { p_composure: 2, p_decisions: 1, p_delegation: 1, p_conflict: 1, p_presence: 2, p_communication: 2, p_feedback: 0, p_load: 1 };
const ITEMS = { k_decision_rights: 3, k_cadence: 2, k_metrics: 2, k_incentives: 0, k_process: 1, k_leader: 0, k_adoption: 0, k_attribution: 3 };

function rows(context: Record<string, unknown>, extra: TAnswerRow[] = []): TAnswerRow[] {
  return [
    ...Object.entries(context).flatMap(([id, v]) => (v === undefined ? [] : [row(id, v)])),
    ...Object.entries(PROFILE).map(([id, v]) => row(id, v)),
    row("constraint_definition", { kind: "catalog", catalogId: "pipeline_forecast_misses" }, "c1"),
    ...Object.entries(ITEMS).map(([id, v]) => row(id, v, "c1")),
    ...extra,
  ];
}
const CEO = { respondent_role: "manager_ceo", leader_title: "VP of Sales", leader_function: "sales_revenue", role_stretch: "step_up", deadline: "6", retention_intent: "keep", budget: "both", intervention_current: "none" };

describe("questionnaire v2", () => {
  it("is the version new diagnostics start on, with v1 kept for stored ones", () => {
    expect(CURRENT_QUESTIONNAIRE_VERSION).toBe(V2);
    expect(PREVIOUS_QUESTIONNAIRE_VERSION).toBe("2026-11.v1");
  });

  it("asks three constraints in at most 45 answers, counting every conditional question and the picks", () => {
    expect(maxAnswers(q, 3)).toBeLessThanOrEqual(45);
    expect(maxAnswers(requireQuestionnaire(PREVIOUS_QUESTIONNAIRE_VERSION), 3)).toBeGreaterThan(45);
  });

  it("asks about the leader by title, and in the first person when the leader answers", () => {
    const aboutTitle = planSteps(q, rows(CEO)).flatMap((s) => (s.kind === "questions" ? s.questions : []));
    expect(aboutTitle.find((x) => x.id === "p_decisions")?.prompt).toBe("The VP of Sales puts off decisions that are theirs to make, or passes them upward.");
    expect(aboutTitle.find((x) => x.id === "k_attribution")?.prompt).toContain("in the VP of Sales's seat");
    const self = planSteps(q, rows({ ...CEO, respondent_role: "self" })).flatMap((s) => (s.kind === "questions" ? s.questions : []));
    expect(self.find((x) => x.id === "p_decisions")?.prompt).toBe("I put off decisions that are mine to make, or pass them upward.");
    expect(self.some((x) => x.id === "retention_intent")).toBe(false);
    expect(self.every((x) => !/\{leader\}|\{Leader\}|founder/i.test(x.prompt))).toBe(true);
    const intro = (r: TAnswerRow[]) => planSteps(q, r).find((s) => s.id === "profile")?.intro;
    expect(intro(rows({ ...CEO, respondent_role: "self" }))).toBe("Eight questions on your leadership habits, asked once for the whole diagnostic.");
    expect(intro(rows(CEO))).toBe("Eight questions on the VP of Sales's leadership habits, asked once for the whole diagnostic.");
  });

  it("asks conditional questions only when they apply, and counts only those as missing", () => {
    const ids = (r: TAnswerRow[]) => planSteps(q, r).flatMap((s) => (s.kind === "questions" ? s.questions.map((x) => x.id) : []));
    expect(ids(rows(CEO))).not.toContain("successor_named");
    expect(ids(rows(CEO))).not.toContain("intervention_status");
    expect(ids(rows({ ...CEO, retention_intent: "replace" }))).toContain("successor_named");
    expect(ids(rows({ ...CEO, intervention_current: "fractional" }))).toEqual(expect.arrayContaining(["intervention_status", "intervention_end_date"]));
    expect(questionnaireProgress(V2, rows(CEO)).canFinish).toBe(true);
    expect(questionnaireProgress(V2, rows({ ...CEO, intervention_current: "coaching" })).missing.map((m) => m.questionId)).toEqual(["intervention_status"]);
  });

  it("derives what it no longer asks: retention for a self-assessment, the permanent owner, the deadline in months", () => {
    const self = assembleDiagnosticInput(V2, rows({ ...CEO, respondent_role: "self", retention_intent: undefined }));
    expect(self.ok && self.input.context.retentionIntent).toBe("keep");
    const replace = assembleDiagnosticInput(V2, rows({ ...CEO, retention_intent: "replace", successor_named: "no" }));
    expect(replace.ok && replace.input.intervention.permanentOwner).toBe("no");
    const ceo = assembleDiagnosticInput(V2, rows(CEO));
    expect(ceo.ok && ceo.input.context.deadlineMonths).toBe(6);
    expect(ceo.ok && ceo.input.intervention.endDateSet).toBe("no_engagement");
    expect(ceo.ok && Object.keys(ceo.input.profile ?? {})).toHaveLength(8);
  });

  it("needs an area for a custom constraint, and keeps it", () => {
    const custom = (value: object) => validateAnswer(V2, row("constraint_definition", value, "c1"));
    expect(custom({ kind: "custom", title: "Onboarding takes too long" }).ok).toBe(false);
    const ok = custom({ kind: "custom", title: "Onboarding takes too long", area: "customer" });
    expect(ok.ok && ok.value).toEqual({ kind: "custom", title: "Onboarding takes too long", area: "customer" });
    // v1 custom constraints never had an area, and still need none.
    expect(validateAnswer(PREVIOUS_QUESTIONNAIRE_VERSION, row("constraint_definition", { kind: "custom", title: "X" }, "c1")).ok).toBe(true);
  });

  it("names the operator after the constraint's area, not the leader's title", () => {
    const assembled = assembleDiagnosticInput(V2, rows(CEO));
    if (!assembled.ok) throw new Error(assembled.errors.join(" "));
    const result = runDiagnostic(assembled.input);
    expect(result.recommendation.kind).toBe("fractional");
    expect(result.recommendation.fractionalRole?.title).toMatch(/revenue operations/);
    expect(result.decision?.deadlineFit?.fits).toBe(true);
  });

  it("re-prices a v2 result with the v2 cost model, and a figure of one's own ends the illustrative label", () => {
    const assembled = assembleDiagnosticInput(V2, rows(CEO));
    if (!assembled.ok) throw new Error(assembled.errors.join(" "));
    const result = runDiagnostic(assembled.input);
    expect(result.costs.v2?.illustrative).toBe(true);
    const repriced = recomputeCosts(assembled.input, result, { monthlyAmountAtRisk: 80_000 });
    expect(repriced.v2?.illustrative).toBe(false);
    expect(repriced.v2?.inaction.likely).toBeGreaterThan(result.costs.v2?.inaction.likely ?? Infinity);
  });
});
