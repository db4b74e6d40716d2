import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/app-error";
import { zFreeText } from "@/lib/diagnostic/schemas";
import { createShareLink as insertShareLink, type StoredShareLink } from "@/lib/data/share-link-store";
import { createSecretToken } from "@/lib/secret-token";
import { findByResumeLink } from "@/lib/self-serve/open-diagnostic";
import { hashPasscode } from "@/lib/sharing/passcode";
import { addDays, DEFAULT_EXPIRY_DAYS, MAX_EXPIRY_DAYS, MAX_PASSCODE_LENGTH, MIN_PASSCODE_LENGTH } from "@/lib/sharing/share-link-rules";

export const ZShareLinkRequest = z.object({
  label: zFreeText().trim().min(1, "Give the link a label, e.g. “Board, March meeting”.").max(80),
  preparedBy: zFreeText().trim().min(1, "Say who prepared the report; the board sees it.").max(120),
  leaderLabel: zFreeText().trim().max(120).optional(),
  expiresInDays: z.number().int().min(1).max(MAX_EXPIRY_DAYS).default(DEFAULT_EXPIRY_DAYS),
  passcode: z
    .string()
    .max(MAX_PASSCODE_LENGTH)
    .refine((p) => p.length === 0 || p.length >= MIN_PASSCODE_LENGTH, `A passcode needs at least ${MIN_PASSCODE_LENGTH} characters.`)
    .optional(),
  includeFreeText: z.boolean().default(false),
  acknowledged: z.literal(true, "Confirm that anyone holding the link can read the report."),
});
export type TShareLinkRequest = z.input<typeof ZShareLinkRequest>;

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
