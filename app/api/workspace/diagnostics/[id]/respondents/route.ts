import { handleJson, jsonResponse, readJsonBody } from "@/lib/http/json-route";
import { inviteRespondent, ZRespondentInvitation } from "@/lib/workspace/manage-respondents";

/** Invites a respondent; the personal link is in the answer once and never stored. */
export async function POST(request: Request, { params }: RouteContext<"/api/workspace/diagnostics/[id]/respondents">): Promise<Response> {
  return handleJson(async () => {
    const invitation = await readJsonBody(request, ZRespondentInvitation);
    const { token, respondent } = await inviteRespondent(request.headers, (await params).id, invitation);
    return jsonResponse({ id: respondent.id, respondPath: `/respond/${token}` }, 201);
  });
}
