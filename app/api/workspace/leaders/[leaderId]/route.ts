import { handleJson, jsonResponse } from "@/lib/http/json-route";
import { removeFromWorkspace } from "@/lib/workspace/manage-clients";

export async function DELETE(request: Request, { params }: RouteContext<"/api/workspace/leaders/[leaderId]">): Promise<Response> {
  return handleJson(async () => {
    await removeFromWorkspace(request.headers, "leader", (await params).leaderId);
    return jsonResponse({ deleted: true });
  });
}
