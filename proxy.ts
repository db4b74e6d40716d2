import { NextResponse, type NextRequest } from "next/server";

/**
 * A fresh nonce per page request and a strict Content-Security-Policy that allows only scripts
 * carrying it (Next adds the nonce to its own scripts when it finds it in the request's policy).
 * Inline style attributes stay allowed: the charts position elements with them, and a style
 * attribute cannot run code. The other security headers come from next.config.ts for every path.
 */
export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith("/api/")) return guardApi(request);
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const development = process.env.NODE_ENV === "development";
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (https) response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  return response;
}

/**
 * Changes to data are accepted only from this site's own pages: a form on another site, even a
 * sibling subdomain that SameSite cookies count as the same site, is refused before any handler runs
 * (browsers label every request with Sec-Fetch-Site). Requests without the header (scripts, curl)
 * carry no browser cookies by accident.
 */
function guardApi(request: NextRequest) {
  const site = request.headers.get("sec-fetch-site");
  const changes = request.method !== "GET" && request.method !== "HEAD" && request.method !== "OPTIONS";
  if (changes && site && site !== "same-origin" && site !== "none") {
    return NextResponse.json({ error: "Requests from other sites are not accepted." }, { status: 403, headers: { "Cache-Control": "no-store" } });
  }
  return NextResponse.next();
}

export const config = {
  matcher: [
    "/api/:path*",
    {
      // Pages only: API routes answer JSON and PDFs, and static files need no nonce.
      source: "/((?!api|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
