import { errorResponse } from "@/lib/http/json-route";
import { clientExportToCsv } from "@/lib/workspace/client-export";
import { exportClient } from "@/lib/workspace/transfer-client";

/** A client's diagnostics as JSON (for re-import) or CSV (for spreadsheets): ?format=json|csv. */
export async function GET(request: Request, { params }: RouteContext<"/api/workspace/clients/[clientId]/export">): Promise<Response> {
  try {
    const data = await exportClient(request.headers, (await params).clientId);
    const csv = new URL(request.url).searchParams.get("format") === "csv";
    const slug = data.client.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "client";
    return new Response(csv ? clientExportToCsv(data) : JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": csv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${slug}-diagnostics.${csv ? "csv" : "json"}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
