import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { teamAnswer, teamProblem } from "@/lib/http/team-answer";
import { removeTeammate } from "@/lib/workspace/remove-teammate";

export const POST = serveRoute(ROUTES.removeTeammate, async ({ consultant, params, request }) => {
  try {
    await removeTeammate(consultant, params.memberId);
    return teamAnswer(request, { json: { removed: true }, notice: "removed" });
  } catch (error) {
    return teamProblem(error, request);
  }
});
