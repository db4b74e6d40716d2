import "server-only";
import { AppError } from "@/lib/app-error";
import { serveKeptPage } from "@/lib/http/kept-pages";
import { openSharedReport } from "@/lib/sharing/open-shared-report";
import { recordShareLinkView } from "@/lib/sharing/share-link-views";

/**
 * The board report page, kept rendered per report (lib/http/kept-pages.ts). What its page shows is
 * the report and the link's token (in the PDF address); the report is named by its versions
 * (lib/report/kept-reports.ts), which the database renews on every change a report can show, and by
 * the link's settings. A revoked or expired link is refused before the kept copy is asked; a
 * withdrawn release renews the version, and its report is "not available". Access (token, passcode grant, expiry, lock-out) is checked and the view recorded on every
 * request. The passcode form and "not available" are rendered per request, as they always were.
 */

/**
 * The report's root element carries this attribute, so a kept page is known to be the report. Text
 * anyone typed is escaped ("<" becomes "&lt;"), so no label or note can forge the tag.
 */
const REPORT_MARKER = /<article\b[^>]*\sdata-board-report="true"/;

export async function serveBoardReportDocument(input: { token: string; grant: string | undefined; cookie: string | null; https: boolean; now?: Date }): Promise<Response> {
  const now = input.now ?? new Date();
  const path = `/r/${input.token}`;
  const access = await openSharedReport({ token: input.token, grant: input.grant, kind: "page", now, recordView: false }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  });
  const opened = access?.status === "ok" ? access : null;
  return serveKeptPage({
    path,
    content: opened?.reportKey ?? null,
    cookie: input.cookie,
    https: input.https,
    marker: REPORT_MARKER,
    // The page that rendered the report recorded its view; every kept copy served records its own.
    afterKeptCopy: async () => {
      if (opened) await recordShareLinkView({ shareLinkId: opened.link.id, kind: "page", now });
    },
  });
}
