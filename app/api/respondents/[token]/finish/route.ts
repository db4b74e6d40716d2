import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { submitRespondentAnswers } from "@/lib/respondents/submit-respondent-answers";

/** Submits a respondent's answers (the wizard's "finish"); they are locked from then on. */
export const POST = serveRoute(ROUTES.submitRespondentAnswers, async ({ params, request }) => {
  await submitRespondentAnswers(params.token, request.clientAddress);
  return { submitted: true };
});
