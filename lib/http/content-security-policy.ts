/** `nonce` is null when the policy lists script hashes instead (a document rendered earlier). */
export type TPolicy = { nonce: string | null; header: string; https: boolean };

/**
 * Scripts: this site's files, plus either a fresh nonce for this request (with 'strict-dynamic', so
 * the scripts it allows may load Next's chunks) or, for a document rendered earlier (a prerendered
 * page, a cached board report), the hashes of its inline scripts (Next's chunks then load as this
 * site's files). Inline style attributes stay allowed: the charts position elements with them, and
 * a style attribute cannot run code.
 */
export function contentSecurityPolicy(options: { https: boolean; scriptHashes: readonly string[] | undefined }): TPolicy {
  const { https, scriptHashes } = options;
  const nonce = scriptHashes ? null : Buffer.from(crypto.randomUUID()).toString("base64");
  const development = process.env.NODE_ENV === "development";
  const scripts = scriptHashes ? ["'self'", ...scriptHashes] : ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])];
  const header = [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
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
  return { nonce, header, https };
}

/** Whether the visitor's request came over HTTPS, directly or through a proxy that says so. */
export function isHttps(url: URL, headers: Headers): boolean {
  return url.protocol === "https:" || headers.get("x-forwarded-proto") === "https";
}

export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";
