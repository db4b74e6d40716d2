import { AppError } from "@/lib/app-error";
import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { reportPdf, reportPdfFileName } from "@/lib/report-pdf/render-report-pdf";
import { GRANT_COOKIE } from "@/lib/sharing/grant-cookie";
import { openSharedReport } from "@/lib/sharing/open-shared-report";
import { REPORT_UNAVAILABLE } from "@/lib/sharing/share-link-access";

export const dynamic = "force-dynamic";

/** The board report as a PDF, generated on the server from the same report data as the page (once per content: access is checked first, every time). */
export const GET = serveRoute(ROUTES.reportPdf, async ({ params, request }) => {
  const access = await openSharedReport({ token: params.token, grant: request.cookie(GRANT_COOKIE), kind: "pdf" });
  if (access.status !== "ok") throw new AppError("NOT_FOUND", REPORT_UNAVAILABLE);
  const pdf = await reportPdf(access.report);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${reportPdfFileName(access.report)}"`,
      "Cache-Control": "private, no-store",
    },
  });
});
