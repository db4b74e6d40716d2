import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { inlineScriptHashes, readBuild, scriptHashesIn } from "@/lib/http/static-page-policy";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("inlineScriptHashes", () => {
  it("hashes each distinct inline script once and ignores scripts loaded from a file", () => {
    const html =
      '<script src="/_next/static/chunks/a.js" async=""></script><script>self.__next_f=self.__next_f||[]</script>' +
      '<script>self.__next_f.push([1,"é\\u003c"])</script><script id="x">self.__next_f=self.__next_f||[]</script>';
    expect(inlineScriptHashes(html)).toEqual([sha("self.__next_f=self.__next_f||[]"), sha('self.__next_f.push([1,"é\\u003c"])')]);
  });

  it("finds no script in a page without one", () => {
    expect(inlineScriptHashes("<html><body><p>script</p></body></html>")).toEqual([]);
  });
});

describe("readBuild", () => {
  let buildDir = "";
  afterEach(() => rmSync(buildDir, { recursive: true, force: true }));

  const build = (routes: Record<string, object>, files: Record<string, string>) => {
    buildDir = mkdtempSync(path.join(tmpdir(), "static-pages-"));
    writeFileSync(path.join(buildDir, "prerender-manifest.json"), JSON.stringify({ routes }));
    writeFileSync(
      path.join(buildDir, "routes-manifest.json"),
      JSON.stringify({
        staticRoutes: ["/", "/methodology", "/gone", "/_not-found", "/icon.svg"].map((page) => ({ page, regex: `^${page === "/" ? "/" : page.replace(/[.-]/g, "\\$&")}(?:/)?$` })),
        dynamicRoutes: [{ page: "/d/[token]", regex: "^/d/([^/]+?)(?:/)?$" }],
      }),
    );
    mkdirSync(path.join(buildDir, "server", "app"), { recursive: true });
    for (const [name, html] of Object.entries(files)) writeFileSync(path.join(buildDir, "server", "app", name), html);
    return buildDir;
  };

  const ROUTES = { "/": { routeType: "page" }, "/methodology": { routeType: "page" }, "/gone": { routeType: "page" }, "/_not-found": { routeType: "page" }, "/icon.svg": { routeType: "route" } };
  const FILES = { "index.html": "<script>one()</script>", "methodology.html": "<script>two()</script>", "_not-found.html": "<script>three()</script>" };

  it("gives each prerendered page the hashes of its own scripts, and leaves out route handlers and unreadable files", () => {
    const served = readBuild(build(ROUTES, FILES));
    expect([...served.pages.keys()].sort()).toEqual(["/", "/methodology"]);
    expect(scriptHashesIn(served, "/")).toEqual([sha("one()")]);
    expect(scriptHashesIn(served, "/methodology")).toEqual([sha("two()")]);
    expect(scriptHashesIn(served, "/gone")).toBeUndefined();
  });

  it("keeps the nonce for pages rendered per request, and gives an address no route serves the not-found page's hashes", () => {
    const served = readBuild(build(ROUTES, FILES));
    expect(scriptHashesIn(served, "/d/abc")).toBeUndefined();
    expect(scriptHashesIn(served, "/icon.svg")).toBeUndefined();
    expect(scriptHashesIn(served, "/no/such/page")).toEqual([sha("three()")]);
    expect(scriptHashesIn(served, "/d/abc/more")).toEqual([sha("three()")]);
  });

  it("treats a missing or unreadable build as having no prerendered file, so every page keeps the nonce policy", () => {
    buildDir = mkdtempSync(path.join(tmpdir(), "static-pages-"));
    expect(scriptHashesIn(readBuild(buildDir), "/")).toBeUndefined();
    expect(scriptHashesIn(readBuild(buildDir), "/no/such/page")).toBeUndefined();
    writeFileSync(path.join(buildDir, "prerender-manifest.json"), "{not json");
    writeFileSync(path.join(buildDir, "routes-manifest.json"), "{not json");
    expect(scriptHashesIn(readBuild(buildDir), "/no/such/page")).toBeUndefined();
  });
});
