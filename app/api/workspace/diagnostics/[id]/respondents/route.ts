import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { inviteRespondent } from "@/lib/workspace/invite-respondent";

/** Invites a respondent; the personal link is in the answer once and never stored. */
export const POST = serveRoute(ROUTES.inviteRespondent, async ({ diagnostic, body }) => {
  const { token, respondent } = await inviteRespondent(diagnostic, body);
  return { id: respondent.id, respondPath: `/respond/${token}` };
});
