import { handleJson, jsonResponse, readJsonBody } from "@/lib/http/json-route";
import { createShareLink, ZShareLinkRequest } from "@/lib/sharing/create-share-link";

export async function POST(request: Request, { params }: RouteContext<"/api/diagnostics/[token]/share-links">): Promise<Response> {
  return handleJson(async () => {
    const body = await readJsonBody(request, ZShareLinkRequest);
    const { token, link } = await createShareLink((await params).token, body);
    return jsonResponse({ reportPath: `/r/${token}`, id: link.id, expiresAt: link.expiresAt }, 201);
  });
}
