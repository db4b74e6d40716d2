import { handleJson, jsonResponse, readJsonBody } from "@/lib/http/json-route";
import { claimDiagnostic, ZClaimRequest } from "@/lib/workspace/claim-diagnostic";

export async function POST(request: Request, { params }: RouteContext<"/api/diagnostics/[token]/claim">): Promise<Response> {
  return handleJson(async () => {
    const body = await readJsonBody(request, ZClaimRequest);
    return jsonResponse(await claimDiagnostic(request.headers, (await params).token, body), 201);
  });
}
