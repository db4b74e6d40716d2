import { handleJson, jsonResponse } from "@/lib/http/json-route";
import { removeIntakeConstraint } from "@/lib/workspace/run-intake";

export async function DELETE(request: Request, { params }: RouteContext<"/api/workspace/diagnostics/[id]/constraints/[constraintId]">): Promise<Response> {
  return handleJson(async () => {
    const { id, constraintId } = await params;
    return jsonResponse({ removedAnswers: await removeIntakeConstraint(request.headers, id, constraintId) });
  });
}
