import { handleJson, jsonResponse, readJsonBody } from "@/lib/http/json-route";
import { confirmHandoffCriterion, ZHandoffCheckRequest } from "@/lib/workspace/leader-progress";

/** Confirms one handoff exit criterion of the leader's engagement as met (`met: true`) or withdraws it. */
export async function PUT(request: Request, { params }: RouteContext<"/api/workspace/leaders/[leaderId]/handoff-checks">): Promise<Response> {
  return handleJson(async () => {
    const body = await readJsonBody(request, ZHandoffCheckRequest);
    return jsonResponse(await confirmHandoffCriterion(request.headers, (await params).leaderId, body));
  });
}
