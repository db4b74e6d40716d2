// Shared by the resilience scripts (scripts/load-test.ts, scripts/crash-test.ts, scripts/scale-out.ts): `npm start` (through
// scripts/harness.ts) on a database file that outlives the server, simulated respondents with
// retrying HTTP, a proxy that resets connections, and read-only checks of the SQLite file.
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import Database from "better-sqlite3";
import { validateAnswer, type TAnswerRow } from "@/lib/diagnostic/answers";
import type { TScenario } from "@/tests/fixtures/scenarios";
import { ALL_V2_SCENARIOS as ALL_SCENARIOS } from "@/tests/fixtures/scenarios-v2";
import { runScript, sleep, startApp as startServer, type AppServer } from "./harness";

// ------------------------------------------------------------------ small utilities

/** Seeded PRNG (mulberry32), so a failing run's plan can be replayed with --seed. */
export function makeRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: readonly T[], rng: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** `--name value` / `--flag` command-line options. */
export function cliOptions(argv: readonly string[] = process.argv.slice(2)) {
  const has = (flag: string) => argv.includes(flag);
  const num = (flag: string, fallback: number) => {
    const i = argv.indexOf(flag);
    const raw = i >= 0 ? argv[i + 1] : undefined;
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value)) throw new Error(`${flag} needs a number, got ${raw}`);
    return value;
  };
  return { has, num };
}

export function printTable(rows: readonly (readonly [string, string | number])[]): void {
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(["", ...rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`), ""].join("\n"));
}

export const tokenHash = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

// ------------------------------------------------------------------ the server

/**
 * A scratch directory for one run: the SQLite file (and its -wal/-shm), the auth secret `npm start`
 * keeps beside it, and server logs. It outlives every server started on it.
 */
export function scratchDir(prefix: string): { dir: string; databaseFile: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  keptDirs.add(dir);
  const remove = () => {
    rmSync(dir, { recursive: true, force: true });
    keptDirs.delete(dir);
  };
  return { dir, databaseFile: path.join(dir, "app.db"), remove };
}

/** Scratch directories not removed: a failed run keeps its database and logs for inspection. */
const keptDirs = new Set<string>();

let logCounter = 0;

/** `npm start` on the scratch directory's SQLite file, its output in a new log file there. */
export function startApp(opts: { databaseFile: string; port?: number; logDir: string }): Promise<AppServer> {
  // Every simulated respondent starts from 127.0.0.1: lift the per-address start limit meant for people.
  const env = { DIAGNOSTIC_STARTS_PER_MINUTE: process.env.DIAGNOSTIC_STARTS_PER_MINUTE ?? "100000" };
  return startServer({ databaseUrl: `file:${opts.databaseFile}`, port: opts.port, logFile: path.join(opts.logDir, `server-${++logCounter}.log`), env });
}

/** Lines of the server logs that report an unexpected error (a route handler's 500, a crash). */
export function serverErrorLines(logDir: string): string[] {
  const lines: string[] = [];
  for (const file of readdirSync(logDir).filter((f) => f.endsWith(".log"))) {
    for (const line of readFileSync(path.join(logDir, file), "utf8").split("\n")) {
      if (/Unexpected error|Error:|⨯|"level":"(?:error|fatal)"/.test(line)) lines.push(`${file}: ${line}`);
    }
  }
  return lines;
}

/** Ends a run: prints server errors from the logs, and keeps the scratch folder only when something failed. */
export function closeRun(scratch: { dir: string; remove: () => void }, failures: string[]): string[] {
  const logErrors = serverErrorLines(scratch.dir);
  if (logErrors.length > 0) console.log(`Server log lines that mention errors:\n${logErrors.slice(0, 20).join("\n")}\n`);
  if (failures.length === 0) scratch.remove();
  else console.error(`Kept the database and server logs in ${scratch.dir}`);
  return failures;
}

/** Runs a resilience script's main (scripts/harness.ts runScript), naming the folders it kept on a crash. */
export function runResilienceScript(main: () => Promise<string[]>): void {
  runScript(main, { onError: () => keptDirs.forEach((dir) => console.error(`Kept the database and server logs in ${dir}`)) });
}

// ------------------------------------------------------------------ HTTP with counters

export class NetworkError extends Error {
  constructor(readonly detail: string) {
    super(`network error: ${detail}`);
  }
}

function describeFetchError(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    const code = cause && typeof cause === "object" && "code" in cause ? String((cause as { code: unknown }).code) : "";
    return code || (cause instanceof Error ? cause.message : error.name === "TimeoutError" ? "timeout" : error.message);
  }
  return String(error);
}

export type Reply = { status: number; body: string; url: string; ms: number };

/** Counts every request, retry, network error and status; keeps save latencies and every 5xx. */
export class Traffic {
  requests = 0;
  inFlight = 0;
  retries = 0;
  networkErrors = new Map<string, number>();
  statuses = new Map<number, number>();
  serverErrors: string[] = [];
  saveMs: number[] = [];

  constructor(public base: string) {}

  /**
   * One attempt. Throws NetworkError when no HTTP answer came back (reset, refused, timeout).
   * `localAddress` (e.g. 127.0.0.7) sends from another loopback address, as another client would
   * (redirects are then not followed).
   */
  async send(
    method: string,
    pathname: string,
    opts: { json?: unknown; headers?: Record<string, string>; timeoutMs?: number; localAddress?: string } = {},
  ): Promise<Reply> {
    this.requests++;
    this.inFlight++;
    const started = performance.now();
    let response: { status: number; url: string };
    let body: string;
    try {
      const init = {
        method,
        headers: { ...(opts.json !== undefined || method !== "GET" ? { "Content-Type": "application/json" } : {}), ...opts.headers },
        body: opts.json === undefined ? undefined : JSON.stringify(opts.json),
        timeoutMs: opts.timeoutMs ?? 30_000,
      };
      if (opts.localAddress) {
        ({ response, body } = await requestFrom(opts.localAddress, this.base + pathname, init));
      } else {
        const { timeoutMs, ...request } = init;
        const fetched = await fetch(this.base + pathname, { ...request, signal: AbortSignal.timeout(timeoutMs), redirect: "follow" });
        response = fetched;
        body = await fetched.text();
      }
    } catch (error) {
      const detail = describeFetchError(error);
      this.networkErrors.set(detail, (this.networkErrors.get(detail) ?? 0) + 1);
      throw new NetworkError(detail);
    } finally {
      this.inFlight--;
    }
    const ms = performance.now() - started;
    this.statuses.set(response.status, (this.statuses.get(response.status) ?? 0) + 1);
    if (response.status >= 500) this.serverErrors.push(`${method} ${pathname.replace(/[A-Za-z0-9_-]{43}/, "<token>")} → ${response.status} ${body.slice(0, 200)}`);
    return { status: response.status, body, url: response.url, ms };
  }

  /**
   * Retries network errors and 5xx with exponential backoff and jitter, up to `attempts` tries.
   * Returns the reply and how many tries it took.
   */
  async sendWithRetry(
    method: string,
    pathname: string,
    opts: { json?: unknown; headers?: Record<string, string>; attempts?: number; rng?: () => number; localAddress?: string } = {},
  ): Promise<Reply & { tries: number }> {
    const attempts = opts.attempts ?? 10;
    const rng = opts.rng ?? Math.random;
    for (let tries = 1; ; tries++) {
      try {
        const reply = await this.send(method, pathname, opts);
        if (reply.status < 500 || tries >= attempts) return { ...reply, tries };
      } catch (error) {
        if (!(error instanceof NetworkError) || tries >= attempts) throw error;
      }
      this.retries++;
      await sleep(Math.min(1_000, 25 * 2 ** (tries - 1)) * (0.5 + rng()));
    }
  }

  statusSummary(): string {
    return [...this.statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(" ") || "none";
  }

  networkSummary(): string {
    return [...this.networkErrors].map(([k, n]) => `${k}×${n}`).join(" ") || "none";
  }
}

/** One HTTP/1.1 request with node:http from a given local address (fetch cannot choose it). */
function requestFrom(
  localAddress: string,
  url: string,
  init: { method: string; headers: Record<string, string>; body: string | undefined; timeoutMs: number },
): Promise<{ response: { status: number; url: string }; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: init.method, headers: init.headers, localAddress, timeout: init.timeoutMs }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.once("end", () => resolve({ response: { status: response.statusCode ?? 0, url }, body: Buffer.concat(chunks).toString("utf8") }));
      response.once("error", (error) => reject(new Error("fetch failed", { cause: error })));
    });
    request.once("timeout", () => request.destroy(Object.assign(new Error("timeout"), { code: "timeout" })));
    request.once("error", (error) => reject(new Error("fetch failed", { cause: error })));
    request.end(init.body);
  });
}

export function tokenOf(createReply: Reply): string {
  const { resumePath } = JSON.parse(createReply.body) as { resumePath?: string };
  const token = resumePath?.split("/").pop();
  if (!token || !/^[A-Za-z0-9_-]{43}$/.test(token)) throw new Error(`POST /api/diagnostics returned no resume path: ${createReply.body}`);
  return token;
}

// ------------------------------------------------------------------ what the server says a respondent answered

export type ServerView = { finished: true } | { finished: false; answers: TAnswerRow[] };

/**
 * Reopens a diagnostic through its resume link, as `GET /api/diagnostics/<token>` returns it: its
 * status and every stored answer.
 * Throws NetworkError when the server does not answer.
 */
export async function readServerView(traffic: Traffic, token: string): Promise<ServerView> {
  const reply = await traffic.send("GET", `/api/diagnostics/${token}`);
  if (reply.status !== 200) throw new Error(`GET /api/diagnostics/<token> returned ${reply.status}: ${reply.body.slice(0, 200)}`);
  const view = JSON.parse(reply.body) as { status: string; answers: TAnswerRow[] };
  if (view.status === "finished") return { finished: true };
  return { finished: false, answers: view.answers.map(({ questionId, constraintId, value }) => ({ questionId, constraintId, value })) };
}

// ------------------------------------------------------------------ answer plans

export const answerKey = (row: { questionId: string; constraintId: string | null }) => `${row.questionId}@${row.constraintId ?? ""}`;

/** One question of a plan: the values a respondent sends for it, in order (drafts, then the final one). */
export type PlannedAnswer = { questionId: string; constraintId: string | null; values: unknown[]; final: unknown };

/** Values seen for each question across all scenarios, plus every probe value: valid alternatives for drafts. */
const alternatives = (() => {
  const byQuestion = new Map<string, unknown[]>();
  for (const scenario of ALL_SCENARIOS) {
    for (const row of scenario.rows) {
      const list = byQuestion.get(row.questionId) ?? [];
      if (!list.some((v) => isDeepStrictEqual(v, row.value))) list.push(row.value);
      byQuestion.set(row.questionId, list);
    }
  }
  for (const [questionId, list] of byQuestion) {
    if (/^(probe|k|p)_/.test(questionId)) for (const v of [0, 1, 2, 3, "dont_know"]) if (!list.includes(v)) list.push(v);
  }
  return byQuestion;
})();

/** The value the server stores for a row (validation normalises, e.g. trims text). */
export function normalised(version: string, row: TAnswerRow): unknown {
  const checked = validateAnswer(version, row);
  if (!checked.ok) throw new Error(`Fixture answer ${answerKey(row)} is invalid: ${checked.error}`);
  return checked.value;
}

/**
 * A scenario's answers in shuffled order; with probability `draftRate` a question is first answered
 * with another valid value (the respondent changes their mind), so "the last value sent" is tested.
 */
export function planFor(scenario: TScenario, rng: () => number, draftRate: number): PlannedAnswer[] {
  return shuffle(scenario.rows, rng).map((row) => {
    const final = normalised(scenario.version, row);
    const others = (alternatives.get(row.questionId) ?? []).filter(
      (v) => !isDeepStrictEqual(v, row.value) && validateAnswer(scenario.version, { ...row, value: v }).ok,
    );
    const drafts = others.length > 0 && rng() < draftRate ? [others[Math.floor(rng() * others.length)]] : [];
    return { questionId: row.questionId, constraintId: row.constraintId, values: [...drafts, row.value], final };
  });
}

export const pickScenario = (i: number) => ALL_SCENARIOS[i % ALL_SCENARIOS.length] as TScenario;

// ------------------------------------------------------------------ the database file

export type StoredDiagnostic = {
  id: string;
  status: string;
  finishedAt: unknown;
  results: number;
  answers: Map<string, { value: unknown; rows: number }>;
};

/** Opens the SQLite file read-only (nothing is repaired or checkpointed by the check). */
export function openDatabase(file: string): Database.Database {
  return new Database(file, { readonly: true, fileMustExist: true });
}

export function integrityCheck(db: Database.Database): string {
  const rows = db.pragma("integrity_check") as { integrity_check: string }[];
  return rows.map((r) => r.integrity_check).join("; ");
}

export function storedDiagnostic(db: Database.Database, token: string): StoredDiagnostic | null {
  const diagnostic = db
    .prepare(`SELECT "id", "status", "finishedAt" FROM "Diagnostic" WHERE "resumeTokenHash" = ?`)
    .get(tokenHash(token)) as { id: string; status: string; finishedAt: unknown } | undefined;
  if (!diagnostic) return null;
  const results = (db.prepare(`SELECT COUNT(*) AS n FROM "DiagnosticResult" WHERE "diagnosticId" = ?`).get(diagnostic.id) as { n: number }).n;
  const answers = new Map<string, { value: unknown; rows: number }>();
  const rows = db.prepare(`SELECT "questionId", "constraintId", "value" FROM "Answer" WHERE "diagnosticId" = ?`).all(diagnostic.id) as {
    questionId: string;
    constraintId: string;
    value: string;
  }[];
  for (const row of rows) {
    const key = answerKey({ questionId: row.questionId, constraintId: row.constraintId || null });
    const seen = answers.get(key);
    answers.set(key, { value: JSON.parse(row.value) as unknown, rows: (seen?.rows ?? 0) + 1 });
  }
  return { ...diagnostic, results, answers };
}

/**
 * Checks one diagnostic at the end of a run: finished, exactly one result, and exactly one answer
 * row per planned question holding the final value (nothing else).
 */
export function checkCompleted(label: string, stored: StoredDiagnostic | null, plan: readonly PlannedAnswer[]): string[] {
  if (!stored) return [`${label}: diagnostic not found in the database`];
  const failures: string[] = [];
  if (stored.status !== "finished" || stored.finishedAt === null) failures.push(`${label}: status ${stored.status}, not finished`);
  if (stored.results !== 1) failures.push(`${label}: ${stored.results} DiagnosticResult rows, expected 1`);
  const planned = new Set(plan.map(answerKey));
  for (const answer of plan) {
    const key = answerKey(answer);
    const found = stored.answers.get(key);
    if (!found) failures.push(`${label}: answer ${key} missing`);
    else if (found.rows !== 1) failures.push(`${label}: answer ${key} stored ${found.rows} times`);
    else if (!isDeepStrictEqual(found.value, answer.final)) failures.push(`${label}: answer ${key} is ${JSON.stringify(found.value)}, last sent ${JSON.stringify(answer.final)}`);
  }
  for (const key of stored.answers.keys()) if (!planned.has(key)) failures.push(`${label}: unexpected answer ${key}`);
  return failures;
}

// ------------------------------------------------------------------ a proxy that drops connections

export type ChaosStats = { connections: number; droppedRequests: number; droppedResponses: number };

/**
 * A TCP proxy in front of the server that, for a fraction `rate` of the requests `affects` accepts
 * (by request line), resets the client's connection: half the time before the request reaches the
 * server (nothing happened), half the time when the response starts (the server did the work but
 * the client never hears of it: its retry is a duplicate delivery).
 */
export async function startChaosProxy(opts: {
  targetPort: number;
  rate: number;
  rng: () => number;
  affects: (requestLine: string) => boolean;
}): Promise<{ base: string; stats: ChaosStats; close: () => Promise<void> }> {
  const stats: ChaosStats = { connections: 0, droppedRequests: 0, droppedResponses: 0 };
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    stats.connections++;
    const upstream = net.connect(opts.targetPort, "127.0.0.1");
    sockets.add(client).add(upstream);
    let fate: "pass" | "drop-request" | "drop-response" = "pass";
    const kill = () => {
      client.resetAndDestroy();
      upstream.destroy();
    };
    client.on("data", (chunk: Buffer) => {
      const head = chunk.toString("latin1", 0, Math.min(chunk.length, 200));
      if (/^[A-Z]+ \/\S* HTTP\/1\.[01]\r\n/.test(head)) {
        const requestLine = head.slice(0, head.indexOf("\r\n"));
        fate = opts.affects(requestLine) && opts.rng() < opts.rate ? (opts.rng() < 0.5 ? "drop-request" : "drop-response") : "pass";
      }
      if (fate === "drop-request") {
        stats.droppedRequests++;
        kill();
        return;
      }
      upstream.write(chunk);
    });
    upstream.on("data", (chunk: Buffer) => {
      if (fate === "drop-response") {
        stats.droppedResponses++;
        kill();
        return;
      }
      client.write(chunk);
    });
    client.on("end", () => upstream.end());
    upstream.on("end", () => client.end());
    client.on("error", () => upstream.destroy());
    upstream.on("error", () => client.destroy());
    client.on("close", () => (sockets.delete(client), upstream.destroy()));
    upstream.on("close", () => (sockets.delete(upstream), client.destroy()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    stats,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
