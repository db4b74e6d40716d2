import { clientAddressOf } from "@/lib/http/client-address";
import { handleJson, jsonResponse } from "@/lib/http/json-route";
import { submitRespondentAnswers } from "@/lib/respondents/answer-as-respondent";

/** Submits a respondent's answers (the wizard's "finish"); they are locked from then on. */
export async function POST(request: Request, { params }: RouteContext<"/api/respondents/[token]/finish">): Promise<Response> {
  return handleJson(async () => {
    await submitRespondentAnswers((await params).token, clientAddressOf(request.headers));
    return jsonResponse({ submitted: true });
  });
}
