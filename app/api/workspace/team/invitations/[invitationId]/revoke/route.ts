import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { teamAnswer, teamProblem } from "@/lib/http/team-answer";
import { revokeTeamInvitation } from "@/lib/workspace/revoke-team-invitation";

export const POST = serveRoute(ROUTES.revokeTeamInvitation, async ({ consultant, params, request }) => {
  try {
    await revokeTeamInvitation(consultant, params.invitationId);
    return teamAnswer(request, { json: { revoked: true }, notice: "revoked" });
  } catch (error) {
    return teamProblem(error, request);
  }
});
