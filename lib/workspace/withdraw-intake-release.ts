import "server-only";
import { withdrawAudienceRelease, type StoredDiagnostic } from "@/lib/data/diagnostic-store";
import type { TReportAudience } from "@/lib/diagnostic";

/**
 * Withdraws one audience's release at once: the leader's link stops showing the report, or every
 * board link shows "not available" (links stay, and work again after a new release to the board).
 */
export async function withdrawIntakeRelease(diagnostic: StoredDiagnostic, audience: TReportAudience): Promise<{ withdrawn: boolean }> {
  return { withdrawn: await withdrawAudienceRelease({ diagnosticId: diagnostic.id, audience }) };
}
