import "server-only";
import { AppError } from "@/lib/app-error";
import type { TBoardReport } from "@/lib/diagnostic";
import { env } from "@/lib/env";
import { contentSecurityPolicy, STRICT_TRANSPORT_SECURITY } from "@/lib/http/content-security-policy";
import { inlineScriptHashes } from "@/lib/http/static-page-policy";
import { createRenderOnceCache } from "@/lib/render-once-cache";
import { openSharedReport } from "@/lib/sharing/open-shared-report";
import { recordShareLinkView } from "@/lib/sharing/share-link-views";
import { RENDER_HEADER } from "@/lib/sharing/render-header";

/**
 * The board report page, rendered once per content. A released report never changes; what its page
 * shows is decided by the report itself and the link's token (in the PDF address), so those are the
 * key: a new revision, a new release or new link settings make another report, and withdrawal or an
 * expired link is refused before the cache is asked. Access (token, passcode grant, expiry, lock-out)
 * is checked and the view recorded on every request.
 *
 * The page is rendered by the app itself (the route at /r/[token], asked over loopback with
 * RENDER_HEADER so the proxy lets it through) and its HTML kept. A kept document cannot carry a
 * per-request nonce, so it is served with a policy that lists the hashes of its own inline scripts;
 * an injected script has another hash and is refused all the same.
 *
 * Anything but the report (the passcode form, "not available", an error) is passed on exactly as
 * the page answered and not kept.
 */

/**
 * The report's root element carries this attribute, so a kept document is known to be the report.
 * Text anyone typed is escaped ("<" becomes "&lt;"), so no label or note can forge the tag.
 */
const REPORT_MARKER = /<article\b[^>]*\sdata-board-report="true"/;

/** Headers of the page's answer that are passed on; the rest (length, encoding, dates, ids) belong to each answer. */
const PASSED_ON = ["content-type", "cache-control", "vary", "link", "x-robots-tag"];

type TRenderedPage = {
  status: number;
  headers: [string, string][];
  html: string;
  /** The page's own policy (its nonce), for an answer passed on as it came. */
  policy: string | null;
  /** Set for a kept report: the hashes of its inline scripts. */
  scriptHashes: string[] | null;
};

type TDocumentRequest = { report: TBoardReport; token: string; cookie: string | null; onRender?: () => void };

const documents = createRenderOnceCache<TDocumentRequest, TRenderedPage>({
  render: async (request) => {
    request.onRender?.();
    return renderPage(request.token, request.cookie);
  },
  keyOf: ({ report, token }) => [token, report],
  keep: (page) => page.scriptHashes !== null,
  sizeOf: (page) => Buffer.byteLength(page.html),
  maxBytes: 32 * 1024 * 1024,
  maxConcurrent: 4,
});

async function renderPage(token: string, cookie: string | null): Promise<TRenderedPage> {
  const answer = await fetch(`http://127.0.0.1:${env().PORT}/r/${token}`, {
    headers: { [RENDER_HEADER]: "1", "accept-encoding": "identity", ...(cookie ? { cookie } : {}) },
    redirect: "manual",
    cache: "no-store",
    signal: AbortSignal.timeout(30_000),
  });
  const html = await answer.text();
  const isReport = answer.status === 200 && REPORT_MARKER.test(html);
  return {
    status: answer.status,
    headers: PASSED_ON.flatMap((name) => {
      const value = answer.headers.get(name);
      return value === null ? [] : [[name, value] as [string, string]];
    }),
    html,
    policy: answer.headers.get("content-security-policy"),
    scriptHashes: isReport ? inlineScriptHashes(html) : null,
  };
}

export async function serveBoardReportDocument(input: { token: string; grant: string | undefined; cookie: string | null; https: boolean; now?: Date }): Promise<Response> {
  const now = input.now ?? new Date();
  const access = await openSharedReport({ token: input.token, grant: input.grant, kind: "page", now, recordView: false }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  });
  // The passcode form and "not available" are rendered per request, as they always were.
  if (access?.status !== "ok") return answerWith(await renderPage(input.token, input.cookie), input.https);
  let renderedHere = false;
  const page = await documents.valueFor({ report: access.report, token: input.token, cookie: input.cookie, onRender: () => (renderedHere = true) });
  // The page that rendered the document recorded its view; every other answer records its own.
  if (page.scriptHashes && !renderedHere) await recordShareLinkView({ shareLinkId: access.link.id, kind: "page", now });
  return answerWith(page, input.https);
}

function answerWith(page: TRenderedPage, https: boolean): Response {
  const headers = new Headers(page.headers);
  const policy = page.scriptHashes ? contentSecurityPolicy({ https, scriptHashes: page.scriptHashes }).header : page.policy;
  if (policy) headers.set("Content-Security-Policy", policy);
  headers.set("Cache-Control", "private, no-store");
  if (https) headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return new Response(page.html, { status: page.status, headers });
}
