import { bench, describe } from "vitest";
import { assembleDiagnosticInput } from "@/lib/diagnostic/answers";
import { runDiagnostic } from "@/lib/diagnostic/run-diagnostic";
import { PREVIOUS_QUESTIONNAIRE_VERSION } from "@/lib/diagnostic/questionnaires";
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
