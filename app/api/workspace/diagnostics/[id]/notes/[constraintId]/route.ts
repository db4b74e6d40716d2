import { z } from "zod";
import { handleJson, jsonResponse, readJsonBody } from "@/lib/http/json-route";
import { MAX_NOTE_LENGTH, saveIntakeNote } from "@/lib/workspace/run-intake";

const ZNote = z.object({ text: z.string().max(MAX_NOTE_LENGTH, `A note can be at most ${MAX_NOTE_LENGTH} characters.`) });

export async function PUT(request: Request, { params }: RouteContext<"/api/workspace/diagnostics/[id]/notes/[constraintId]">): Promise<Response> {
  return handleJson(async () => {
    const { id, constraintId } = await params;
    const { text } = await readJsonBody(request, ZNote);
    await saveIntakeNote(request.headers, id, constraintId, text);
    return jsonResponse({ saved: true });
  });
}
