import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { inviteRespondent } from "@/lib/workspace/invite-respondent";

/** Invites a respondent; the personal link is in the answer once and never stored (and is emailed when asked). */
export const POST = serveRoute(ROUTES.inviteRespondent, async ({ diagnostic, body }) => {
  const { token, respondent, delivery } = await inviteRespondent(diagnostic, body);
  const state = ({ off: "none", skipped: "pending", sent: "sent", failed: "failed" } as const)[delivery.state];
  return { id: respondent.id, respondPath: `/respond/${token}`, delivery: { state, error: delivery.state === "failed" ? delivery.error : null } };
});
