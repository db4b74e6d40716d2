import { createHash } from "node:crypto";
import { expect } from "@playwright/test";

/** The inline scripts of a page, and the script sources its policy allows. */
export const scriptsOf = (html: string, policy: string) => ({
  inline: [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attributes]) => !/\bsrc=/.test(attributes ?? "")).map(([, , body]) => body ?? ""),
  allowed: policy.match(/script-src ([^;]*)/)?.[1]?.split(" ") ?? [],
});

/** A kept page's policy allows its own inline scripts by hash, and nothing else inline (no nonce, no 'unsafe-inline'). */
export function expectOnlyOwnScripts(html: string, policy: string): void {
  const { inline, allowed } = scriptsOf(html, policy);
  expect(allowed.filter((source) => source !== "'self'" && !source.startsWith("'sha256-"))).toEqual([]);
  expect(inline.length).toBeGreaterThan(0);
  for (const body of inline) expect(allowed).toContain(`'sha256-${createHash("sha256").update(body).digest("base64")}'`);
}
