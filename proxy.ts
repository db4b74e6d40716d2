import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, isHttps, STRICT_TRANSPORT_SECURITY, type TPolicy } from "@/lib/http/content-security-policy";
import { ALLOWED_METHODS, isAllowedMethod } from "@/lib/http/security-headers";
import { prerenderedScriptHashes } from "@/lib/http/static-page-policy";
import { RENDER_HEADER } from "@/lib/http/render-header";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Sign-in and sign-up are prerendered; with a query (where to go next, or why a post made before
 * JavaScript loaded came back) they are rendered per request at these addresses instead, under the
 * same URL.
 */
const WITH_QUERY = new Map([
  ["/sign-in", "/sign-in/continue"],
  ["/sign-up", "/sign-up/continue"],
]);

/**
 * A fresh nonce per page request and a strict Content-Security-Policy that allows only scripts
 * carrying it (Next adds the nonce to its own scripts when it finds it in the request's policy).
 * Prerendered pages cannot carry a nonce: their policy lists the hashes of the inline scripts the
 * build wrote into them instead (lib/http/static-page-policy.ts). The board report and the results
 * page are served from their kept pages by their own routes, which set the policy (see below). The other
 * security headers come from next.config.ts for every path.
 *
 * Before that, three refusals that no route should have to repeat: unknown methods (405), paths
 * that are not valid percent-encoded UTF-8 (Next would fail decoding their params and answer a bare
 * 500), and changes sent from another site's page (403) to any path, including the report's
 * passcode form, which posts outside /api.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const api = pathname.startsWith("/api/");
  const variant = search ? WITH_QUERY.get(pathname) : undefined;
  const decodable = isDecodablePath(pathname);
  // A path that cannot be decoded gets the not-found page, like any address no route serves.
  const scriptHashes = api || variant ? undefined : prerenderedScriptHashes(decodable ? pathname : "/not-found");
  const policy = contentSecurityPolicy({ https: isHttps(request.nextUrl, request.headers), scriptHashes });
  if (!isAllowedMethod(request.method)) {
    return refuse(api, policy, 405, "This method is not allowed.", { Allow: ALLOWED_METHODS.join(", ") });
  }
  if (!SAFE_METHODS.has(request.method) && isFromAnotherSite(request)) {
    return refuse(api, policy, 403, "Requests from other sites are not accepted.");
  }
  if (!decodable) {
    if (api) return refuse(api, policy, 400, "The address is not valid: it contains a malformed percent-encoding.");
    // The ordinary not-found page: no route matches this path.
    return withPolicy(NextResponse.rewrite(new URL("/not-found", request.url), forward(request, policy)), policy);
  }
  if (api) return NextResponse.next();
  if (servesKeptPage(request)) {
    // The route sets the policy: the hashes of the kept page it serves, or the nonce of a page it passes on.
    const url = request.nextUrl.clone();
    url.pathname = `${pathname}/document`;
    const response = NextResponse.rewrite(url);
    if (policy.https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    return response;
  }
  if (variant) {
    const url = request.nextUrl.clone();
    url.pathname = variant;
    return withPolicy(NextResponse.rewrite(url, forward(request, policy)), policy);
  }
  return withPolicy(NextResponse.next(forward(request, policy)), policy);
}

/** Pages served from a kept copy; `query` says whether an address with a query is too (the dashboard's filters). */
const KEPT_PAGES: { path: RegExp; query: boolean }[] = [
  { path: /^\/r\/[A-Za-z0-9_-]{43}$/, query: false },
  { path: /^\/d\/[A-Za-z0-9_-]{43}\/results$/, query: false },
  { path: /^\/workspace\/diagnostics$/, query: true },
];

/**
 * The board report, the owner's results page and the consultants' dashboard opened in the browser
 * are served from their page rendered once per content (lib/http/kept-pages.ts), by the route at the
 * same address plus `/document`; except the app's own request that renders them, a report or
 * results address with a query (a return from a wrong passcode), and the router's requests for a
 * page's data. Development renders every view.
 */
function servesKeptPage(request: NextRequest): boolean {
  const { pathname, search } = request.nextUrl;
  return (
    process.env.NODE_ENV === "production" &&
    request.method === "GET" &&
    KEPT_PAGES.some((page) => page.path.test(pathname) && (page.query || !search)) &&
    !request.headers.has(RENDER_HEADER) &&
    !request.headers.has("rsc")
  );
}

/** A page rendered per request finds its nonce in the request's policy; a prerendered file needs nothing. */
function forward(request: NextRequest, policy: TPolicy): { request?: { headers: Headers } } {
  if (policy.nonce === null) return {};
  const headers = new Headers(request.headers);
  headers.set("x-nonce", policy.nonce);
  headers.set("Content-Security-Policy", policy.header);
  return { request: { headers } };
}

function withPolicy(response: NextResponse, policy: TPolicy): NextResponse {
  response.headers.set("Content-Security-Policy", policy.header);
  if (policy.https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

/** The proxy's own answers: JSON `{ error }` under /api, a short plain-text sentence elsewhere. */
function refuse(api: boolean, policy: TPolicy, status: number, message: string, extra: Record<string, string> = {}): NextResponse {
  const headers = { "Cache-Control": "no-store", ...extra };
  const response = api
    ? NextResponse.json({ error: message }, { status, headers })
    : new NextResponse(message, { status, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
  return withPolicy(response, policy);
}

/**
 * Changes to data are accepted only from this site's own pages: a form on another site, even a
 * sibling subdomain that SameSite cookies count as the same site, is refused before any handler runs
 * (browsers label every request with Sec-Fetch-Site). Requests without the header (scripts, curl)
 * carry no browser cookies by accident.
 */
function isFromAnotherSite(request: NextRequest): boolean {
  const site = request.headers.get("sec-fetch-site");
  return site !== null && site !== "same-origin" && site !== "none";
}

function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export const config = {
  matcher: [
    "/api/:path*",
    {
      // Pages only: API routes answer JSON and PDFs, and static files need no nonce (next.config.ts
      // gives them the other security headers).
      source: "/((?!api|_next/static|_next/image|favicon.ico|icon.svg|apple-touch-icon.png).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
