import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { recentInvitationCookie, teamAnswer, teamProblem } from "@/lib/http/team-answer";
import { inviteTeammate } from "@/lib/workspace/invite-teammate";

/** The owner's invite form. The link goes back in the JSON answer, or to the Team page in a short-lived HttpOnly cookie. */
export const POST = serveRoute(ROUTES.inviteTeammate, async ({ consultant, body, request }) => {
  try {
    const { id, invitePath, token, expiresAt } = await inviteTeammate(consultant, body, new Date());
    return teamAnswer(request, {
      json: { id, invitePath, expiresAt },
      status: 201,
      notice: "invited",
      headers: { "Set-Cookie": recentInvitationCookie(token, request) },
    });
  } catch (error) {
    return teamProblem(error, request);
  }
});
