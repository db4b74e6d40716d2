import "server-only";
import type { StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { listShareLinks } from "@/lib/data/share-link-store";
import { shareLinkStatus } from "@/lib/sharing/share-link-rules";

export async function listIntakeShareLinks(diagnostic: StoredDiagnostic, now: Date = new Date()) {
  return (await listShareLinks(diagnostic.id)).map((link) => ({ ...link, status: shareLinkStatus(link, now) }));
}
