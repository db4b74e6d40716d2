import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { recordSmallGroupConsent } from "@/lib/respondents/record-small-group-consent";

/** The consent form on a board member's or peer's page posts here, then back to their questions. */
export const POST = serveRoute(ROUTES.recordSmallGroupConsent, async ({ params: { token }, body, request }) => {
  await recordSmallGroupConsent(token, body.consent === "yes", request.clientAddress);
  return new Response(null, { status: 303, headers: { Location: `/respond/${token}`, "Cache-Control": "no-store" } });
});
