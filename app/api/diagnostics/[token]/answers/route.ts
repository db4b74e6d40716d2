import { handleJson, jsonResponse, readJsonBody } from "@/lib/http/json-route";
import { recordAnswer, ZAnswerSubmission } from "@/lib/self-serve/record-answer";

export async function PUT(request: Request, { params }: RouteContext<"/api/diagnostics/[token]/answers">): Promise<Response> {
  return handleJson(async () => {
    const submission = await readJsonBody(request, ZAnswerSubmission);
    const saved = await recordAnswer((await params).token, submission);
    return jsonResponse({ saved: true, questionId: saved.questionId, constraintId: saved.constraintId, answeredAt: saved.answeredAt });
  });
}
