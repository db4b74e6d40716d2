import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { remindRespondent } from "@/lib/workspace/remind-respondent";

export const POST = serveRoute(ROUTES.remindRespondent, async ({ diagnostic, params }) => {
  const { emailed, token, error } = await remindRespondent(diagnostic, params.respondentId);
  return { emailed, respondPath: token ? `/respond/${token}` : null, error };
});
