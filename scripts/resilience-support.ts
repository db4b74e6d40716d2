// Shared by the resilience scripts (scripts/load-test.ts, scripts/crash-test.ts): start and kill
// `npm start` on a database file that outlives the server, simulated respondents with retrying HTTP,
// a proxy that resets connections, and read-only checks of the SQLite file.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import Database from "better-sqlite3";
import { validateAnswer, type TAnswerRow } from "@/lib/diagnostic/answers";
import type { TScenario } from "@/tests/fixtures/scenarios";
import { ALL_V2_SCENARIOS as ALL_SCENARIOS } from "@/tests/fixtures/scenarios-v2";

// ------------------------------------------------------------------ small utilities

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

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

/** The q-quantile (0..1) of ascending samples, nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
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

export function freePort(): number {
  const script = "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }));
}

/** True when nothing accepts connections on the port any more (the killed server is really gone). */
export function portRefuses(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    // A connection to itself (TCP simultaneous open, when the kernel picks the same port for the
    // client) means nothing listens either.
    socket.once("connect", () => (resolve(socket.localPort === port), socket.destroy()));
    socket.once("error", () => resolve(true));
  });
}

export const tokenHash = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

// ------------------------------------------------------------------ the server

/** Non-zombie processes whose process group is `pgid` (Linux /proc; elsewhere kill(-pgid, 0)). */
function groupMembers(pgid: number): number[] {
  if (!existsSync("/proc/self/stat")) {
    try {
      process.kill(-pgid, 0);
      return [pgid];
    } catch {
      return [];
    }
  }
  const members: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // pid (comm) state ppid pgrp ...; comm may contain spaces and parentheses.
      const fieldsOf = (file: string) => {
        const stat = readFileSync(file, "utf8");
        return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      };
      if (Number(fieldsOf(`/proc/${entry}/stat`)[2]) !== pgid) continue;
      // A killed multi-threaded process shows its main thread as a zombie while other threads
      // still exit (and still hold its sockets): it is gone once every thread is.
      const live = readdirSync(`/proc/${entry}/task`).some((task) => !["Z", "X"].includes(fieldsOf(`/proc/${entry}/task/${task}/stat`)[0] ?? "Z"));
      if (live) members.push(Number(entry));
    } catch {
      // exited while we looked
    }
  }
  return members;
}

function buildRunning(): boolean {
  try {
    execFileSync("pgrep", ["-f", "next build"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export type AppServer = {
  base: string;
  pid: number;
  log: string;
  /** SIGKILL to the whole process group (npx, tsx, scripts/start.ts, next-server), then waits until none is left. */
  kill9: () => Promise<void>;
  /** SIGTERM to the group, SIGKILL after a grace period; waits until none is left. */
  stop: () => Promise<void>;
};

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

/**
 * Starts `npm start` (migrate, build if stale, serve) on `databaseFile` and `port`, in its own
 * process group, with its output in a log file under `logDir`. Waits for /api/health.
 * Waits first while another `next build` runs, so two builds never overlap.
 */
export async function startApp(opts: { databaseFile: string; port: number; logDir: string; timeoutMs?: number }): Promise<AppServer> {
  if (buildRunning()) {
    console.log("Waiting for a running `next build` to finish...");
    while (buildRunning()) await sleep(2_000);
  }
  const log = path.join(opts.logDir, `server-${++logCounter}.log`);
  const fd = openSync(log, "a");
  // Every simulated respondent starts from 127.0.0.1: lift the per-address start limit meant for people.
  const env = {
    DIAGNOSTIC_STARTS_PER_MINUTE: "100000",
    ...process.env,
    DATABASE_URL: `file:${opts.databaseFile}`,
    NODE_ENV: "production" as const,
    PORT: String(opts.port),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  let child: ChildProcess;
  try {
    child = spawn("npx", ["--no-install", "tsx", "scripts/start.ts"], { env, stdio: ["ignore", fd, fd], detached: true });
  } finally {
    closeSync(fd);
  }
  const pid = child.pid;
  if (!pid) throw new Error("Could not spawn the server");
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once("exit", () => ((exited = true), resolve())));

  const waitGone = async (timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    await Promise.race([exit, sleep(timeoutMs)]);
    while (groupMembers(pid).length > 0) {
      if (Date.now() > deadline) return false;
      await sleep(50);
    }
    return true;
  };
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-pid, sig);
    } catch {
      // the group is already gone
    }
  };
  const kill9 = async () => {
    signal("SIGKILL");
    if (!(await waitGone(10_000))) throw new Error(`Processes of group ${pid} survived SIGKILL: ${groupMembers(pid).join(", ")}`);
  };
  const stop = async () => {
    signal("SIGTERM");
    if (!(await waitGone(10_000))) await kill9();
  };
  registerCleanup(stop);

  const base = `http://127.0.0.1:${opts.port}`;
  const deadline = Date.now() + (opts.timeoutMs ?? 300_000);
  for (;;) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    if (exited || Date.now() > deadline) {
      await stop();
      throw new Error(`The server did not start (${exited ? "it exited" : "timeout"}); its log:\n${tail(log)}`);
    }
    await sleep(200);
  }
  return { base, pid, log, kill9, stop };
}

export function tail(file: string, lines = 40): string {
  try {
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

/** Lines of the server logs that report an unexpected error (a route handler's 500, a crash). */
export function serverErrorLines(logDir: string): string[] {
  const lines: string[] = [];
  for (const file of readdirSync(logDir).filter((f) => f.endsWith(".log"))) {
    for (const line of readFileSync(path.join(logDir, file), "utf8").split("\n")) {
      if (/Unexpected error|Error:|⨯/.test(line)) lines.push(`${file}: ${line}`);
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

const cleanups: (() => Promise<void>)[] = [];
function registerCleanup(fn: () => Promise<void>) {
  cleanups.push(fn);
}
/** Stops every server this process started (safe to call more than once). */
export async function cleanupAll(): Promise<void> {
  await Promise.allSettled(cleanups.splice(0).map((fn) => fn()));
}

/**
 * Runs a script's main: exits 1 on a thrown error or a non-empty list of failures, and stops every
 * server it started on the way out (also on Ctrl-C).
 */
export function runScript(main: () => Promise<string[]>): void {
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    process.on(sig, () => {
      void cleanupAll().finally(() => process.exit(130));
    });
  }
  main()
    .then(async (failures) => {
      await cleanupAll();
      if (failures.length > 0) {
        console.error(`\nFAILED (${failures.length}):\n${failures.slice(0, 50).map((f) => `  - ${f}`).join("\n")}${failures.length > 50 ? `\n  … and ${failures.length - 50} more` : ""}`);
        process.exit(1);
      }
      console.log("PASSED");
      process.exit(0);
    })
    .catch(async (error: unknown) => {
      await cleanupAll();
      console.error(error);
      for (const dir of keptDirs) console.error(`Kept the database and server logs in ${dir}`);
      process.exit(1);
    });
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

  /** One attempt. Throws NetworkError when no HTTP answer came back (reset, refused, timeout). */
  async send(method: string, pathname: string, opts: { json?: unknown; headers?: Record<string, string>; timeoutMs?: number } = {}): Promise<Reply> {
    this.requests++;
    this.inFlight++;
    const started = performance.now();
    let response: Response;
    let body: string;
    try {
      response = await fetch(this.base + pathname, {
        method,
        headers: { ...(opts.json !== undefined || method !== "GET" ? { "Content-Type": "application/json" } : {}), ...opts.headers },
        body: opts.json === undefined ? undefined : JSON.stringify(opts.json),
        signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000),
        redirect: "follow",
      });
      body = await response.text();
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
    opts: { json?: unknown; headers?: Record<string, string>; attempts?: number; rng?: () => number } = {},
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
