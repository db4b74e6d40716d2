import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { removeConstraint } from "@/lib/self-serve/remove-constraint";

export const DELETE = serveRoute(ROUTES.removeConstraint, async ({ params }) => ({ removedAnswers: await removeConstraint(params.token, params.constraintId) }));
