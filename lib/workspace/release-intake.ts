import "server-only";
import { AppError } from "@/lib/app-error";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import { releaseToAudience, type StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { releaseSectionsFor, type TReportAudience } from "@/lib/diagnostic";

/**
 * Controlled release, one audience at a time: the leader's report or the board's reaches them only
 * once released, with the sections the consultant chose (within what that audience may receive),
 * pinned to the latest result. Releasing again replaces that audience's release.
 */
export async function releaseIntake(
  consultant: ConsultantSession,
  diagnostic: StoredDiagnostic,
  audience: TReportAudience,
  sections: readonly string[],
  now: Date = new Date(),
): Promise<{ resultRevision: number }> {
  if (diagnostic.status !== "finished") throw new AppError("CONFLICT", "Finish the intake before releasing its results.");
  const released = await releaseToAudience({ id: diagnostic.id, workspaceId: consultant.workspace.id, audience, sections: releaseSectionsFor(audience, sections), now });
  return { resultRevision: released.resultRevision };
}
