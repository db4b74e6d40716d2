import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { recordIntakeAnswer } from "@/lib/workspace/record-intake-answer";

export const PUT = serveRoute(ROUTES.saveIntakeAnswer, async ({ diagnostic, body }) => {
  const saved = await recordIntakeAnswer(diagnostic, body);
  return { saved: true, questionId: saved.questionId, constraintId: saved.constraintId, answeredAt: saved.answeredAt };
});
