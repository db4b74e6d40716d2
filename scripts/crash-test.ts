// Crash recovery test: `npm run test:resilience -- --full --only crash` (full) or `tsx scripts/crash-test.ts --short`.
// Starts `npm start` on a SQLite file in a scratch directory; simulated respondents answer their
// scenarios continuously (a few answers at a time, some first with another value) and record every
// answer the server acknowledged (200). At a random point of their progress the whole server process
// group is killed with SIGKILL, mid-stream. With the server dead the file must pass
// `PRAGMA integrity_check` and hold every acknowledged answer with its value (or a value sent after
// it whose answer was lost with the server). The server is restarted on the same file and port; each
// respondent reopens its resume link, checks that the server still shows what it acknowledged, and
// continues from what the server shows. At the end every diagnostic must be finished with one result
// and exactly the answers last sent, and no request may have been answered with a 5xx.
//
// Options: --short (8 respondents, 1 crash), --respondents N, --crashes N, --seed N.
import { isDeepStrictEqual } from "node:util";
import {
  answerKey,
  checkCompleted,
  cliOptions,
  integrityCheck,
  makeRng,
  NetworkError,
  normalised,
  openDatabase,
  pickScenario,
  planFor,
  printTable,
  readServerView,
  runResilienceScript,
  scratchDir,
  closeRun,
  startApp,
  storedDiagnostic,
  tokenOf,
  Traffic,
  type PlannedAnswer,
  type ServerView,
} from "./resilience-support";
import { freePort, portRefuses, sleep, type AppServer } from "./harness";

const { has, num } = cliOptions();
const SHORT = has("--short");
const RESPONDENTS = num("--respondents", SHORT ? 8 : 30);
const CRASHES = num("--crashes", SHORT ? 1 : 3);
const SEED = num("--seed", Math.floor(Math.random() * 2 ** 31));
const DRAFT_RATE = 0.2;
const THINK_MS = 15;
const DEADLINE_MS = 10 * 60_000;

/** What a respondent sent for one question, in order, and what became of each send. */
type Send = { value: unknown; state: "pending" | "acked" | "lost" | "rejected" };

type Respondent = {
  index: number;
  label: string;
  version: string;
  plan: PlannedAnswer[];
  token: string | null;
  sends: Map<string, Send[]>;
  resumes: number;
  done: boolean;
};

/**
 * The values the stored answer may hold given what was sent: the last acknowledged value, or a value
 * sent after it whose answer never came back. `required` is false when nothing was acknowledged.
 */
function acceptable(sends: readonly Send[]): { required: boolean; values: unknown[] } {
  let lastAck = -1;
  sends.forEach((s, i) => s.state === "acked" && (lastAck = i));
  const from = Math.max(lastAck, 0);
  return { required: lastAck >= 0, values: sends.slice(from).filter((s) => s.state !== "rejected").map((s) => s.value) };
}

async function main(): Promise<string[]> {
  console.log(`Crash test: ${RESPONDENTS} respondents, ${CRASHES} SIGKILL(s) of the server mid-stream, seed ${SEED}`);
  const rng = makeRng(SEED);
  const scratch = scratchDir("eid-crash-");
  const port = await freePort();
  let server: AppServer = await startApp({ databaseFile: scratch.databaseFile, port, logDir: scratch.dir });
  const traffic = new Traffic(server.base);
  const failures: string[] = [];

  const respondents: Respondent[] = Array.from({ length: RESPONDENTS }, (_, index) => {
    const scenario = pickScenario(index);
    return { index, label: `respondent ${index} (${scenario.id})`, version: scenario.version, plan: planFor(scenario, rng, DRAFT_RATE), token: null, sends: new Map(), resumes: 0, done: false };
  });
  const totalAnswers = respondents.reduce((n, r) => n + r.plan.length, 0);

  // Crash points: fractions of all final answers acknowledged, spread over the run.
  const crashAt = Array.from({ length: CRASHES }, (_, i) => (0.1 + (0.75 * (i + rng())) / CRASHES) * totalAnswers).map(Math.floor);
  const crashLog: { progress: number; inFlight: number; ackedChecked: number; integrity: string }[] = [];
  let finalsAcked = 0;
  let crashing: Promise<void> | null = null;
  // A crash step that cannot complete (the server survives the kill, will not restart) ends the run.
  let abort: (error: unknown) => void = () => {};
  const aborted = new Promise<never>((_, reject) => (abort = reject));
  let orphanCreates = 0;

  /** Kills the server, checks the file while nothing has it open, restarts on the same file and port. */
  async function crash(): Promise<void> {
    const inFlight = traffic.inFlight;
    const progress = finalsAcked;
    await server.kill9();
    // Nothing of the old server may survive: a straggler still serving the port would make the
    // restart below talk to it and the test pass without a crash.
    if (!(await portRefuses(port))) throw new Error(`after SIGKILL ${crashLog.length + 1}: port ${port} still accepts connections`);
    const db = openDatabase(scratch.databaseFile);
    let ackedChecked = 0;
    let integrity: string;
    try {
      integrity = integrityCheck(db);
      if (integrity !== "ok") failures.push(`after SIGKILL ${crashLog.length + 1}: PRAGMA integrity_check: ${integrity}`);
      for (const r of respondents) {
        if (!r.token) continue;
        const stored = storedDiagnostic(db, r.token);
        if (!stored) {
          failures.push(`after SIGKILL ${crashLog.length + 1}: ${r.label}: acknowledged diagnostic missing`);
          continue;
        }
        for (const [key, sends] of r.sends) {
          const { required, values } = acceptable(sends);
          const found = stored.answers.get(key);
          if (required) ackedChecked++;
          if (!found) {
            if (required) failures.push(`after SIGKILL ${crashLog.length + 1}: ${r.label}: acknowledged answer ${key} = ${JSON.stringify(values[0])} is missing`);
          } else if (!values.some((v) => isDeepStrictEqual(v, found.value))) {
            failures.push(`after SIGKILL ${crashLog.length + 1}: ${r.label}: answer ${key} is ${JSON.stringify(found.value)}; acknowledged/sent since: ${JSON.stringify(values)}`);
          }
        }
      }
    } finally {
      db.close();
    }
    crashLog.push({ progress, inFlight, ackedChecked, integrity });
    console.log(`SIGKILL ${crashLog.length}: at ${progress}/${totalAnswers} answers, ${inFlight} requests in flight; integrity ${integrity}; ${ackedChecked} acknowledged answers checked. Restarting...`);
    server = await startApp({ databaseFile: scratch.databaseFile, port, logDir: scratch.dir });
  }

  function answered(r: Respondent, answer: PlannedAnswer, send: Send): void {
    if (send.state !== "acked" || !isDeepStrictEqual(send.value, answer.final)) return;
    finalsAcked++;
    // Kill only while other requests are in flight, so the kill lands mid-stream.
    if (!crashing && crashLog.length < CRASHES && finalsAcked >= (crashAt[crashLog.length] ?? Infinity) && traffic.inFlight > 0) {
      crashing = crash()
        .catch(abort)
        .finally(() => (crashing = null));
    }
  }

  /** Polls the server's health until it answers, as a browser's retry loop would. */
  async function waitUntilReachable(): Promise<void> {
    for (let delay = 50; ; delay = Math.min(500, delay * 2)) {
      try {
        if ((await traffic.send("GET", "/api/health")).status === 200) return;
      } catch (error) {
        if (!(error instanceof NetworkError)) throw error;
      }
      await sleep(delay * (0.5 + rng()));
    }
  }

  /** Fails when the server's view of a diagnostic lacks an answer it acknowledged. */
  function checkView(r: Respondent, view: ServerView & { finished: false }): Map<string, unknown> {
    const shown = new Map(view.answers.map((a) => [answerKey(a), normalised(r.version, a)] as const));
    for (const [key, sends] of r.sends) {
      const { required, values } = acceptable(sends);
      const value = shown.get(key);
      if (required && !shown.has(key)) failures.push(`${r.label}: after resuming, the server does not show acknowledged answer ${key}`);
      else if (shown.has(key) && !values.some((v) => isDeepStrictEqual(v, value))) {
        failures.push(`${r.label}: after resuming, the server shows ${key} = ${JSON.stringify(value)}; acknowledged/sent since: ${JSON.stringify(values)}`);
      }
    }
    return shown;
  }

  async function put(r: Respondent, answer: PlannedAnswer, value: unknown): Promise<void> {
    const key = answerKey(answer);
    const send: Send = { value: normalised(r.version, { ...answer, value }), state: "pending" };
    r.sends.set(key, [...(r.sends.get(key) ?? []), send]);
    try {
      const reply = await traffic.send("PUT", `/api/diagnostics/${r.token}/answers`, { json: { questionId: answer.questionId, constraintId: answer.constraintId, value } });
      if (reply.status === 200) {
        send.state = "acked";
        traffic.saveMs.push(reply.ms);
        answered(r, answer, send);
      } else {
        send.state = "rejected";
        throw new Error(`${r.label}: PUT ${key} → ${reply.status} ${reply.body.slice(0, 200)}`);
      }
    } catch (error) {
      if (error instanceof NetworkError) send.state = "lost";
      throw error;
    }
  }

  async function respond(r: Respondent): Promise<void> {
    while (!r.token) {
      try {
        const created = await traffic.send("POST", "/api/diagnostics");
        if (created.status !== 201) throw new Error(`${r.label}: POST /api/diagnostics → ${created.status}`);
        r.token = tokenOf(created);
      } catch (error) {
        if (!(error instanceof NetworkError)) throw error;
        orphanCreates++; // the server may have created one we never heard of
        await waitUntilReachable();
      }
    }
    for (let session = 0; !r.done; session++) {
      try {
        if (session > 0) {
          r.resumes++;
          await waitUntilReachable();
        }
        // Reopen the resume link and continue from what the server shows.
        const view = await readServerView(traffic, r.token);
        if (view.finished) {
          r.done = true;
          break;
        }
        const shown = checkView(r, view);
        const remaining = r.plan.filter((a) => !shown.has(answerKey(a)) || !isDeepStrictEqual(shown.get(answerKey(a)), a.final));
        // First visit: answer as planned (some with a changed mind); on resuming, the final answers.
        const queue = remaining.map((a) => (session === 0 ? a.values : [a.final]).map((value) => ({ a, value })));
        let broken = false;
        const workers = await Promise.allSettled(
          Array.from({ length: 1 + (r.index % 3) }, async () => {
            for (let next = queue.shift(); next && !broken; next = queue.shift()) {
              for (const { a, value } of next) {
                await sleep(rng() * THINK_MS);
                if (broken) return;
                try {
                  await put(r, a, value);
                } catch (error) {
                  broken = true;
                  throw error;
                }
              }
            }
          }),
        );
        // Every worker of this respondent has stopped before it reopens its link.
        const failed = workers.find((w) => w.status === "rejected");
        if (failed) throw failed.reason;
        const finished = await traffic.send("POST", `/api/diagnostics/${r.token}/finish`);
        if (finished.status === 200) r.done = true;
        else if (finished.status !== 409) throw new Error(`${r.label}: finish → ${finished.status} ${finished.body.slice(0, 300)}`);
        // 409: a finish lost in a crash went through; the next view shows it finished.
      } catch (error) {
        if (!(error instanceof NetworkError)) throw error;
      }
    }
    for (;;) {
      try {
        const results = await traffic.send("GET", `/d/${r.token}/results`);
        if (results.status !== 200) throw new Error(`${r.label}: GET results → ${results.status}`);
        return;
      } catch (error) {
        if (!(error instanceof NetworkError)) throw error;
        await waitUntilReachable();
      }
    }
  }

  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.all(
      respondents.map((r) =>
        respond(r).catch((error: unknown) => {
          failures.push(error instanceof Error ? error.message : String(error));
        }),
      ),
    ),
    aborted,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Gave up after ${DEADLINE_MS / 1000} s`)), DEADLINE_MS);
    }),
  ]).finally(() => clearTimeout(timer));
  if (crashing) await crashing;
  await server.stop();

  const db = openDatabase(scratch.databaseFile);
  let stored: number;
  try {
    const integrity = integrityCheck(db);
    if (integrity !== "ok") failures.push(`at the end: PRAGMA integrity_check: ${integrity}`);
    for (const r of respondents) {
      if (!r.token) failures.push(`${r.label}: never got a diagnostic`);
      else failures.push(...checkCompleted(r.label, storedDiagnostic(db, r.token), r.plan));
    }
    stored = (db.prepare(`SELECT COUNT(*) AS n FROM "Diagnostic"`).get() as { n: number }).n;
    if (stored - RESPONDENTS > orphanCreates) failures.push(`${stored - RESPONDENTS} diagnostics in the database that no respondent owns`);
  } finally {
    db.close();
  }
  if (crashLog.length < CRASHES) failures.push(`only ${crashLog.length} of ${CRASHES} crashes happened before the respondents finished`);
  if (crashLog.some((c) => c.inFlight === 0)) failures.push("a SIGKILL found no request in flight (not mid-stream)");
  if (traffic.serverErrors.length > 0) failures.push(`${traffic.serverErrors.length} responses with status 5xx, e.g. ${traffic.serverErrors.slice(0, 5).join(" | ")}`);

  const lost = respondents.reduce((n, r) => n + [...r.sends.values()].flat().filter((s) => s.state === "lost").length, 0);
  printTable([
    ["respondents", RESPONDENTS],
    ["answers per run (final)", totalAnswers],
    ["SIGKILLs (at answers acknowledged / requests in flight)", crashLog.map((c) => `${c.progress} / ${c.inFlight}`).join(", ") || "none"],
    ["acknowledged answers checked after each kill", crashLog.map((c) => c.ackedChecked).join(", ") || "none"],
    ["integrity_check after each kill", crashLog.map((c) => c.integrity).join(", ") || "none"],
    ["answer sends without a reply (reset or refused)", lost],
    ["respondent resumes (reopened the resume link)", respondents.reduce((n, r) => n + r.resumes, 0)],
    ["requests", traffic.requests],
    ["network errors", traffic.networkSummary()],
    ["HTTP statuses", traffic.statusSummary()],
    ["5xx responses", traffic.serverErrors.length],
    ["diagnostics finished", respondents.filter((r) => r.done).length],
    ["diagnostics in the database", stored],
    ["seed", SEED],
  ]);
  return closeRun(scratch, failures);
}

runResilienceScript(main);
