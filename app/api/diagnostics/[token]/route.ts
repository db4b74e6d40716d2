import { handleJson, jsonResponse } from "@/lib/http/json-route";
import { eraseDiagnostic } from "@/lib/self-serve/erase-diagnostic";
import { openDiagnostic } from "@/lib/self-serve/open-diagnostic";

/** The diagnostic behind a resume link as JSON: its status and every stored answer. */
export async function GET(_request: Request, { params }: RouteContext<"/api/diagnostics/[token]">): Promise<Response> {
  return handleJson(async () => {
    const { token } = await params;
    const { diagnostic, answers } = await openDiagnostic(token);
    return jsonResponse({
      status: diagnostic.status,
      questionnaireVersion: diagnostic.questionnaireVersion,
      createdAt: diagnostic.createdAt,
      finishedAt: diagnostic.finishedAt,
      answers,
      ...(diagnostic.status === "finished" ? { resultsPath: `/d/${token}/results` } : {}),
    });
  });
}

export async function DELETE(_request: Request, { params }: RouteContext<"/api/diagnostics/[token]">): Promise<Response> {
  return handleJson(async () => {
    await eraseDiagnostic((await params).token);
    return jsonResponse({ deleted: true });
  });
}
