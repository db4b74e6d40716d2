import { describe, expect, it } from "vitest";
import { assembleDiagnosticInput, questionnaireProgress, validateAnswer } from "@/lib/diagnostic/answers";
import { PREVIOUS_QUESTIONNAIRE_VERSION } from "@/lib/diagnostic/questionnaires";
import { TITLE_MAX_LENGTH } from "@/lib/diagnostic/schemas";
import { constraintRows, diagnosticRows, row, vpSalesScenario } from "@/tests/fixtures/scenarios";

const V = PREVIOUS_QUESTIONNAIRE_VERSION;

describe("validateAnswer", () => {
  it("accepts valid answers and normalises text", () => {
    expect(validateAnswer(V, row("urgency", "high"))).toEqual({ ok: true, value: "high" });
    expect(validateAnswer(V, row("probe_b_pressure", "dont_know", "c1"))).toEqual({ ok: true, value: "dont_know" });
    expect(validateAnswer(V, row("leader_title", "  COO  "))).toEqual({ ok: true, value: "COO" });
    expect(validateAnswer(V, row("constraint_definition", { kind: "custom", title: " Late board packs " }, "c2"))).toEqual({ ok: true, value: { kind: "custom", title: "Late board packs" } });
  });

  it.each([
    ["an unknown version", "1999.v0", row("urgency", "high"), /Unknown questionnaire version "1999.v0"/],
    ["a question not in the version", V, row("favourite_colour", "blue"), /not part of questionnaire version/],
    ["a per-constraint question without a slot", V, row("probe_b_pressure", 2), /asked for each constraint/],
    ["an unknown slot", V, row("probe_b_pressure", 2, "c9"), /slot "c9" does not exist/],
    ["a diagnostic-wide question tied to a slot", V, row("urgency", "high", "c1"), /applies to the whole diagnostic/],
    ["an out-of-range probe", V, row("probe_b_pressure", 4, "c1"), /must be 0, 1, 2, 3 or "dont_know"/],
    ["an unknown option", V, row("urgency", "yesterday"), /not an option/],
    ["a number out of range", V, row("econ_months_persisted", 500), /between 0 and 120/],
    ["a fractional month count", V, row("econ_months_persisted", 2.5), /whole number/],
    ["an over-long title", V, row("leader_title", "x".repeat(TITLE_MAX_LENGTH + 1)), /limit is 120/],
    ["an over-long custom constraint", V, row("constraint_definition", { kind: "custom", title: "y".repeat(121) }, "c1"), /limit is 120/],
    ["an over-long description", V, row("constraint_definition", { kind: "catalog", catalogId: "missed_targets", description: "z".repeat(2001) }, "c1"), /at most 2000/],
    ["an unknown catalog entry", V, row("constraint_definition", { kind: "catalog", catalogId: "nope" }, "c1"), /not a constraint in the catalog/],
  ])("rejects %s with a readable message", (_name, version, answer, message) => {
    const result = validateAnswer(version, answer);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe("questionnaireProgress", () => {
  it("asks for a constraint before anything else can finish", () => {
    const p = questionnaireProgress(V, []);
    expect(p.canFinish).toBe(false);
    expect(p.messages).toContain("Add at least one constraint before finishing.");
    expect(p.percent).toBe(0);
  });

  it("lists unanswered probes per constraint and counts don't know as answered", () => {
    const rows = vpSalesScenario.rows.filter((r) => r.questionId !== "probe_b_pressure" && r.questionId !== "urgency");
    const p = questionnaireProgress(V, [...rows, row("probe_b_delegation", "dont_know", "c1")]);
    expect(p.canFinish).toBe(false);
    expect(p.missing.map((m) => `${m.questionId}/${m.constraintId}`)).toEqual(["urgency/null", "probe_b_pressure/c1"]);
    expect(p.messages.join(" ")).toMatch(/Constraint c1 still has 1 unanswered question;/);
    expect(questionnaireProgress(V, vpSalesScenario.rows).canFinish).toBe(true);
  });

  it("blocks finishing on invalid rows", () => {
    const p = questionnaireProgress(V, [...vpSalesScenario.rows, row("probe_b_pressure", 7, "c1")]);
    expect(p.canFinish).toBe(false);
    expect(p.invalid).toHaveLength(1);
  });
});

describe("assembleDiagnosticInput", () => {
  it("turns rows into engine input in slot order, ignoring answers for empty slots", () => {
    const rows = [
      ...vpSalesScenario.rows,
      ...constraintRows("c3", { kind: "catalog", catalogId: "numbers_disputed" }, {
        b_pressure: 0, b_decisions: 0, b_delegation: 0, b_presence: 0, b_communication: 0,
        e_decision_rights: 0, e_cadence: 0, e_metrics: 0, e_incentives: 0, e_process_tooling: 0, e_interfaces: 0,
        x_complexity: 0, x_persistence: 0,
      }),
      row("probe_b_pressure", 3, "c5"),
    ];
    const result = assembleDiagnosticInput(V, rows);
    if (!result.ok) throw new Error(result.errors.join("\n"));
    expect(result.input.constraints.map((c) => c.constraintId)).toEqual(["c1", "c3"]);
    expect(result.input.context).toMatchObject({ leaderFunction: "sales_revenue", leaderTitle: "VP of Sales", retentionIntent: "keep" });
    expect(result.input.economics).toEqual({ leaderAnnualCompensation: 280_000, monthlyAmountAtRisk: 120_000 });
    expect(result.input.constraints[0]!.probes["probe_b_communication"]).toBe(3);
  });

  it("reports missing required context and a missing constraint", () => {
    const rows = diagnosticRows(
      { respondent_role: "self", leader_function: "finance", leader_tenure: "over_2_years", company_stage: "public", situation: "turnaround", urgency: "low", retention_intent: "keep" },
      { intervention_current: "none", intervention_permanent_owner: "yes", intervention_end_date: "no_engagement" },
    ).filter((r) => r.questionId !== "situation");
    const result = assembleDiagnosticInput(V, rows);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toContain("Add at least one constraint before finishing.");
      expect(result.errors.join(" ")).toMatch(/company's situation/);
    }
  });

  it("rejects an unknown version", () => {
    expect(assembleDiagnosticInput("v0", [])).toEqual({ ok: false, errors: ['Unknown questionnaire version "v0".'] });
  });
});
