import { ROUTES } from "@/lib/contract/routes";
import { isHttps } from "@/lib/http/content-security-policy";
import { serveRoute } from "@/lib/http/serve-route";
import { serveBoardReportDocument } from "@/lib/sharing/board-report-document";
import { GRANT_COOKIE } from "@/lib/sharing/grant-cookie";

export const dynamic = "force-dynamic";

/** The board report page from its document rendered once per content (lib/sharing/board-report-document.ts); access is checked every time. */
export const GET = serveRoute(ROUTES.boardReportDocument, async ({ params, request }) =>
  serveBoardReportDocument({ token: params.token, grant: request.cookie(GRANT_COOKIE), cookie: request.headers.get("cookie"), https: isHttps(request.url, request.headers) }),
);
