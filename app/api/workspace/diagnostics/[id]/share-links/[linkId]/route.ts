import { handleJson, jsonResponse } from "@/lib/http/json-route";
import { revokeIntakeShareLink } from "@/lib/workspace/release-report";

export async function DELETE(request: Request, { params }: RouteContext<"/api/workspace/diagnostics/[id]/share-links/[linkId]">): Promise<Response> {
  return handleJson(async () => {
    const { id, linkId } = await params;
    await revokeIntakeShareLink(request.headers, id, linkId);
    return jsonResponse({ revoked: true });
  });
}
