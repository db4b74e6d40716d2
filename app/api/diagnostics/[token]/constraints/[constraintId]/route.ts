import { handleJson, jsonResponse } from "@/lib/http/json-route";
import { removeConstraint } from "@/lib/self-serve/remove-constraint";

export async function DELETE(
  _request: Request,
  { params }: RouteContext<"/api/diagnostics/[token]/constraints/[constraintId]">,
): Promise<Response> {
  return handleJson(async () => {
    const { token, constraintId } = await params;
    return jsonResponse({ removedAnswers: await removeConstraint(token, constraintId) });
  });
}
