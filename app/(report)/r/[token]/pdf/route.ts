import { cookies } from "next/headers";
import { AppError } from "@/lib/app-error";
import { renderReportPdf, reportPdfFileName } from "@/lib/report-pdf/render-report-pdf";
import { GRANT_COOKIE } from "@/lib/sharing/grant-cookie";
import { openSharedReport, REPORT_UNAVAILABLE } from "@/lib/sharing/open-shared-report";

export const dynamic = "force-dynamic";

/** The board report as a PDF, generated on the server from the same report data as the page. */
export async function GET(_request: Request, { params }: RouteContext<"/r/[token]/pdf">): Promise<Response> {
  const { token } = await params;
  try {
    const access = await openSharedReport({ token, grant: (await cookies()).get(GRANT_COOKIE)?.value, kind: "pdf" });
    if (access.status !== "ok") throw new AppError("NOT_FOUND", REPORT_UNAVAILABLE);
    const pdf = await renderReportPdf(access.report);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${reportPdfFileName(access.report)}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (!(error instanceof AppError)) console.error("Unexpected error while rendering a report PDF", error);
    return new Response(REPORT_UNAVAILABLE, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
}
