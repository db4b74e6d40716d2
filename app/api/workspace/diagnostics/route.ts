import { z } from "zod";
import { handleJson, jsonResponse, readJsonBody } from "@/lib/http/json-route";
import { startIntake } from "@/lib/workspace/run-intake";

const ZStartIntake = z.object({ leaderId: z.string().min(1).max(64) });

export async function POST(request: Request): Promise<Response> {
  return handleJson(async () => {
    const { leaderId } = await readJsonBody(request, ZStartIntake);
    const diagnostic = await startIntake(request.headers, leaderId);
    return jsonResponse({ id: diagnostic.id, path: `/workspace/diagnostics/${diagnostic.id}` }, 201);
  });
}
