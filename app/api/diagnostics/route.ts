import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { startDiagnostic } from "@/lib/self-serve/start-diagnostic";

/**
 * Starts a diagnostic. A plain form post (the landing page's start button works without
 * JavaScript) is redirected to the private resume link; a JSON client gets the link in the body.
 * The start key (the form's `startKey` field or an `Idempotency-Key` header) makes a repeated
 * request return the same diagnostic.
 */
export const POST = serveRoute(ROUTES.startDiagnostic, async ({ body, request }) => {
  const isForm = (request.headers.get("content-type") ?? "").includes("application/x-www-form-urlencoded");
  // The landing page's form posts an empty key when its script has not run: no key, then.
  const startKey = isForm ? body.startKey || undefined : (request.headers.get("idempotency-key") ?? undefined);
  // A form resubmitted from the browser's history carries a used key: the person wants a diagnostic.
  const { token } = await startDiagnostic(startKey, new Date(), { freshWhenUsed: isForm, clientAddress: request.clientAddress });
  const resumePath = `/d/${token}`;
  if (isForm) return new Response(null, { status: 303, headers: { Location: resumePath, "Cache-Control": "no-store" } });
  return Response.json({ resumePath }, { status: 201, headers: { "Cache-Control": "no-store" } });
});
