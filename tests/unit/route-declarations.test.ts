import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PAGES } from "@/lib/contract/pages";
import { DEFAULT_MAX_BODY_BYTES, ROUTES, type TRouteDeclaration } from "@/lib/contract/routes";

/**
 * The declarations are the boundary only if every handler goes through one: each route file exports
 * its methods as `serveRoute(ROUTES.x, ...)` with a declaration of the same method and path, each
 * declaration is served exactly once, and each private page opens through its declaration.
 */
const APP = path.join(process.cwd(), "app");

/** Route files served outside the declared boundary, and why. */
const UNDECLARED: Record<string, string> = {
  "/api/auth/[...all]": "better-auth's own handler (sign-up, sign-in, sign-out, session), wrapped for its body limit",
  "/api/ping": "benchmark baseline, absent unless benchmarks enable it",
};

function files(dir: string, name: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return files(full, name);
    return entry === name ? [full] : [];
  });
}

/** The URL path a file under app/ serves: route groups "(x)" and private folders "_x" add nothing. */
const urlPath = (file: string) =>
  "/" +
  path
    .relative(APP, path.dirname(file))
    .split(path.sep)
    .filter((segment) => !segment.startsWith("(") && segment !== "")
    .join("/");

const routeFiles = files(APP, "route.ts").map((file) => ({ file, path: urlPath(file), source: readFileSync(file, "utf8") }));
const declarations = ROUTES as Record<string, TRouteDeclaration>;

describe("declared routes", () => {
  it("every route file serves only declared handlers, with the declaration's own method and path", () => {
    const served: string[] = [];
    for (const route of routeFiles) {
      if (UNDECLARED[route.path]) continue;
      const exported = [...route.source.matchAll(/export (?:async function|const|function) (GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g)].map((m) => m[1]);
      const wrapped = [...route.source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE) = serveRoute\(ROUTES\.(\w+)/g)].map((m) => ({ method: m[1], name: m[2] ?? "" }));
      expect(exported.length, `${route.path} exports no handler`).toBeGreaterThan(0);
      expect(wrapped.map((w) => w.method), `${route.path}: every exported method goes through serveRoute`).toEqual(exported);
      for (const { method, name } of wrapped) {
        const declaration = declarations[name];
        expect(declaration, `${route.path} serves ROUTES.${name}, which is not declared`).toBeDefined();
        expect({ method: declaration?.method, path: declaration?.path }, `ROUTES.${name}`).toEqual({ method, path: route.path });
        served.push(name);
      }
    }
    expect(served.sort()).toEqual(Object.keys(declarations).sort());
  });

  it("each route names its body limit only when it departs from the default, and sizes stay bounded", () => {
    for (const [name, declaration] of Object.entries(declarations)) {
      if (declaration.maxBodyBytes !== undefined) expect(declaration.maxBodyBytes, name).not.toBe(DEFAULT_MAX_BODY_BYTES);
      expect(declaration.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, name).toBeLessThanOrEqual(5 * 1024 * 1024);
    }
  });

  it("workspace routes are for consultants and link routes take a token", () => {
    for (const [name, declaration] of Object.entries(declarations)) {
      if (declaration.path.startsWith("/api/workspace/")) expect(["consultant", "owner"], name).toContain(declaration.actor);
      if (declaration.actor.endsWith("-link")) expect(declaration.path, name).toContain("[token]");
      if (declaration.scope) expect(["consultant", "owner"], name).toContain(declaration.actor);
    }
  });

  it("every private page opens through its declaration", () => {
    const pages = files(APP, "page.tsx").map((file) => ({ path: urlPath(file), source: readFileSync(file, "utf8") }));
    for (const declaration of Object.values(PAGES)) {
      const page = pages.find((p) => p.path === declaration.path);
      expect(page, `${declaration.path} has a page`).toBeDefined();
      const name = Object.entries(PAGES).find(([, d]) => d === declaration)?.[0] ?? "";
      expect(page?.source, declaration.path).toContain(`openPage(PAGES.${name},`);
    }
    // Pages under /workspace are private by nature: each one is declared.
    for (const page of pages.filter((p) => p.path.startsWith("/workspace"))) {
      expect(Object.values(PAGES).map((d) => d.path), page.path).toContain(page.path);
    }
  });
});
