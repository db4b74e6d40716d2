import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { checkHealth } from "@/lib/operations/check-health";

export const dynamic = "force-dynamic";

export const GET = serveRoute(ROUTES.health, async () => {
  const { healthy, body } = await checkHealth();
  return Response.json(body, { status: healthy ? 200 : 503, headers: { "Cache-Control": "no-store" } });
});
