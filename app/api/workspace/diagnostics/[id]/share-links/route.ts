import { handleJson, jsonResponse, readJsonBody } from "@/lib/http/json-route";
import { ZShareLinkRequest } from "@/lib/sharing/create-share-link";
import { createIntakeShareLink } from "@/lib/workspace/release-report";

export async function POST(request: Request, { params }: RouteContext<"/api/workspace/diagnostics/[id]/share-links">): Promise<Response> {
  return handleJson(async () => {
    const body = await readJsonBody(request, ZShareLinkRequest);
    const { token, link } = await createIntakeShareLink(request.headers, (await params).id, body);
    return jsonResponse({ reportPath: `/r/${token}`, id: link.id, expiresAt: link.expiresAt }, 201);
  });
}
