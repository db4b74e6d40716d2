import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { removeIntakeConstraint } from "@/lib/workspace/run-intake";

export const DELETE = serveRoute(ROUTES.removeIntakeConstraint, async ({ diagnostic, params }) => ({
  removedAnswers: await removeIntakeConstraint(diagnostic, params.constraintId),
}));
