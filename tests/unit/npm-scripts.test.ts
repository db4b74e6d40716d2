import { readFileSync } from "node:fs";
import net from "node:net";
import { describe, expect, it } from "vitest";
import { freePort, quantile } from "@/scripts/harness";

const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;

describe("npm scripts", () => {
  it("are at most 14, and npm test stays the one command that runs every test", () => {
    expect(Object.keys(scripts).length).toBeLessThanOrEqual(14);
    expect(scripts["test"]).toBe("npm run typecheck && npm run lint && npm run test:unit && npm run test:e2e && npm run test:resilience");
  });

  it("start the server with V8's old space capped, so it collects garbage before the heap balloons (README, Memory)", () => {
    expect(scripts["start"]).toBe("tsx --max-old-space-size=1536 scripts/start.ts");
  });

  it("include every `npm run` command the README and the benchmarks document name", () => {
    const documented = ["README.md", "docs/benchmarks.md"].flatMap((file) => [...readFileSync(file, "utf8").matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1] ?? ""));
    expect(documented.length).toBeGreaterThan(5);
    expect([...new Set(documented)].filter((name) => !(name in scripts))).toEqual([]);
  });
});

describe("the measurement harness", () => {
  it("takes quantiles by nearest rank", () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(quantile(sorted, 0.5)).toBe(5);
    expect(quantile(sorted, 0.95)).toBe(10);
    expect(quantile(sorted, 0)).toBe(1);
    expect(quantile([], 0.5)).toBe(0);
  });

  it("finds a port a server can listen on", async () => {
    const port = await freePort();
    const server = net.createServer();
    await new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", resolve));
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(port).toBeGreaterThan(0);
  });
});
