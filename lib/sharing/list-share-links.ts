import "server-only";
import { listShareLinks as listStored } from "@/lib/data/share-link-store";
import { findByResumeLink } from "@/lib/self-serve/resume-link";
import { shareLinkStatus } from "@/lib/sharing/share-link-rules";

type TListedLink = Awaited<ReturnType<typeof listStored>>[number] & { status: ReturnType<typeof shareLinkStatus> };

/** A link as the owner's panel shows it (dates as ISO strings, no secrets). */
export function toShareLinkRow(link: TListedLink) {
  return {
    id: link.id,
    label: link.label,
    status: link.status,
    hasPasscode: link.hasPasscode,
    includeFreeText: link.includeFreeText,
    createdAt: link.createdAt.toISOString(),
    expiresAt: link.expiresAt.toISOString(),
    lastViewedAt: link.lastViewedAt?.toISOString() ?? null,
    viewCount: link.viewCount,
    recentViews: link.recentViews.map((view) => ({ viewedAt: view.viewedAt.toISOString(), kind: view.kind })),
  };
}

/** The owner's view of every link: status, dates, view counts and the access log. */
export async function listShareLinks(resumeToken: string, now: Date = new Date()) {
  const diagnostic = await findByResumeLink(resumeToken);
  const links = await listStored(diagnostic.id);
  return links.map((link) => ({ ...link, status: shareLinkStatus(link, now) }));
}
