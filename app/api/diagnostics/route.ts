import { clientAddressOf } from "@/lib/http/client-address";
import { handleJson, jsonResponse, readBodyText } from "@/lib/http/json-route";
import { startDiagnostic } from "@/lib/self-serve/start-diagnostic";

const MAX_FORM_BYTES = 1024;

/**
 * Starts a diagnostic. A plain form post (the landing page's start button works without
 * JavaScript) is redirected to the private resume link; a JSON client gets the link in the body.
 * The start key (the form's `startKey` field or an `Idempotency-Key` header) makes a repeated
 * request return the same diagnostic.
 */
export async function POST(request: Request): Promise<Response> {
  return handleJson(async () => {
    const isForm = (request.headers.get("content-type") ?? "").includes("application/x-www-form-urlencoded");
    const startKey = isForm
      ? (new URLSearchParams(await readBodyText(request, MAX_FORM_BYTES)).get("startKey") ?? undefined)
      : (request.headers.get("idempotency-key") ?? undefined);
    // A form resubmitted from the browser's history carries a used key: the person wants a diagnostic.
    const { token } = await startDiagnostic(startKey, new Date(), { freshWhenUsed: isForm, clientAddress: clientAddressOf(request.headers) });
    const resumePath = `/d/${token}`;
    if (isForm) return new Response(null, { status: 303, headers: { Location: resumePath, "Cache-Control": "no-store" } });
    return jsonResponse({ resumePath }, 201);
  });
}
