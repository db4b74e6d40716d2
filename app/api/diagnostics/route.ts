import { handleJson, jsonResponse } from "@/lib/http/json-route";
import { startDiagnostic } from "@/lib/self-serve/start-diagnostic";

/**
 * Starts a diagnostic. A plain form post (the landing page's start button works without
 * JavaScript) is redirected to the private resume link; a JSON client gets the link in the body.
 */
export async function POST(request: Request): Promise<Response> {
  return handleJson(async () => {
    const { token } = await startDiagnostic();
    const resumePath = `/d/${token}`;
    if ((request.headers.get("content-type") ?? "").includes("application/x-www-form-urlencoded")) {
      return new Response(null, { status: 303, headers: { Location: resumePath, "Cache-Control": "no-store" } });
    }
    return jsonResponse({ resumePath }, 201);
  });
}
