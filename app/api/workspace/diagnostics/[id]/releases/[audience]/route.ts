import { ROUTES } from "@/lib/contract/routes";
import { sectionsOfForm } from "@/lib/contract/requests";
import { serveRoute } from "@/lib/http/serve-route";
import { releaseIntake } from "@/lib/workspace/release-intake";

/** The preview's "Release" button posts here (no JavaScript needed), then the results page shows the release. */
export const POST = serveRoute(ROUTES.confirmRelease, async ({ consultant, diagnostic, params, body }) => {
  await releaseIntake(consultant, diagnostic, params.audience, sectionsOfForm(body));
  return new Response(null, {
    status: 303,
    headers: { Location: `/workspace/diagnostics/${diagnostic.id}/results?released=${params.audience}#release-${params.audience}`, "Cache-Control": "no-store" },
  });
});
