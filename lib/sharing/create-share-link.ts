import "server-only";
import type { ZShareLinkRequest } from "@/lib/contract/requests";
import { z } from "zod";
import { AppError } from "@/lib/app-error";
import { createShareLink as insertShareLink, type StoredShareLink } from "@/lib/data/share-link-store";
import { createSecretToken } from "@/lib/secret-token";
import { findByResumeLink } from "@/lib/self-serve/resume-link";
import { hashPasscode } from "@/lib/sharing/passcode";
import { addDays } from "@/lib/sharing/share-link-rules";


/** Creates a board link for a finished self-serve diagnostic, authorised by its resume link. */
export async function createShareLink(
  resumeToken: string,
  request: z.output<typeof ZShareLinkRequest>,
  now: Date = new Date(),
): Promise<{ token: string; link: StoredShareLink }> {
  const diagnostic = await findByResumeLink(resumeToken);
  if (diagnostic.status !== "finished") throw new AppError("CONFLICT", "Finish the diagnostic before sharing its report.");
  return issueShareLink(diagnostic.id, request, now);
}

/**
 * Issues a link for a diagnostic its caller is already allowed to share. The token is returned
 * once and never stored.
 */
export async function issueShareLink(
  diagnosticId: string,
  request: z.output<typeof ZShareLinkRequest>,
  now: Date,
): Promise<{ token: string; link: StoredShareLink }> {
  const { token, hash } = createSecretToken();
  const link = await insertShareLink({
    diagnosticId,
    tokenHash: hash,
    label: request.label,
    preparedBy: request.preparedBy,
    leaderLabel: request.leaderLabel || null,
    includeFreeText: request.includeFreeText,
    passcodeHash: request.passcode ? await hashPasscode(request.passcode) : null,
    expiresAt: addDays(now, request.expiresInDays),
  });
  return { token, link };
}
