import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { removeIntakeConstraint } from "@/lib/workspace/remove-intake-constraint";

export const DELETE = serveRoute(ROUTES.removeIntakeConstraint, async ({ diagnostic, params }) => ({
  removedAnswers: await removeIntakeConstraint(diagnostic, params.constraintId),
}));
