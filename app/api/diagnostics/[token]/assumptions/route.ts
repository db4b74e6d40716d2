import { handleJson, jsonResponse, readJsonBody } from "@/lib/http/json-route";
import { reviseAssumptions, ZAssumptionsSubmission } from "@/lib/self-serve/revise-assumptions";

export async function PUT(request: Request, { params }: RouteContext<"/api/diagnostics/[token]/assumptions">): Promise<Response> {
  return handleJson(async () => {
    const submission = await readJsonBody(request, ZAssumptionsSubmission);
    const result = await reviseAssumptions((await params).token, submission);
    return jsonResponse({ revision: result.revision });
  });
}
