import { handleJson, jsonResponse } from "@/lib/http/json-route";
import { removeFromWorkspace } from "@/lib/workspace/manage-clients";

export async function DELETE(request: Request, { params }: RouteContext<"/api/workspace/diagnostics/[id]">): Promise<Response> {
  return handleJson(async () => {
    await removeFromWorkspace(request.headers, "diagnostic", (await params).id);
    return jsonResponse({ deleted: true });
  });
}
