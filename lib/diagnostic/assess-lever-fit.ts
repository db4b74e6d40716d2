import type { TConstraintResult } from "@/lib/diagnostic/result-schemas";
import type { TInterventionKind } from "@/lib/diagnostic/schemas";
import { CROSS_PROBE_CLEAR } from "@/lib/diagnostic/scoring-rules";

export type TLeverMismatch = "coaching_structural" | "systematizing_behavioral" | "replacing_structural";

export type TLeverFit = {
  mismatch: TLeverMismatch | null;
  /** Constraints the current lever does not reach. */
  missed: TConstraintResult[];
  severity: "medium" | "high";
};

const hasExecution = (r: TConstraintResult) => r.class === "execution" || r.class === "dual";

/**
 * Does the current or planned lever fit the classification? Person-focused levers (coaching, board
 * mentoring) cannot fix structural constraints; an operator alone cannot fix a purely behavioral one;
 * replacing the leader does not fix a problem that would outlast them.
 */
export function assessLeverFit(current: TInterventionKind, results: readonly TConstraintResult[]): TLeverFit {
  if (current === "coaching" || current === "board_mentor") {
    const missed = results.filter(hasExecution);
    const anyPure = missed.some((r) => r.class === "execution");
    return { mismatch: missed.length > 0 ? "coaching_structural" : null, missed, severity: anyPure ? "high" : "medium" };
  }
  if (current === "fractional") {
    const missed = results.filter((r) => r.class === "behavioral");
    return { mismatch: missed.length > 0 ? "systematizing_behavioral" : null, missed, severity: "high" };
  }
  if (current === "replace_executive") {
    const missed = results.filter(
      (r) => hasExecution(r) && typeof r.persistsIfReplaced === "number" && r.persistsIfReplaced >= CROSS_PROBE_CLEAR,
    );
    return { mismatch: missed.length > 0 ? "replacing_structural" : null, missed, severity: "high" };
  }
  return { mismatch: null, missed: [], severity: "medium" };
}
