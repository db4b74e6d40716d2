import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { recordAnswer } from "@/lib/self-serve/record-answer";

export const PUT = serveRoute(ROUTES.saveAnswer, async ({ params, body }) => {
  const saved = await recordAnswer(params.token, body);
  return { saved: true, questionId: saved.questionId, constraintId: saved.constraintId, answeredAt: saved.answeredAt };
});
