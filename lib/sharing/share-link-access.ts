import "server-only";
import { AppError } from "@/lib/app-error";
import { findShareLinkByTokenHash } from "@/lib/data/share-link-store";
import { hashSecretToken, isWellFormedToken } from "@/lib/secret-token";
import { shareLinkStatus } from "@/lib/sharing/share-link-rules";

/** The one message for every link that does not open a report: no hint whether it ever existed. */
export const REPORT_UNAVAILABLE = "This report is not available.";

export const unavailable = () => new AppError("NOT_FOUND", REPORT_UNAVAILABLE);

/** The active link behind a token, or NOT_FOUND for unknown, expired, revoked and locked links alike. */
export async function findActiveShareLink(token: string, now: Date) {
  const link = await findOpenableShareLink(token, now);
  if (link.status !== "active") throw unavailable();
  return link;
}

/** Like findActiveShareLink, but a locked link is returned (with its status): a lock-out stops guesses, not readers. */
export async function findOpenableShareLink(token: string, now: Date) {
  const link = isWellFormedToken(token) ? await findShareLinkByTokenHash(hashSecretToken(token)) : null;
  const status = link ? shareLinkStatus(link, now) : null;
  if (!link || (status !== "active" && status !== "locked")) throw unavailable();
  return { ...link, status };
}
