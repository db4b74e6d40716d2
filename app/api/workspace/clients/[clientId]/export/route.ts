import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { clientExportToCsv } from "@/lib/workspace/client-export";
import { exportClient } from "@/lib/workspace/export-client";

/** A client's diagnostics as JSON (for re-import) or CSV (for spreadsheets): ?format=json|csv. */
export const GET = serveRoute(ROUTES.exportClient, async ({ consultant, client, query }) => {
  const data = await exportClient(consultant, client.id);
  const csv = query.format === "csv";
  const slug = data.client.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "client";
  return new Response(csv ? clientExportToCsv(data) : JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": csv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${slug}-diagnostics.${csv ? "csv" : "json"}"`,
      "Cache-Control": "private, no-store",
    },
  });
});
