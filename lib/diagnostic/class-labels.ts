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

/** A class inside a sentence: "dual", "behavioral (team adoption)", "no clear deficit". */
export function classInWords(cls: TConstraintClass): string {
  const label = CONSTRAINT_CLASS_LABELS[cls];
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** The weight v2 gives a constraint's deficit (absent in v1 results). */
export type TDeficitLevel = "none" | "minor" | "clear" | "strong";

/** v2's deficit weight in words ("minor" is a borderline deficit). */
export const DEFICIT_LEVEL_LABELS: Record<TDeficitLevel, string> = { none: "None", minor: "Minor", clear: "Clear", strong: "Strong" };
