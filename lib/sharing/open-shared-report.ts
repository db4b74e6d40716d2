import "server-only";
import { AppError } from "@/lib/app-error";
import { findDiagnosticForReport } from "@/lib/data/diagnostic-store";
import { hasValidGrant, type StoredShareLink } from "@/lib/data/share-link-store";
import { buildBoardReport, type TBoardReport, type TBranding } from "@/lib/diagnostic";
import { hashSecretToken } from "@/lib/secret-token";
import { releasedReport, reportBranding } from "@/lib/report/assemble-report";
import { keptReport, reportKeyOf, type TReportKey } from "@/lib/report/kept-reports";
import { findOpenableShareLink, unavailable } from "@/lib/sharing/share-link-access";
import { MAX_FAILED_ATTEMPTS } from "@/lib/sharing/share-link-rules";
import { recordShareLinkView } from "@/lib/sharing/share-link-views";

export type SharedReportAccess =
  | {
      status: "passcode_required";
      label: string;
      /** The firm's logo, name and colour, shown on the passcode form. */
      branding: TBranding | null;
      /** Wrong passcodes still allowed before the link locks. */
      attemptsLeft: number;
      /** While too many wrong passcodes keep the link locked: when that ends. */
      lockedUntil: Date | null;
    }
  | {
      status: "ok";
      report: TBoardReport;
      /** Names this report (lib/report/kept-reports.ts): a page rendered from it can be kept by it. */
      reportKey: string;
      link: StoredShareLink;
    };

/**
 * Opens the board report behind a share link and records the view. A link with a passcode needs a
 * grant (set by unlockSharedReport) before anything of the report is read; until then the page gets
 * the passcode form's facts (label, branding, attempts left, lock-out end). While wrong guesses keep
 * a link locked, board members already holding a grant keep reading; everyone else sees the lock on
 * the passcode page, and the PDF stays "not available".
 */
export async function openSharedReport(input: {
  token: string;
  grant: string | undefined;
  kind: "page" | "pdf";
  now?: Date;
  /** False when the caller records the view itself (the board report served from its rendered document). */
  recordView?: boolean;
}): Promise<SharedReportAccess> {
  const now = input.now ?? new Date();
  const { status, ...link } = await findOpenableShareLink(input.token, now);
  if (link.passcodeHash) {
    const granted = input.grant ? await hasValidGrant({ shareLinkId: link.id, grantHash: hashSecretToken(input.grant), now }) : false;
    if (!granted) {
      if (input.kind === "pdf") throw unavailable();
      const locked = status === "locked" && link.lockedUntil !== null;
      return {
        status: "passcode_required",
        label: link.label,
        branding: await reportBranding(link.diagnosticId),
        attemptsLeft: locked ? 0 : Math.max(0, MAX_FAILED_ATTEMPTS - link.failedAttempts),
        lockedUntil: locked ? link.lockedUntil : null,
      };
    }
  } else if (status === "locked") {
    throw unavailable();
  }
  const diagnostic = await findDiagnosticForReport(link.diagnosticId);
  if (!diagnostic) throw unavailable();
  const key: TReportKey = {
    diagnosticId: diagnostic.id,
    reportVersion: diagnostic.reportVersion,
    brandingVersion: diagnostic.brandingVersion,
    diagnosticUpdatedAt: diagnostic.updatedAt,
    settings: ["board", link.includeFreeText, link.preparedBy, link.leaderLabel],
  };
  const report = await keptReport(key, async () => {
    // Only the board's release: withdrawn (or never released), the link shows "not available".
    const released = await releasedReport(diagnostic, "board").catch((error: unknown) => {
      throw error instanceof AppError && error.code === "NOT_FOUND" ? unavailable() : error;
    });
    if (!released) throw unavailable();
    return buildBoardReport({
      ...released,
      includeFreeText: link.includeFreeText,
      preparedBy: link.preparedBy,
      leaderLabel: link.leaderLabel ?? undefined,
    });
  });
  if (input.recordView !== false) await recordShareLinkView({ shareLinkId: link.id, kind: input.kind, now });
  const publicLink: StoredShareLink & { passcodeHash?: string | null; failedAttempts?: number } = { ...link };
  delete publicLink.passcodeHash;
  delete publicLink.failedAttempts;
  return { status: "ok", report, reportKey: reportKeyOf(key), link: publicLink };
}
