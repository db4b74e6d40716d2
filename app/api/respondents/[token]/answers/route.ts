import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { recordRespondentAnswer } from "@/lib/respondents/record-respondent-answer";

export const PUT = serveRoute(ROUTES.saveRespondentAnswer, async ({ params, body, request }) => {
  await recordRespondentAnswer(params.token, body, request.clientAddress);
  return { saved: true, questionId: body.questionId, constraintId: body.constraintId };
});
