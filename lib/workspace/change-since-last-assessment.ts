import "server-only";
import { findLatestResult } from "@/lib/data/diagnostic-store";
import { compareAssessments, ZDiagnosticResult, type TAssessmentChange, type TDiagnosticResult } from "@/lib/diagnostic";
import type { EngagementContext } from "@/lib/workspace/open-engagement";

/** The change per constraint since the previous finished assessment of the same leader; null for a first one. */
export async function changeSinceLastAssessment(engagement: EngagementContext, result: TDiagnosticResult): Promise<TAssessmentChange | null> {
  if (!engagement.previous) return null;
  const stored = await findLatestResult(engagement.previous.id);
  const previous = stored ? ZDiagnosticResult.safeParse(stored.snapshot) : null;
  if (!previous?.success) return null;
  return compareAssessments({ assessedAt: engagement.previous.assessedAt.toISOString(), result: previous.data }, { result });
}
