// Load test of the self-serve JSON API: `npm run test:resilience -- --full --only load` (full) or `tsx scripts/load-test.ts --short`.
// Starts `npm start` on a fresh SQLite file behind a proxy that resets a few connections, then lets
// simulated respondents complete diagnostics concurrently: create, PUT every answer of a scenario in
// shuffled order (a few at a time, some first with another value), finish, open the results. Network
// errors and 5xx are retried with backoff, so some answers reach the server twice. Then the SQLite
// file is read: every diagnostic finished with one result and exactly one row per answer holding
// the last value sent, and the server answered no request with a 5xx. Exits 1 on any failure.
//
// Options: --short (10 respondents × 1 diagnostic), --respondents N, --rounds N (diagnostics per
// respondent), --chaos RATE (share of requests whose connection is reset; 0 disables), --seed N.
import {
  checkCompleted,
  cliOptions,
  integrityCheck,
  makeRng,
  NetworkError,
  openDatabase,
  pickScenario,
  planFor,
  printTable,
  runResilienceScript,
  scratchDir,
  closeRun,
  startApp,
  startChaosProxy,
  storedDiagnostic,
  tokenOf,
  Traffic,
  type PlannedAnswer,
} from "./resilience-support";
import { quantile } from "./harness";

const { has, num } = cliOptions();
const SHORT = has("--short");
const RESPONDENTS = num("--respondents", SHORT ? 10 : 50);
const ROUNDS = num("--rounds", SHORT ? 1 : 3);
const CHAOS = num("--chaos", 0.03);
const SEED = num("--seed", Math.floor(Math.random() * 2 ** 31));
const DRAFT_RATE = 0.2;

type Completed = { label: string; token: string; plan: PlannedAnswer[] };

async function main(): Promise<string[]> {
  console.log(`Load test: ${RESPONDENTS} concurrent respondents × ${ROUNDS} diagnostic(s), connection resets on ${(CHAOS * 100).toFixed(1)}% of requests, seed ${SEED}`);
  const rng = makeRng(SEED);
  const scratch = scratchDir("eid-load-");
  const server = await startApp({ databaseFile: scratch.databaseFile, logDir: scratch.dir });
  // Creating a diagnostic is not idempotent (a retried POST makes a second, empty one), so the
  // proxy leaves it alone; answers, finishing and reading are reset.
  const proxy = await startChaosProxy({
    targetPort: Number(new URL(server.base).port),
    rate: CHAOS,
    rng,
    affects: (line) => !line.startsWith("POST /api/diagnostics ") && !line.includes("/api/health"),
  });
  const traffic = new Traffic(proxy.base);
  const failures: string[] = [];
  const completed: Completed[] = [];
  let createRetries = 0;
  let finishConflictsAfterRetry = 0;

  async function put(label: string, token: string, questionId: string, constraintId: string | null, value: unknown): Promise<void> {
    const reply = await traffic.sendWithRetry("PUT", `/api/diagnostics/${token}/answers`, { json: { questionId, constraintId, value }, rng });
    if (reply.status !== 200) throw new Error(`${label}: PUT ${questionId}@${constraintId ?? ""} → ${reply.status} ${reply.body.slice(0, 200)}`);
    traffic.saveMs.push(reply.ms);
  }

  async function diagnostic(respondent: number, round: number): Promise<void> {
    const scenario = pickScenario(respondent * ROUNDS + round);
    const label = `respondent ${respondent} round ${round} (${scenario.id})`;
    // One start key per diagnostic: a retried start returns the same diagnostic instead of another.
    const startKey = `load-${respondent}-${round}-${Math.floor(rng() * 2 ** 48).toString(36)}`.padEnd(16, "0");
    const created = await traffic.sendWithRetry("POST", "/api/diagnostics", { rng, headers: { "Idempotency-Key": startKey } });
    if (created.tries > 1) createRetries += created.tries - 1;
    if (created.status !== 201) throw new Error(`${label}: POST /api/diagnostics → ${created.status} ${created.body.slice(0, 200)}`);
    const token = tokenOf(created);
    const plan = planFor(scenario, rng, DRAFT_RATE);
    const queue = [...plan];
    const concurrency = 1 + Math.floor(rng() * 4);
    // Each worker takes one question at a time and sends its values in order, so a question's
    // last value is always the last one sent for it.
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          for (const value of next.values) await put(label, token, next.questionId, next.constraintId, value);
        }
      }),
    );
    const finished = await traffic.sendWithRetry("POST", `/api/diagnostics/${token}/finish`, { rng });
    // A retried finish whose first try was done but whose answer was lost finds the diagnostic finished.
    if (finished.status === 409 && finished.tries > 1) finishConflictsAfterRetry++;
    else if (finished.status !== 200) throw new Error(`${label}: finish → ${finished.status} ${finished.body.slice(0, 200)}`);
    const results = await traffic.sendWithRetry("GET", `/d/${token}/results`, { rng });
    if (results.status !== 200) throw new Error(`${label}: GET results → ${results.status}`);
    completed.push({ label, token, plan });
  }

  const started = performance.now();
  await Promise.all(
    Array.from({ length: RESPONDENTS }, async (_, respondent) => {
      for (let round = 0; round < ROUNDS; round++) {
        try {
          await diagnostic(respondent, round);
        } catch (error) {
          failures.push(error instanceof NetworkError ? `respondent ${respondent} round ${round}: gave up after retries (${error.detail})` : String(error instanceof Error ? error.message : error));
          return;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await proxy.close();
  await server.stop();

  // The server is stopped: read the file as it was left.
  const db = openDatabase(scratch.databaseFile);
  let answersChecked = 0;
  let storedDiagnostics: number;
  try {
    const integrity = integrityCheck(db);
    if (integrity !== "ok") failures.push(`PRAGMA integrity_check: ${integrity}`);
    for (const { label, token, plan } of completed) {
      failures.push(...checkCompleted(label, storedDiagnostic(db, token), plan));
      answersChecked += plan.length;
    }
    storedDiagnostics = (db.prepare(`SELECT COUNT(*) AS n FROM "Diagnostic"`).get() as { n: number }).n;
    const stray = storedDiagnostics - completed.length;
    if (completed.length !== RESPONDENTS * ROUNDS) failures.push(`${completed.length} of ${RESPONDENTS * ROUNDS} diagnostics completed`);
    // Starts carry a start key, so even a retried start leaves no extra diagnostic behind.
    if (stray !== 0) failures.push(`${stray} diagnostics in the database that no respondent completed (${createRetries} retried starts)`);
  } finally {
    db.close();
  }
  if (traffic.serverErrors.length > 0) failures.push(`${traffic.serverErrors.length} responses with status 5xx, e.g. ${traffic.serverErrors.slice(0, 5).join(" | ")}`);

  const sent = completed.reduce((n, c) => n + c.plan.reduce((m, a) => m + a.values.length, 0), 0);
  const save = [...traffic.saveMs].sort((a, b) => a - b);
  printTable([
    ["respondents (concurrent)", RESPONDENTS],
    ["diagnostics completed", `${completed.length} of ${RESPONDENTS * ROUNDS}`],
    ["answers stored (checked)", answersChecked],
    ["answer values sent (incl. changed minds)", sent],
    ["requests (all tries)", traffic.requests],
    ["retries", traffic.retries],
    ["connections reset by the proxy", `${proxy.stats.droppedRequests} before the server, ${proxy.stats.droppedResponses} after it answered (duplicate deliveries)`],
    ["network errors seen by clients", traffic.networkSummary()],
    ["finish retried into 409 (already finished)", finishConflictsAfterRetry],
    ["HTTP statuses", traffic.statusSummary()],
    ["5xx responses", traffic.serverErrors.length],
    ["save latency p50 / p95 / max", `${quantile(save, 0.5).toFixed(1)} / ${quantile(save, 0.95).toFixed(1)} / ${quantile(save, 1).toFixed(1)} ms`],
    ["wall time", `${seconds.toFixed(1)} s`],
    ["diagnostics in the database", storedDiagnostics],
    ["seed", SEED],
  ]);
  return closeRun(scratch, failures);
}

runResilienceScript(main);
