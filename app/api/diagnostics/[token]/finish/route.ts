import { handleJson, jsonResponse } from "@/lib/http/json-route";
import { finishDiagnostic } from "@/lib/self-serve/finish-diagnostic";

export async function POST(_request: Request, { params }: RouteContext<"/api/diagnostics/[token]/finish">): Promise<Response> {
  return handleJson(async () => {
    const result = await finishDiagnostic((await params).token);
    return jsonResponse({ revision: result.revision });
  });
}
