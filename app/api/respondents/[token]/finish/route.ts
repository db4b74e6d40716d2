import { handleJson, jsonResponse } from "@/lib/http/json-route";
import { submitRespondentAnswers } from "@/lib/respondents/answer-as-respondent";

/** Submits a respondent's answers (the wizard's "finish"); they are locked from then on. */
export async function POST(_request: Request, { params }: RouteContext<"/api/respondents/[token]/finish">): Promise<Response> {
  return handleJson(async () => {
    await submitRespondentAnswers((await params).token);
    return jsonResponse({ submitted: true });
  });
}
