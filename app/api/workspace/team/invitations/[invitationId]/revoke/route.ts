import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { teamAnswer, teamProblem } from "@/lib/http/team-answer";
import { revokeTeamInvitation } from "@/lib/workspace/revoke-team-invitation";

export const POST = serveRoute(ROUTES.revokeTeamInvitation, async ({ consultant, invitation, request }) => {
  try {
    await revokeTeamInvitation(consultant, invitation.id);
    return teamAnswer(request, { json: { revoked: true }, notice: "revoked" });
  } catch (error) {
    return teamProblem(error, request);
  }
});
