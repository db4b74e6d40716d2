import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { withdrawRespondent } from "@/lib/workspace/withdraw-respondent";

export const DELETE = serveRoute(ROUTES.withdrawRespondent, async ({ diagnostic, params }) => {
  await withdrawRespondent(diagnostic, params.respondentId);
  return { withdrawn: true };
});
