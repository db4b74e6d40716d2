import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Public pages that hold nothing per visitor (the landing page, methodology, sign-in and sign-up)
 * are prerendered by `next build` and served as files. A per-request nonce cannot be put into a file,
 * so their Content-Security-Policy allows exactly the inline scripts the build wrote into each page,
 * by their SHA-256 hashes: an injected inline script has another hash and is refused all the same.
 *
 * An address no route serves gets the prerendered not-found page, so it gets that page's hashes.
 *
 * The pages and their scripts are read from the build itself (the prerender and routes manifests and
 * the HTML they list), once per process, so the policy can never disagree with the files being
 * served. Without a production build (development, tests), no page is static here and every page
 * keeps the nonce.
 */
type StaticPages = ReadonlyMap<string, readonly string[]>;

export type Build = { pages: StaticPages; routes: readonly RegExp[]; notFound: readonly string[] | undefined };

const NO_STATIC_PAGES: StaticPages = new Map();
const NO_BUILD: Build = { pages: NO_STATIC_PAGES, routes: [], notFound: undefined };

let cached: Build | undefined;

/**
 * The script hashes of the prerendered file served at `pathname` (a static page, or the not-found
 * page for an address no route serves), or undefined when the page there is rendered per request.
 */
export function prerenderedScriptHashes(pathname: string): readonly string[] | undefined {
  cached ??= process.env.NODE_ENV === "production" ? readBuild(path.join(process.cwd(), ".next")) : NO_BUILD;
  return scriptHashesIn(cached, pathname);
}

export function scriptHashesIn(build: Build, pathname: string): readonly string[] | undefined {
  const page = build.pages.get(pathname);
  if (page) return page;
  return build.routes.some((route) => route.test(pathname)) ? undefined : build.notFound;
}

/** What the production build in `buildDir` serves as files, and every route it has. */
export function readBuild(buildDir: string): Build {
  const routes = readRoutes(buildDir);
  // Without the route list, no address can be known to be missing: the nonce policy stays for all.
  if (routes.length === 0) return NO_BUILD;
  return { pages: readStaticPages(buildDir), routes, notFound: readPageScripts(buildDir, "/_not-found") };
}

type RoutesManifest = { staticRoutes?: { regex?: string }[]; dynamicRoutes?: { regex?: string }[] };

/** Every route of the build (pages, route handlers, files such as /icon.svg), as Next matches them. */
function readRoutes(buildDir: string): RegExp[] {
  try {
    const manifest = JSON.parse(readFileSync(path.join(buildDir, "routes-manifest.json"), "utf8")) as RoutesManifest;
    return [...(manifest.staticRoutes ?? []), ...(manifest.dynamicRoutes ?? [])].flatMap((route) => (route.regex ? [new RegExp(route.regex)] : []));
  } catch {
    return [];
  }
}

type PrerenderManifest = { routes?: Record<string, { routeType?: string }> };

function readPageScripts(buildDir: string, route: string): readonly string[] | undefined {
  try {
    return inlineScriptHashes(readFileSync(path.join(buildDir, "server", "app", route === "/" ? "index.html" : `${route}.html`), "utf8"));
  } catch {
    return undefined;
  }
}

/** Every prerendered page of the build in `buildDir`, with the hashes of its inline scripts. */
function readStaticPages(buildDir: string): StaticPages {
  let manifest: PrerenderManifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(buildDir, "prerender-manifest.json"), "utf8")) as PrerenderManifest;
  } catch {
    return NO_STATIC_PAGES;
  }
  const pages = new Map<string, readonly string[]>();
  for (const [route, entry] of Object.entries(manifest.routes ?? {})) {
    // Next's own error pages are served at other addresses (see prerenderedScriptHashes).
    if (entry.routeType !== "page" || route.startsWith("/_")) continue;
    // A page whose file cannot be read is left out: it keeps the nonce policy.
    const scripts = readPageScripts(buildDir, route);
    if (scripts) pages.set(route, scripts);
  }
  return pages;
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/** The CSP hash sources (`'sha256-…'`) of the inline scripts in a page, each once. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = "", body = ""] of html.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}
