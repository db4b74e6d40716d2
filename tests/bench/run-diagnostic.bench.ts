import { bench, describe } from "vitest";
import { assembleDiagnosticInput } from "@/lib/diagnostic/answers";
import { runDiagnostic } from "@/lib/diagnostic/run-diagnostic";
import { CURRENT_QUESTIONNAIRE_VERSION, PREVIOUS_QUESTIONNAIRE_VERSION } from "@/lib/diagnostic/questionnaires";
import { constraintRows, diagnosticRows } from "@/tests/fixtures/scenarios";

const catalogIds = ["missed_targets", "delivery_slips", "numbers_disputed", "leader_overwhelmed", "cross_functional_friction"];
const rows = [
  ...diagnosticRows(
    { respondent_role: "board_member", leader_function: "operations", leader_tenure: "under_6_months", company_stage: "series_c_plus", situation: "exit_preparation", urgency: "high", retention_intent: "keep" },
    { intervention_current: "coaching", intervention_permanent_owner: "not_decided", intervention_end_date: "no" },
  ),
  ...catalogIds.flatMap((catalogId, i) =>
    constraintRows(`c${i + 1}`, { kind: "catalog", catalogId }, {
      b_pressure: (i % 4) as 0 | 1 | 2 | 3, b_decisions: 2, b_delegation: 1, b_presence: "dont_know", b_communication: 3,
      e_decision_rights: 3, e_cadence: 2, e_metrics: ((i + 1) % 4) as 0 | 1 | 2 | 3, e_incentives: 1, e_process_tooling: 2, e_interfaces: 0,
      x_complexity: 2, x_persistence: 3,
    }),
  ),
];
const assembled = assembleDiagnosticInput(PREVIOUS_QUESTIONNAIRE_VERSION, rows);
if (!assembled.ok) throw new Error(assembled.errors.join("\n"));
const input = assembled.input;

describe("diagnostic engine, 5 constraints", () => {
  bench("runDiagnostic", () => {
    runDiagnostic(input);
  });
  bench("assembleDiagnosticInput + runDiagnostic", () => {
    const a = assembleDiagnosticInput(PREVIOUS_QUESTIONNAIRE_VERSION, rows);
    if (a.ok) runDiagnostic(a.input);
  });
});

// Questionnaire v2: the profile once, eight answers per constraint, and the "what would change it" search.
const rowV2 = (questionId: string, value: unknown, constraintId: string | null = null) => ({ questionId, constraintId, value });
const rowsV2 = [
  ...Object.entries({ respondent_role: "board_member", leader_function: "operations", role_stretch: "big_step", deadline: "12", retention_intent: "keep", budget: "one", intervention_current: "coaching", intervention_status: "mixed" }).map(([id, v]) => rowV2(id, v)),
  ...Object.entries({ p_composure: 1, p_decisions: 3, p_delegation: 2, p_conflict: 1, p_presence: 1, p_communication: 2, p_feedback: 0, p_load: 2 }).map(([id, v]) => rowV2(id, v)),
  ...catalogIds.flatMap((catalogId, i) => [
    rowV2("constraint_definition", { kind: "catalog", catalogId }, `c${i + 1}`),
    ...Object.entries({ k_decision_rights: 3, k_cadence: 2, k_metrics: (i + 1) % 4, k_incentives: 1, k_process: 2, k_leader: i % 4, k_adoption: "dont_know", k_attribution: 2 }).map(([id, v]) => rowV2(id, v, `c${i + 1}`)),
  ]),
];
const assembledV2 = assembleDiagnosticInput(CURRENT_QUESTIONNAIRE_VERSION, rowsV2);
if (!assembledV2.ok) throw new Error(assembledV2.errors.join("\n"));
const inputV2 = assembledV2.input;

describe("diagnostic engine v2, 5 constraints", () => {
  bench("runDiagnostic (v2)", () => {
    runDiagnostic(inputV2);
  });
});
