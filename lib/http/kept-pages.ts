import "server-only";
import { env } from "@/lib/env";
import { contentSecurityPolicy, STRICT_TRANSPORT_SECURITY } from "@/lib/http/content-security-policy";
import { RENDER_HEADER } from "@/lib/http/render-header";
import { inlineScriptHashes } from "@/lib/http/static-page-policy";
import { createRenderOnceCache } from "@/lib/render-once-cache";

/**
 * Pages rendered once per content and served from the kept HTML: the board report and the owner's
 * results page. Their route checks access and reads what the page shows on every request; the key
 * is that content (with the page's address), so a change to it makes another page and nothing needs
 * invalidating.
 *
 * The app renders the page itself (asked over loopback on PORT with RENDER_HEADER, which the proxy
 * lets through to the page) and keeps its HTML. A kept page cannot carry a per-request nonce, so it
 * is served with a policy that lists the hashes of its own inline scripts: an injected script has
 * another hash and is refused all the same. An answer that is not the expected page (a redirect, a
 * form, "not available", an error) is passed on exactly as the page gave it, and not kept.
 */

/** Headers of the page's answer that are passed on; the rest (length, encoding, dates, ids) belong to each answer. */
const PASSED_ON = ["content-type", "cache-control", "vary", "link", "x-robots-tag", "location"];

export type TRenderedPage = {
  status: number;
  headers: [string, string][];
  /** The HTML as UTF-8, encoded once: a kept page is sent many times. */
  body: Buffer<ArrayBuffer>;
  /** The page's own policy (its nonce), for an answer passed on as it came. */
  policy: string | null;
  /** Set for a page that is kept: the hashes of its inline scripts. */
  scriptHashes: string[] | null;
};

type TPageRequest = {
  path: string;
  /** What the page shows; with the path, the key of the kept copy. */
  content: unknown;
  cookie: string | null;
  /** How the expected page is told from anything else the address may answer. */
  marker: RegExp;
  onRender?: () => void;
};

const pages = createRenderOnceCache<TPageRequest, TRenderedPage>({
  render: async (request) => {
    request.onRender?.();
    return renderPage(request.path, request.cookie, request.marker);
  },
  keyOf: ({ path, content }) => [path, content],
  keep: (page) => page.scriptHashes !== null,
  sizeOf: (page) => page.body.byteLength,
  maxBytes: 32 * 1024 * 1024,
  maxConcurrent: 4,
});

/** The page at `path`, rendered now, with the visitor's cookies. */
async function renderPage(path: string, cookie: string | null, marker?: RegExp): Promise<TRenderedPage> {
  const answer = await fetch(`http://127.0.0.1:${env().PORT}${path}`, {
    headers: { [RENDER_HEADER]: "1", "accept-encoding": "identity", ...(cookie ? { cookie } : {}) },
    redirect: "manual",
    cache: "no-store",
    signal: AbortSignal.timeout(30_000),
  });
  const html = await answer.text();
  const expected = marker !== undefined && answer.status === 200 && marker.test(html);
  return {
    status: answer.status,
    headers: PASSED_ON.flatMap((name) => {
      const value = answer.headers.get(name);
      return value === null ? [] : [[name, value] as [string, string]];
    }),
    body: Buffer.from(html),
    policy: answer.headers.get("content-security-policy"),
    scriptHashes: expected ? inlineScriptHashes(html) : null,
  };
}

/**
 * Answers a request for `path` from its kept page for `content`, rendering the page when that
 * content is new. With `content` null (the caller found no access, or something other than the page
 * to show: a form, "not available", a redirect), the page is rendered for this request and its
 * answer passed on as it came. `afterKeptCopy` runs when a kept copy is served: the page's own work
 * (recording a view, say) ran only when it was rendered.
 */
export async function serveKeptPage(request: {
  path: string;
  content: unknown;
  cookie: string | null;
  https: boolean;
  marker: RegExp;
  afterKeptCopy?: () => Promise<void>;
}): Promise<Response> {
  const { path, content, cookie, marker, https } = request;
  if (content === null) return answerWith(await renderPage(path, cookie), https);
  let rendered = false;
  const page = await pages.valueFor({ path, content, cookie, marker, onRender: () => (rendered = true) });
  if (page.scriptHashes && !rendered) await request.afterKeptCopy?.();
  return answerWith(page, https);
}

function answerWith(page: TRenderedPage, https: boolean): Response {
  const headers = new Headers(page.headers);
  const policy = page.scriptHashes ? contentSecurityPolicy({ https, scriptHashes: page.scriptHashes }).header : page.policy;
  if (policy) headers.set("Content-Security-Policy", policy);
  headers.set("Cache-Control", "private, no-store");
  if (https) headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return new Response(page.body, { status: page.status, headers });
}
