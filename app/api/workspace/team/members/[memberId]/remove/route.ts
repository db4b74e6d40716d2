import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { teamAnswer, teamProblem } from "@/lib/http/team-answer";
import { removeTeammate } from "@/lib/workspace/remove-teammate";

export const POST = serveRoute(ROUTES.removeTeammate, async ({ consultant, member, request }) => {
  try {
    await removeTeammate(consultant, member.id);
    return teamAnswer(request, { json: { removed: true }, notice: "removed" });
  } catch (error) {
    return teamProblem(error, request);
  }
});
