import "server-only";
import { AppError } from "@/lib/app-error";
import { findDiagnostic } from "@/lib/data/diagnostic-store";
import { hasValidGrant, recordShareLinkView, type StoredShareLink } from "@/lib/data/share-link-store";
import { buildBoardReport, type TBoardReport } from "@/lib/diagnostic";
import { hashSecretToken } from "@/lib/secret-token";
import { releasedReport } from "@/lib/report/assemble-report";
import { findOpenableShareLink, unavailable } from "@/lib/sharing/share-link-access";

export type SharedReportAccess =
  | { status: "passcode_required"; label: string }
  | { status: "ok"; report: TBoardReport; link: StoredShareLink };

/**
 * Opens the board report behind a share link and records the view. A link with a passcode needs a
 * grant (set by unlockSharedReport) before anything of the report is read. While wrong guesses keep
 * a link locked, board members already holding a grant keep reading; everyone else gets the same
 * "not available" as for any bad link.
 */
export async function openSharedReport(input: { token: string; grant: string | undefined; kind: "page" | "pdf"; now?: Date }): Promise<SharedReportAccess> {
  const now = input.now ?? new Date();
  const { status, ...link } = await findOpenableShareLink(input.token, now);
  if (link.passcodeHash) {
    const granted = input.grant ? await hasValidGrant({ shareLinkId: link.id, grantHash: hashSecretToken(input.grant), now }) : false;
    if (!granted) {
      if (input.kind === "pdf" || status === "locked") throw unavailable();
      return { status: "passcode_required", label: link.label };
    }
  } else if (status === "locked") {
    throw unavailable();
  }
  const diagnostic = await findDiagnostic(link.diagnosticId);
  // Only the board's release: withdrawn (or never released), the link shows "not available".
  const released = diagnostic
    ? await releasedReport(diagnostic, "board").catch((error: unknown) => {
        throw error instanceof AppError && error.code === "NOT_FOUND" ? unavailable() : error;
      })
    : null;
  if (!released) throw unavailable();
  const report = buildBoardReport({
    ...released,
    includeFreeText: link.includeFreeText,
    preparedBy: link.preparedBy,
    leaderLabel: link.leaderLabel ?? undefined,
  });
  await recordShareLinkView({ shareLinkId: link.id, kind: input.kind, now });
  const publicLink: StoredShareLink & { passcodeHash?: string | null } = { ...link };
  delete publicLink.passcodeHash;
  return { status: "ok", report, link: publicLink };
}
