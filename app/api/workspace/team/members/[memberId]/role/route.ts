import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { teamAnswer, teamProblem } from "@/lib/http/team-answer";
import { changeTeammateRole } from "@/lib/workspace/change-teammate-role";

export const POST = serveRoute(ROUTES.changeTeammateRole, async ({ consultant, member, body, request }) => {
  try {
    await changeTeammateRole(consultant, member.id, body.role);
    return teamAnswer(request, { json: { role: body.role }, notice: "roleChanged" });
  } catch (error) {
    return teamProblem(error, request);
  }
});
