import { handleJson, jsonResponse, readJsonBody } from "@/lib/http/json-route";
import { ZAnswerSubmission } from "@/lib/self-serve/record-answer";
import { recordIntakeAnswer } from "@/lib/workspace/run-intake";

export async function PUT(request: Request, { params }: RouteContext<"/api/workspace/diagnostics/[id]/answers">): Promise<Response> {
  return handleJson(async () => {
    const submission = await readJsonBody(request, ZAnswerSubmission);
    const saved = await recordIntakeAnswer(request.headers, (await params).id, submission);
    return jsonResponse({ saved: true, questionId: saved.questionId, constraintId: saved.constraintId, answeredAt: saved.answeredAt });
  });
}
