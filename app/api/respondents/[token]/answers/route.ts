import { clientAddressOf } from "@/lib/http/client-address";
import { handleJson, jsonResponse, readJsonBody } from "@/lib/http/json-route";
import { recordRespondentAnswer } from "@/lib/respondents/answer-as-respondent";
import { ZAnswerSubmission } from "@/lib/self-serve/record-answer";

export async function PUT(request: Request, { params }: RouteContext<"/api/respondents/[token]/answers">): Promise<Response> {
  return handleJson(async () => {
    const submission = await readJsonBody(request, ZAnswerSubmission);
    await recordRespondentAnswer((await params).token, submission, clientAddressOf(request.headers));
    return jsonResponse({ saved: true, questionId: submission.questionId, constraintId: submission.constraintId });
  });
}
