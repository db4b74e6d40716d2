import { handleJson, jsonResponse } from "@/lib/http/json-route";
import { revokeShareLink } from "@/lib/sharing/manage-share-links";

/** Revokes a link at once; the report behind it then answers like any unknown link. */
export async function DELETE(_request: Request, { params }: RouteContext<"/api/diagnostics/[token]/share-links/[linkId]">): Promise<Response> {
  return handleJson(async () => {
    const { token, linkId } = await params;
    await revokeShareLink(token, linkId);
    return jsonResponse({ revoked: true });
  });
}
