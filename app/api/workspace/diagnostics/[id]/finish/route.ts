import { handleJson, jsonResponse } from "@/lib/http/json-route";
import { finishIntake } from "@/lib/workspace/run-intake";

export async function POST(request: Request, { params }: RouteContext<"/api/workspace/diagnostics/[id]/finish">): Promise<Response> {
  return handleJson(async () => jsonResponse({ revision: (await finishIntake(request.headers, (await params).id)).revision }));
}
