/**
 * The headers every answer carries and the methods the app serves, in one place: next.config.ts
 * adds the headers to every Next answer, proxy.ts refuses other methods before any route, and the
 * server in scripts/start.ts refuses those Node cannot even hand to Next (TRACE, CONNECT).
 */
export const SECURITY_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
} as const;

/** Methods the app answers; anything else (PROPFIND, TRACE, CONNECT…) gets 405 before any route runs. */
export const ALLOWED_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

export const isAllowedMethod = (method: string | undefined): boolean => (ALLOWED_METHODS as readonly string[]).includes(method ?? "");

/** The answer to a method the app does not serve, for a server outside Next (headers as Node takes them). */
export const METHOD_NOT_ALLOWED = {
  status: 405,
  headers: {
    ...SECURITY_HEADERS,
    Allow: ALLOWED_METHODS.join(", "),
    "Content-Type": "application/json; charset=utf-8",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    "Cache-Control": "no-store",
  },
  body: JSON.stringify({ error: "This method is not allowed." }),
} as const;
