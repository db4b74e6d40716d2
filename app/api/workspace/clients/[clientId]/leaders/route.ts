import { handleJson, jsonResponse, readJsonBody } from "@/lib/http/json-route";
import { addLeader, ZLeaderRequest } from "@/lib/workspace/manage-clients";

export async function POST(request: Request, { params }: RouteContext<"/api/workspace/clients/[clientId]/leaders">): Promise<Response> {
  return handleJson(async () => {
    const body = await readJsonBody(request, ZLeaderRequest);
    return jsonResponse(await addLeader(request.headers, (await params).clientId, body), 201);
  });
}
