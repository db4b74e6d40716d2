import { ROUTES } from "@/lib/contract/routes";
import { isHttps } from "@/lib/http/content-security-policy";
import { serveRoute } from "@/lib/http/serve-route";
import { serveDashboardDocument } from "@/lib/workspace/dashboard-document";

export const dynamic = "force-dynamic";

/** The consultants' dashboard from its page rendered once per dashboard version (lib/workspace/dashboard-document.ts); the session is checked every time. */
export const GET = serveRoute(ROUTES.dashboardDocument, async ({ request }) =>
  serveDashboardDocument({ headers: request.headers, search: request.url.searchParams, https: isHttps(request.url, request.headers) }),
);
