import { handleJson, jsonResponse } from "@/lib/http/json-route";
import { removeFromWorkspace } from "@/lib/workspace/manage-clients";

export async function DELETE(request: Request, { params }: RouteContext<"/api/workspace/clients/[clientId]">): Promise<Response> {
  return handleJson(async () => {
    await removeFromWorkspace(request.headers, "client", (await params).clientId);
    return jsonResponse({ deleted: true });
  });
}
