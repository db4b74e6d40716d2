import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { seeOther, teamProblem, wantsJson } from "@/lib/http/team-answer";
import { acceptTeamInvitation } from "@/lib/workspace/accept-team-invitation";

/** The invitation page's Join button: into the workspace, or back to the invitation page, which explains what stands in the way. */
export const POST = serveRoute(ROUTES.acceptTeamInvitation, async ({ consultant, params, request }) => {
  try {
    await acceptTeamInvitation(consultant, params.token, new Date());
    if (wantsJson(request.headers)) return Response.json({ joined: true }, { headers: { "Cache-Control": "no-store" } });
    return seeOther("/workspace");
  } catch (error) {
    return teamProblem(error, request, `/invitations/${params.token}`);
  }
});
