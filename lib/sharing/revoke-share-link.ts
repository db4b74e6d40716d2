import "server-only";
import { revokeShareLink as revokeStored } from "@/lib/data/share-link-store";
import { findByResumeLink } from "@/lib/self-serve/resume-link";

export async function revokeShareLink(resumeToken: string, shareLinkId: string, now: Date = new Date()): Promise<void> {
  const diagnostic = await findByResumeLink(resumeToken);
  await revokeStored({ id: shareLinkId, diagnosticId: diagnostic.id, now });
}
