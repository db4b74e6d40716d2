import { handleJson, jsonResponse } from "@/lib/http/json-route";
import { eraseDiagnostic } from "@/lib/self-serve/erase-diagnostic";

export async function DELETE(_request: Request, { params }: RouteContext<"/api/diagnostics/[token]">): Promise<Response> {
  return handleJson(async () => {
    await eraseDiagnostic((await params).token);
    return jsonResponse({ deleted: true });
  });
}
