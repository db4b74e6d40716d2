import { ROUTES } from "@/lib/contract/routes";
import { isHttps } from "@/lib/http/content-security-policy";
import { serveRoute } from "@/lib/http/serve-route";
import { serveResultsDocument } from "@/lib/self-serve/results-document";

export const dynamic = "force-dynamic";

/** The owner's results page from its page rendered once per result (lib/self-serve/results-document.ts); the link is checked every time. */
export const GET = serveRoute(ROUTES.resultsDocument, async ({ params, request }) =>
  serveResultsDocument({ token: params.token, cookie: request.headers.get("cookie"), https: isHttps(request.url, request.headers) }),
);
