// Scale-out test: `npm run test:resilience -- --only scale-out` (short: 2 instances) or
// `npm run test:resilience -- --full --only scale-out` (3 instances, more load).
// Several stateless app instances on one PostgreSQL database behind a round-robin proxy
// (scripts/round-robin-proxy.ts), deployed as README "Running several instances" says: a scratch
// database migrated once, then `npm start` N times with the same DATABASE_URL, AUTH_SECRET and
// APP_URL (the proxy's address) and CLIENT_IP_HEADER=x-forwarded-for, the header the proxy appends
// the client's address to. Through the proxy it checks that
// - a consultant signed in on one instance is signed in on every other, and signed out on all at once,
// - the per-address start limit (DIAGNOSTIC_STARTS_PER_MINUTE) counts starts on every instance
//   together, keys on the client's own address (a forged X-Forwarded-For changes nothing) and
//   leaves other clients alone,
// - a passcode-protected board link locks after the maximum of wrong passcodes sent to alternating
//   instances, and then refuses the right passcode on any instance,
// - simulated respondents (each from its own loopback address) complete self-serve diagnostics
//   while one instance is killed with SIGKILL mid-run: right after the kill, every answer
//   acknowledged so far is in the database; at the end every diagnostic is finished with one result
//   and exactly one row per answer holding the last value sent, and no instance answered a 5xx.
// Skips (exit 0) with a message when PostgreSQL is not reachable, unless CI=true.
//
// Options: --short, --instances N, --respondents N, --rounds N (diagnostics per respondent), --seed N.
import { randomBytes } from "node:crypto";
import http from "node:http";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import pg from "pg";
import { migrateDatabase } from "@/lib/db/migrate";
import { createScratchDatabase, DEFAULT_POSTGRES_ADMIN_URL } from "@/lib/db/postgres-admin";
import { MAX_FAILED_ATTEMPTS } from "@/lib/sharing/share-link-rules";
import { freePort, portRefuses, quantile, registerCleanup, sleep, startApp, type AppServer } from "./harness";
import {
  answerKey,
  checkCompleted,
  cliOptions,
  closeRun,
  makeRng,
  NetworkError,
  pickScenario,
  planFor,
  printTable,
  runResilienceScript,
  scratchDir,
  tokenHash,
  tokenOf,
  Traffic,
  type PlannedAnswer,
  type StoredDiagnostic,
} from "./resilience-support";
import { startRoundRobinProxy } from "./round-robin-proxy";

const { has, num } = cliOptions();
const SHORT = has("--short");
const INSTANCES = num("--instances", SHORT ? 2 : 3);
const RESPONDENTS = num("--respondents", SHORT ? 8 : 30);
const ROUNDS = num("--rounds", SHORT ? 1 : 2);
const SEED = num("--seed", Math.floor(Math.random() * 2 ** 31));
/** DIAGNOSTIC_STARTS_PER_MINUTE on every instance: small, yet above what one respondent starts. */
const START_LIMIT = Math.max(3, ROUNDS + 1);
/** Share of all final answers acknowledged when one instance is killed. */
const KILL_AT = 0.4;
const DRAFT_RATE = 0.2;
const ADMIN_URL = process.env.TEST_POSTGRES_ADMIN_URL ?? DEFAULT_POSTGRES_ADMIN_URL;

// ------------------------------------------------------------------ a plain HTTP call, from a chosen address

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** One request with node:http (no redirects followed), optionally from another loopback address. */
function call(url: string, init: { method?: string; headers?: Record<string, string>; body?: string; localAddress?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: init.method ?? "GET", headers: init.headers, localAddress: init.localAddress, timeout: 30_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.once("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
      response.once("error", reject);
    });
    request.once("timeout", () => request.destroy(new Error(`timeout: ${url}`)));
    request.once("error", reject);
    request.end(init.body);
  });
}

const json = (body: unknown) => ({ "Content-Type": "application/json", "Content-Length": String(Buffer.byteLength(JSON.stringify(body))) });
const cookieOf = (answer: Answer) => (answer.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");

// ------------------------------------------------------------------ reading the PostgreSQL database

async function storedDiagnostic(db: pg.Client, token: string): Promise<StoredDiagnostic | null> {
  const found = await db.query<{ id: string; status: string; finishedAt: Date | null }>(`SELECT "id", "status", "finishedAt" FROM "Diagnostic" WHERE "resumeTokenHash" = $1`, [tokenHash(token)]);
  const diagnostic = found.rows[0];
  if (!diagnostic) return null;
  const results = await db.query<{ n: string }>(`SELECT COUNT(*) AS n FROM "DiagnosticResult" WHERE "diagnosticId" = $1`, [diagnostic.id]);
  const rows = await db.query<{ questionId: string; constraintId: string; value: string }>(`SELECT "questionId", "constraintId", "value" FROM "Answer" WHERE "diagnosticId" = $1`, [diagnostic.id]);
  const answers = new Map<string, { value: unknown; rows: number }>();
  for (const row of rows.rows) {
    const key = answerKey({ questionId: row.questionId, constraintId: row.constraintId || null });
    answers.set(key, { value: JSON.parse(row.value) as unknown, rows: (answers.get(key)?.rows ?? 0) + 1 });
  }
  return { ...diagnostic, results: Number(results.rows[0]?.n ?? 0), answers };
}

async function postgresReachable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.end();
    return null;
  } catch (error) {
    return String(error instanceof Error ? error.message : error);
  }
}

// ------------------------------------------------------------------ the run

/** What a respondent sent for one question, in order, and what became of each send. */
type Send = { value: unknown; state: "pending" | "acked" | "lost" | "rejected" };
type Respondent = { index: number; label: string; address: string; token: string | null; plan: PlannedAnswer[]; sends: Map<string, Send[]> };

async function main(): Promise<string[]> {
  if (unreachable) return [`PostgreSQL is required under CI but unreachable at ${ADMIN_URL}: ${unreachable}`];
  console.log(`Scale-out test: ${INSTANCES} instances on one PostgreSQL database behind a round-robin proxy; ${RESPONDENTS} respondents × ${ROUNDS} diagnostic(s); one instance killed mid-run; seed ${SEED}`);
  const rng = makeRng(SEED);
  const scratch = scratchDir("eid-scale-out-");
  const failures: string[] = [];
  const t0 = performance.now();

  // 1. The database, migrated once, as a deployment does before it starts its instances.
  const database = await createScratchDatabase(ADMIN_URL, "eid_scale");
  registerCleanup(database.drop);
  const applied = await migrateDatabase({ provider: "postgresql", url: database.url });
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  registerCleanup(() => db.end());

  // 2. The proxy first: its address is the APP_URL every instance is given.
  const ports = await Promise.all(Array.from({ length: INSTANCES }, () => freePort()));
  const proxy = await startRoundRobinProxy({ upstreams: ports.map((port, i) => ({ name: `instance-${i + 1}`, port })), healthIntervalMs: 500 });
  registerCleanup(proxy.close);
  const env = {
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    APP_URL: proxy.base,
    CLIENT_IP_HEADER: "x-forwarded-for",
    DIAGNOSTIC_STARTS_PER_MINUTE: String(START_LIMIT),
  };
  const start = (i: number) => startApp({ databaseUrl: database.url, port: ports[i], logFile: path.join(scratch.dir, `instance-${i + 1}.log`), env });
  // The first start builds when the build is stale; the others then start side by side on it.
  const instances: AppServer[] = [await start(0)];
  instances.push(...(await Promise.all(ports.slice(1).map((_, i) => start(i + 1)))));
  const startupSeconds = (performance.now() - t0) / 1000;
  const origin = { Origin: proxy.base };

  // 3. Sessions: sign up through the proxy, sign in on instance 1, be signed in on every instance.
  const email = `scale-${randomBytes(4).toString("hex")}@example.com`;
  const password = "scale-out-password-1";
  const signUpBody = { name: "Scale Out", email, password };
  const signUp = await call(`${proxy.base}/api/auth/sign-up/email`, { method: "POST", headers: { ...json(signUpBody), ...origin }, body: JSON.stringify(signUpBody) });
  if (signUp.status !== 200) failures.push(`sign-up through the proxy → ${signUp.status} ${signUp.body.slice(0, 200)}`);
  const signInBody = { email, password };
  const signIn = await call(`${instances[0]?.base}/api/auth/sign-in/email`, { method: "POST", headers: { ...json(signInBody), ...origin }, body: JSON.stringify(signInBody) });
  const cookie = cookieOf(signIn);
  if (signIn.status !== 200 || !cookie) failures.push(`sign-in on instance 1 → ${signIn.status} ${signIn.body.slice(0, 200)}`);
  const sessionEmail = async (server: AppServer) => {
    const reply = await call(`${server.base}/api/auth/get-session`, { headers: { Cookie: cookie } });
    return reply.status === 200 ? ((JSON.parse(reply.body) as { user?: { email?: string } } | null)?.user?.email ?? null) : null;
  };
  let sessionsShared = 0;
  for (const [i, server] of instances.entries()) {
    const seen = await sessionEmail(server);
    const workspace = await call(`${server.base}/workspace`, { headers: { Cookie: cookie } });
    if (seen !== email) failures.push(`instance ${i + 1} does not know the session made on instance 1 (get-session: ${seen})`);
    else if (workspace.status !== 200) failures.push(`instance ${i + 1}: the workspace page answered ${workspace.status} to a signed-in consultant`);
    else sessionsShared++;
  }
  const last = instances.length - 1;
  const signOut = await call(`${instances[last]?.base}/api/auth/sign-out`, { method: "POST", headers: { ...json({}), ...origin, Cookie: cookie }, body: "{}" });
  if (signOut.status !== 200) failures.push(`sign-out on instance ${last + 1} → ${signOut.status}`);
  const afterSignOut = await sessionEmail(instances[0] as AppServer);
  if (afterSignOut !== null) failures.push(`after signing out on instance ${last + 1}, instance 1 still knows the session of ${afterSignOut}`);

  // 4. The start limit through the proxy, from one client address: round robin spreads the starts
  //    over the instances, and the (limit+1)th is refused by whichever instance gets it.
  const startFrom = (localAddress: string, headers: Record<string, string> = {}) =>
    call(`${proxy.base}/api/diagnostics`, { method: "POST", headers: { ...json({}), ...headers }, body: "{}", localAddress });
  const limited: { status: number; upstream: string }[] = [];
  for (let i = 0; i <= START_LIMIT; i++) {
    const reply = await startFrom("127.0.0.250");
    limited.push({ status: reply.status, upstream: String(reply.headers["x-upstream"]) });
  }
  const forged = await startFrom("127.0.0.250", { "X-Forwarded-For": "203.0.113.9" });
  const other = await startFrom("127.0.0.251");
  const expected = [...Array.from({ length: START_LIMIT }, () => 201), 429];
  if (!isDeepStrictEqual(limited.map((r) => r.status), expected)) failures.push(`starts from one address: ${limited.map((r) => `${r.status}@${r.upstream}`).join(" ")}, expected ${START_LIMIT}×201 then 429`);
  if (new Set(limited.map((r) => r.upstream)).size < Math.min(2, INSTANCES)) failures.push(`the limited starts all reached ${limited[0]?.upstream}: round robin did not spread them`);
  if (forged.status !== 429) failures.push(`a start with a forged X-Forwarded-For from the limited address → ${forged.status}, expected 429`);
  if (other.status !== 201) failures.push(`a start from another address → ${other.status}, expected 201 (the limit is per address)`);
  const extraDiagnostics = START_LIMIT + (other.status === 201 ? 1 : 0);

  // 5. Respondents, then a passcode link on the first finished diagnostic; one instance dies mid-run.
  const traffic = new Traffic(proxy.base);
  const respondents: Respondent[] = [];
  const completed: { label: string; token: string; plan: PlannedAnswer[] }[] = [];
  let totalFinals = 0;
  for (let i = 0; i < RESPONDENTS * ROUNDS; i++) totalFinals += pickScenario(i).rows.length;
  let finalsAcked = 0;
  let killed: Promise<void> | null = null;
  let killReport = "not reached";
  let ackedCheckedAfterKill = 0;
  let finishConflictsAfterRetry = 0;

  /** Right after the kill: every answer acknowledged so far is stored, with its value or a later one sent since. */
  async function checkAcknowledged(): Promise<void> {
    const lastAcked = new Map<Respondent, Map<string, number>>();
    for (const r of respondents) {
      const byKey = new Map<string, number>();
      for (const [key, sends] of r.sends) byKey.set(key, sends.findLastIndex((s) => s.state === "acked"));
      lastAcked.set(r, byKey);
    }
    for (const [r, byKey] of lastAcked) {
      if (!r.token) continue;
      const stored = await storedDiagnostic(db, r.token);
      for (const [key, index] of byKey) {
        if (index < 0) continue;
        ackedCheckedAfterKill++;
        const allowed = (r.sends.get(key) ?? []).slice(index).filter((s) => s.state !== "rejected").map((s) => s.value);
        const found = stored?.answers.get(key);
        if (!found) failures.push(`after the kill: ${r.label}: acknowledged answer ${key} is missing`);
        else if (found.rows !== 1) failures.push(`after the kill: ${r.label}: answer ${key} stored ${found.rows} times`);
        else if (!allowed.some((v) => isDeepStrictEqual(v, found.value))) failures.push(`after the kill: ${r.label}: answer ${key} is ${JSON.stringify(found.value)}; acknowledged or sent since: ${JSON.stringify(allowed)}`);
      }
    }
  }

  async function kill(): Promise<void> {
    const victim = instances[last] as AppServer;
    const inFlight = traffic.inFlight;
    const progress = finalsAcked;
    await victim.kill9();
    if (!(await portRefuses(victim.port))) throw new Error(`instance ${last + 1} still accepts connections after SIGKILL`);
    await checkAcknowledged();
    killReport = `instance ${last + 1} at ${progress}/${totalFinals} answers, ${inFlight} requests in flight`;
    console.log(`SIGKILL of ${killReport}; ${ackedCheckedAfterKill} acknowledged answers checked in the database`);
  }

  async function put(r: Respondent, token: string, answer: PlannedAnswer, value: unknown): Promise<void> {
    const key = answerKey(answer);
    const send: Send = { value, state: "pending" };
    r.sends.set(key, [...(r.sends.get(key) ?? []), send]);
    let reply;
    try {
      reply = await traffic.sendWithRetry("PUT", `/api/diagnostics/${token}/answers`, { json: { questionId: answer.questionId, constraintId: answer.constraintId, value }, rng });
    } catch (error) {
      send.state = "lost";
      throw error;
    }
    if (reply.status !== 200) {
      send.state = "rejected";
      throw new Error(`${r.label}: PUT ${key} → ${reply.status} ${reply.body.slice(0, 200)}`);
    }
    send.state = "acked";
    traffic.saveMs.push(reply.ms);
    if (!isDeepStrictEqual(value, answer.final)) return;
    finalsAcked++;
    if (!killed && finalsAcked >= KILL_AT * totalFinals && traffic.inFlight > 0) killed = kill();
  }

  async function diagnostic(index: number, round: number): Promise<void> {
    const scenario = pickScenario(index * ROUNDS + round);
    const r: Respondent = { index, label: `respondent ${index} round ${round} (${scenario.id})`, address: `127.0.0.${10 + (index % 230)}`, token: null, plan: planFor(scenario, rng, DRAFT_RATE), sends: new Map() };
    respondents.push(r);
    const startKey = `scale-${index}-${round}-${Math.floor(rng() * 2 ** 48).toString(36)}`.padEnd(16, "0");
    const created = await traffic.sendWithRetry("POST", "/api/diagnostics", { rng, headers: { "Idempotency-Key": startKey }, localAddress: r.address });
    if (created.status !== 201) throw new Error(`${r.label}: POST /api/diagnostics → ${created.status} ${created.body.slice(0, 200)}`);
    const token = tokenOf(created);
    r.token = token;
    const queue = [...r.plan];
    await Promise.all(
      Array.from({ length: 1 + Math.floor(rng() * 4) }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) for (const value of next.values) await put(r, token, next, value);
      }),
    );
    const finished = await traffic.sendWithRetry("POST", `/api/diagnostics/${token}/finish`, { rng });
    // A finish whose connection broke after the instance did the work is retried into "already finished".
    if (finished.status === 409 && finished.tries > 1) finishConflictsAfterRetry++;
    else if (finished.status !== 200) throw new Error(`${r.label}: finish → ${finished.status} ${finished.body.slice(0, 200)}`);
    const results = await traffic.sendWithRetry("GET", `/d/${token}/results`, { rng });
    if (results.status !== 200) throw new Error(`${r.label}: GET results → ${results.status}`);
    completed.push({ label: r.label, token, plan: r.plan });
  }

  const loadStarted = performance.now();
  await Promise.all(
    Array.from({ length: RESPONDENTS }, async (_, index) => {
      for (let round = 0; round < ROUNDS; round++) {
        try {
          await diagnostic(index, round);
        } catch (error) {
          failures.push(error instanceof NetworkError ? `respondent ${index} round ${round}: gave up after retries (${error.detail})` : String(error instanceof Error ? error.message : error));
          return;
        }
      }
    }),
  );
  await killed;
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  if (killReport === "not reached") failures.push("no instance was killed: the run ended before the kill point");

  // 6. The killed instance restarts (its start finds the database up to date) and rejoins the rotation.
  instances[last] = await start(last);
  while (!proxy.upstreams[last]?.up) await sleep(100);

  // 7. Passcode lock-out across instances: the wrong passcodes alternate between the instances.
  let passcodeLine = "not run (no finished diagnostic)";
  const shared = completed[0];
  if (shared) {
    const passcode = "right-passcode-1";
    const linkBody = { label: "Board", preparedBy: "Scale-out test", passcode, acknowledged: true };
    const link = await call(`${proxy.base}/api/diagnostics/${shared.token}/share-links`, { method: "POST", headers: json(linkBody), body: JSON.stringify(linkBody) });
    const reportPath = link.status === 201 ? (JSON.parse(link.body) as { reportPath: string }).reportPath : null;
    if (!reportPath) failures.push(`creating a passcode link → ${link.status} ${link.body.slice(0, 200)}`);
    else {
      const unlock = async (i: number, guess: string) => {
        const server = instances[i % instances.length] as AppServer;
        const body = `passcode=${encodeURIComponent(guess)}`;
        const reply = await call(`${server.base}${reportPath}/unlock`, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": String(body.length) }, body });
        return { location: String(reply.headers.location ?? ""), granted: cookieOf(reply) !== "" };
      };
      const outcomes: string[] = [];
      for (let i = 0; i < MAX_FAILED_ATTEMPTS; i++) {
        const { location } = await unlock(i, `wrong-guess-${i}`);
        const wrong = location.endsWith("?passcode=wrong");
        outcomes.push(wrong ? "wrong" : location.endsWith(reportPath) ? "locked" : location);
      }
      const right = await unlock(MAX_FAILED_ATTEMPTS, passcode);
      outcomes.push(right.granted ? "unlocked" : "locked");
      const expectedOutcomes = [...Array.from({ length: MAX_FAILED_ATTEMPTS - 1 }, () => "wrong"), "locked", "locked"];
      if (!isDeepStrictEqual(outcomes, expectedOutcomes)) failures.push(`passcode guesses alternating instances: ${outcomes.join(", ")}; expected ${expectedOutcomes.join(", ")}`);
      const row = await db.query<{ lockedUntil: Date | null }>(`SELECT "lockedUntil" FROM "ShareLink" WHERE "tokenHash" = $1`, [tokenHash(reportPath.split("/").pop() ?? "")]);
      const stored = row.rows[0];
      if (!stored?.lockedUntil || stored.lockedUntil.getTime() <= Date.now()) failures.push(`the share link is not locked in the database: ${JSON.stringify(stored)}`);
      passcodeLine = `${outcomes.join(", ")} (instances ${outcomes.map((_, i) => (i % instances.length) + 1).join(", ")}); locked in the database for ${stored?.lockedUntil ? Math.round((stored.lockedUntil.getTime() - Date.now()) / 60_000) : "?"} min`;
    }
  }

  // 8. The board report, kept rendered by each instance: every instance serves it and counts each
  //    view in the database; revoked on one instance, it is gone from all at once.
  let reportLine = "not run (no finished diagnostic)";
  if (shared) {
    const linkBody = { label: "Board, no passcode", preparedBy: "Scale-out test", acknowledged: true };
    const link = await call(`${proxy.base}/api/diagnostics/${shared.token}/share-links`, { method: "POST", headers: json(linkBody), body: JSON.stringify(linkBody) });
    const created = link.status === 201 ? (JSON.parse(link.body) as { reportPath: string; id: string }) : null;
    if (!created) failures.push(`creating a share link → ${link.status} ${link.body.slice(0, 200)}`);
    else {
      const views = async () => Promise.all(instances.flatMap((server) => [1, 2].map(() => call(`${server.base}${created.reportPath}`))));
      const before = await views();
      const served = before.filter((reply) => reply.status === 200 && reply.body.includes("data-board-report")).length;
      if (served !== before.length) failures.push(`the board report answered ${before.map((reply) => reply.status).join(", ")} on the instances`);
      const counted = await db.query<{ viewCount: number }>(`SELECT "viewCount" FROM "ShareLink" WHERE "id" = $1`, [created.id]);
      const viewCount = counted.rows[0]?.viewCount ?? 0;
      if (viewCount !== before.length) failures.push(`${before.length} views of the board report, ${viewCount} counted`);
      const revoked = await call(`${instances[0]?.base}/api/diagnostics/${shared.token}/share-links/${created.id}`, { method: "DELETE", headers: origin });
      if (revoked.status !== 200) failures.push(`revoking the link on instance 1 → ${revoked.status}`);
      const after = await views();
      if (after.some((reply) => reply.status !== 404)) failures.push(`after revoking on instance 1 the report answered ${after.map((reply) => reply.status).join(", ")}; expected 404 everywhere`);
      reportLine = `${served} of ${before.length} views served (2 per instance), ${viewCount} counted; revoked on instance 1: ${after.filter((reply) => reply.status === 404).length} of ${after.length} then 404`;
    }
  }

  // 9. The database as every instance left it.
  let answersChecked = 0;
  for (const { label, token, plan } of completed) {
    failures.push(...checkCompleted(label, await storedDiagnostic(db, token), plan));
    answersChecked += plan.length;
  }
  const count = await db.query<{ n: string }>(`SELECT COUNT(*) AS n FROM "Diagnostic"`);
  const storedDiagnostics = Number(count.rows[0]?.n ?? 0);
  if (completed.length !== RESPONDENTS * ROUNDS) failures.push(`${completed.length} of ${RESPONDENTS * ROUNDS} diagnostics completed`);
  const stray = storedDiagnostics - completed.length - extraDiagnostics;
  if (stray !== 0) failures.push(`${stray} diagnostics in the database that no respondent completed`);
  // The proxy's own 502/503 (a non-idempotent request whose instance died) are retried by the client; an instance's 5xx is a bug.
  const appErrors = traffic.serverErrors.filter((line) => !/→ 50[23] (The instance broke|No app instance)/.test(line));
  if (appErrors.length > 0) failures.push(`${appErrors.length} responses with status 5xx from an instance, e.g. ${appErrors.slice(0, 5).join(" | ")}`);

  const save = [...traffic.saveMs].sort((a, b) => a - b);
  printTable([
    ["instances (one PostgreSQL database)", `${INSTANCES}, migrations applied once before they started (${applied.length})`],
    ["startup (database, migrations, instances)", `${startupSeconds.toFixed(1)} s`],
    ["sessions", `signed in on instance 1, signed in on ${sessionsShared} of ${INSTANCES}; signed out on instance ${last + 1}, ${afterSignOut === null ? "signed out on instance 1" : "STILL SIGNED IN on instance 1"}`],
    [`start limit (${START_LIMIT}/min per address)`, `${limited.map((r) => `${r.status}@${r.upstream.replace("instance-", "#")}`).join(" ")}; forged X-Forwarded-For ${forged.status}; another address ${other.status}`],
    [`passcode lock (${MAX_FAILED_ATTEMPTS} wrong)`, passcodeLine],
    ["board report (kept rendered per instance)", reportLine],
    ["respondents (concurrent)", RESPONDENTS],
    ["diagnostics completed", `${completed.length} of ${RESPONDENTS * ROUNDS}`],
    ["answers stored (checked at the end)", answersChecked],
    ["killed (then restarted; it rejoined)", killReport],
    ["acknowledged answers checked after the kill", ackedCheckedAfterKill],
    ["requests by the clients (all tries)", traffic.requests],
    ["client retries / proxy retries", `${traffic.retries} / ${proxy.stats.retried}`],
    ["proxy 502 (non-idempotent, instance died) / 503", `${proxy.stats.badGateway} / ${proxy.stats.noUpstream}`],
    ["finish retried into 409 (already finished)", finishConflictsAfterRetry],
    ["served per instance", proxy.upstreams.map((u) => `${u.name} ${u.served}`).join(", ")],
    ["HTTP statuses seen by respondents", traffic.statusSummary()],
    ["5xx from an instance", appErrors.length],
    ["save latency p50 / p95 / max", `${quantile(save, 0.5).toFixed(1)} / ${quantile(save, 0.95).toFixed(1)} / ${quantile(save, 1).toFixed(1)} ms`],
    ["load wall time", `${loadSeconds.toFixed(1)} s`],
    ["total wall time", `${((performance.now() - t0) / 1000).toFixed(1)} s`],
    ["seed", SEED],
  ]);
  return closeRun(scratch, failures);
}

const unreachable = await postgresReachable();
if (unreachable && process.env.CI !== "true") {
  console.log(`Scale-out test SKIPPED: no PostgreSQL at ${ADMIN_URL} (${unreachable}). Set TEST_POSTGRES_ADMIN_URL to run it.`);
} else {
  runResilienceScript(main);
}
