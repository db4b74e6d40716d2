import { handleJson, jsonResponse, readJsonBody } from "@/lib/http/json-route";
import { addClient, ZClientRequest } from "@/lib/workspace/manage-clients";

export async function POST(request: Request): Promise<Response> {
  return handleJson(async () => {
    const body = await readJsonBody(request, ZClientRequest);
    return jsonResponse(await addClient(request.headers, body), 201);
  });
}
