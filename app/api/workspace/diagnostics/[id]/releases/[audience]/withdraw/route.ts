import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { withdrawIntakeRelease } from "@/lib/workspace/withdraw-intake-release";

/** The release panel's "Withdraw" button posts here, then back to the results page. */
export const POST = serveRoute(ROUTES.withdrawRelease, async ({ diagnostic, params }) => {
  await withdrawIntakeRelease(diagnostic, params.audience);
  return new Response(null, {
    status: 303,
    headers: { Location: `/workspace/diagnostics/${diagnostic.id}/results?withdrawn=${params.audience}#release-${params.audience}`, "Cache-Control": "no-store" },
  });
});
