import { handleJson, jsonResponse, readJsonBody } from "@/lib/http/json-route";
import { releaseIntake, ZReleaseRequest } from "@/lib/workspace/release-report";

/** Releases the results to the leader and makes board links possible, with the chosen sections. */
export async function POST(request: Request, { params }: RouteContext<"/api/workspace/diagnostics/[id]/release">): Promise<Response> {
  return handleJson(async () => {
    const body = await readJsonBody(request, ZReleaseRequest);
    await releaseIntake(request.headers, (await params).id, body);
    return jsonResponse({ released: true });
  });
}
