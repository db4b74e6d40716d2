import type { TConstraintClass } from "@/lib/diagnostic/result-schemas";

/**
 * How each constraint class is written out, wherever it appears in words (pages, CSV, PDF). A file of
 * its own with a type-only import, so the browser bundles that draw classes take nothing else along.
 */
export const CONSTRAINT_CLASS_LABELS: Record<TConstraintClass, string> = {
  behavioral: "Behavioral",
  behavioral_team: "Behavioral (team adoption)",
  execution: "Execution",
  dual: "Dual",
  no_clear_deficit: "No clear deficit",
  insufficient_evidence: "Insufficient evidence",
};
