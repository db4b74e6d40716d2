import "server-only";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import type { StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { findAssessedLeader } from "@/lib/data/workspace-store";
import { buildBoardReport, type TBoardReport, type TReportAudience, type TReportSection } from "@/lib/diagnostic";
import { proposedReport } from "@/lib/report/assemble-report";
import { readIntakeReleases, type TIntakeRelease } from "@/lib/workspace/read-intake-release";

/**
 * What one audience would read if the release went out now with these sections (or, without any,
 * the sections of the current release or the defaults): built by the same function as the real
 * report, with the latest result and every answer submitted so far. The leader's copy is prepared
 * by the workspace, as on the leader's link; the board's by the consultant with the free text, as
 * a board link that includes it.
 */
export async function previewIntakeRelease(
  consultant: ConsultantSession,
  diagnostic: StoredDiagnostic,
  audience: TReportAudience,
  sections: readonly string[] | null,
  now: Date = new Date(),
): Promise<{ report: TBoardReport; sections: TReportSection[]; current: TIntakeRelease } | null> {
  const releases = await readIntakeReleases(diagnostic);
  const current = releases[audience];
  const [proposed, assessed] = await Promise.all([proposedReport(diagnostic, audience, sections ?? current.sections, now), findAssessedLeader(diagnostic.id)]);
  if (!proposed || !assessed) return null;
  const report = buildBoardReport({
    ...proposed,
    includeFreeText: true,
    preparedBy: audience === "leader" ? (assessed.brandName ?? assessed.workspaceName) : consultant.user.name,
    leaderLabel: assessed.leaderName,
  });
  return { report, sections: proposed.sections ?? [], current };
}
