import { handleJson, jsonResponse } from "@/lib/http/json-route";
import { withdrawRespondent } from "@/lib/workspace/manage-respondents";

export async function DELETE(request: Request, { params }: RouteContext<"/api/workspace/diagnostics/[id]/respondents/[respondentId]">): Promise<Response> {
  return handleJson(async () => {
    const { id, respondentId } = await params;
    await withdrawRespondent(request.headers, id, respondentId);
    return jsonResponse({ withdrawn: true });
  });
}
