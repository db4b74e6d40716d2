// Shared by the benchmark scripts: start the production server on a fresh database, measure load
// with autocannon, and rewrite one marked section of docs/benchmarks.md.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";

export const CONNECTIONS = 20;
export const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);

function freePort(): number {
  const script = "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }));
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Server did not answer ${url} in time`);
}

export type BenchServer = { base: string; databaseFile: string; pid: number | undefined; stop: () => void };

/**
 * Starts `npm start` (migrate, build if stale, serve) on a free port with a fresh SQLite file.
 * `prepare` runs on the migrated database before the server starts, e.g. to seed it.
 */
export async function startServer(prepare?: (databaseFile: string) => Promise<void>): Promise<BenchServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "eid-bench-"));
  const databaseFile = path.join(dir, "bench.db");
  const env = { ...process.env, DATABASE_URL: `file:${databaseFile}`, NODE_ENV: "production" as const };
  if (prepare) {
    execFileSync("npx", ["--no-install", "tsx", "scripts/migrate.ts"], { env, stdio: "inherit" });
    await prepare(databaseFile);
  }
  const port = freePort();
  const server = spawn("npx", ["--no-install", "tsx", "scripts/start.ts"], {
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitFor(`${base}/api/health`, 300_000);
  } catch (error) {
    stop();
    throw error;
  }
  return { base, databaseFile, pid: server.pid, stop };
}

export async function firstLoadJsKb(base: string, pagePath: string): Promise<number> {
  const html = await (await fetch(base + pagePath)).text();
  const sources = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? "");
  let total = 0;
  for (const src of new Set(sources)) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    total += gzipSync(body).length;
  }
  return total / 1024;
}

export type Load = { rps: number; p50: number; p95: number; p99: number; non2xx: number };

/** The q-quantile (0..1) of ascending samples, nearest rank. */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}

/** Runs autocannon and reports percentiles from every response's own time (autocannon has no p95). */
export async function load(opts: autocannon.Options): Promise<Load> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ connections: CONNECTIONS, duration: DURATION_S, ...opts }, (error, finished) =>
      error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(finished),
    );
    instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  const ms = (q: number) => Math.round(quantile(times, q));
  return { rps: result.requests.average, p50: ms(0.5), p95: ms(0.95), p99: ms(0.99), non2xx: result.non2xx + result.errors };
}

export const formatLoad = (l: Load) => `${l.rps.toFixed(0)} req/s · p50 ${l.p50} ms · p95 ${l.p95} ms · p99 ${l.p99} ms · non-2xx ${l.non2xx}`;

/** Replaces the `<!-- name:start -->…<!-- name:end -->` section of docs/benchmarks.md. */
export function writeBenchmarkSection(name: string, rows: string[][], note = ""): void {
  const table = ["| measure | result | budget | verdict |", "|---|---|---|---|", ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
  console.log(`\n${table}\n`);
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const header = `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; load tool on the same machine, ${DURATION_S} s per run.${note ? ` ${note}` : ""}`;
  const doc = readFileSync("docs/benchmarks.md", "utf8");
  const pattern = new RegExp(`<!-- ${name}:start -->[\\s\\S]*<!-- ${name}:end -->`);
  writeFileSync("docs/benchmarks.md", doc.replace(pattern, `<!-- ${name}:start -->\n${header}\n\n${table}\n<!-- ${name}:end -->`));
}

/** Writes the table, then fails the process when a budget failed. */
export function reportBudgets(section: string, rows: string[][], failures: string[]): void {
  writeBenchmarkSection(section, rows);
  if (failures.length > 0) {
    console.error(`Budgets failed: ${failures.join(", ")}`);
    process.exit(1);
  }
}

export function runBenchmark(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
