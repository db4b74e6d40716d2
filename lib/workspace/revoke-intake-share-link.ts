import "server-only";
import type { StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { revokeShareLink } from "@/lib/data/share-link-store";

export async function revokeIntakeShareLink(diagnostic: StoredDiagnostic, shareLinkId: string, now: Date = new Date()): Promise<void> {
  await revokeShareLink({ id: shareLinkId, diagnosticId: diagnostic.id, now });
}
