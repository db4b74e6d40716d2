// Every load budget in one run, what `npm run bench` does without --only or --audit (scripts/bench.ts).
//
// Seeds ONE fresh database with 10,000 finished self-serve diagnostics (answers, result; one with a
// known resume link and a share link) plus a consultant's workspace of 1,000 diagnostics and 10,000
// more in 50 other workspaces, builds if needed and starts the production server once, then measures
// one load after another with autocannon:
//  - baselines: the landing page `/` (prerendered; like every page it passes through the CSP proxy,
//    which gives it its script hashes), the trivial JSON route /api/ping and the trivial force-dynamic
//    page /ping; for reference, the smallest build asset under /_next/static (no proxy);
//  - saving an answer, the results page, the board report (20 connections), the consultant dashboard
//    (10 signed-in connections) and PDF generation (one at a time);
//  - first-load JavaScript of the landing page and a question step;
//  - the server's resident memory: after the /ping load of the first pass, and its peak over the run.
// Every measure is taken RUNS times (--runs N; 3, or 1 with --quick), one whole pass after another,
// each pass with its own baselines. Every row shows the median of its passes with the spread (min–max);
// requests/s and p50/p95/p99 latency are also shown as ratios to the static baseline at the same number
// of connections. The budgets are those issue 15 set (LOAD_BUDGETS in bench-stats.ts), each ratio
// against its own baseline of the same pass, each verdict judged on the median of the passes.
// Lighthouse and axe are in `npm run bench -- --audit`.
//
// Rewrites the bench (SQLite) or bench-postgres section of docs/benchmarks.md. A failing budget shows
// FAIL in the table and is listed; it makes the exit code non-zero only with --strict. --quick (3 s per
// load, fewer diagnostics, fewer PDFs, one pass) is a smoke run: it prints only.
// --postgres runs on a scratch database created on POSTGRES_ADMIN_URL's server
// (default postgresql://postgres@127.0.0.1:5432/postgres) and dropped afterwards.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { createScratchDatabase, DEFAULT_POSTGRES_ADMIN_URL } from "@/lib/db/postgres-admin";
import { registerCleanup } from "./harness";
import {
  DASHBOARD,
  finishedAmong,
  seedFinishedDiagnostics,
  seedWorkspaces,
  signUpWithSeededWorkspace,
  withSeedDatabase,
  type FinishedDiagnostics,
} from "./bench-seed";
import {
  BUDGETS,
  checkDashboard,
  DURATION_S,
  firstLoadJsKb,
  load,
  machineDescription,
  peakServerMemoryMiB,
  serverMemoryMiB,
  startServer,
  writeDocSection,
  type BenchServer,
  type Load,
  SAVED_ANSWER,
} from "./bench-support";
import {
  benchTable,
  describeBudget,
  exitFailures,
  formatMs,
  formatSummary,
  judge,
  LOAD_BUDGETS,
  mebibytes,
  percent,
  perSecond,
  summarize,
  type Budget,
  type Row,
} from "./bench-stats";

const PAGE_CONNECTIONS = 20;
const DASHBOARD_CONNECTIONS = 10;
const FILTERED_PAGE = 3;
const FILTERED_QUERY = `status=finished&page=${FILTERED_PAGE}`;

/** One pass over every measure. */
type Run = {
  static20: Load;
  asset20: Load;
  apiPing: Load;
  /** PUT /api/ping with an answer in its body: reads and validates it, stores nothing. */
  apiPut: Load;
  ping20: Load;
  /** The server's resident memory (MiB) right after the /ping load of this pass. */
  rssAfterPing: number;
  saving: Load;
  results: Load;
  report: Load;
  static10: Load;
  ping10: Load;
  dashboard: Load;
  filtered: Load;
  static1: Load;
  pdfs: Load;
};
type LoadKey = { [K in keyof Run]: Run[K] extends Load ? K : never }[keyof Run];

async function postgresVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string }>("SHOW server_version");
    return rows[0]?.server_version.split(" ")[0] ?? "?";
  } finally {
    await client.end();
  }
}

/** The whole run; returns the budgets that failed. */
export async function benchAll(options: { postgres: boolean; quick: boolean; runs: number; strict: boolean }): Promise<string[]> {
  const { postgres: POSTGRES, quick: QUICK, runs: RUNS, strict: STRICT } = options;
  const DURATION = process.env.BENCH_DURATION ? DURATION_S : QUICK ? 3 : 10;
  const WARM_UP_S = QUICK ? 1 : 2;
  const FINISHED_DIAGNOSTICS = QUICK ? 1_000 : 10_000;
  const WORKSPACE_DIAGNOSTICS = QUICK ? 200 : 1_000;
  const OTHER_DIAGNOSTICS = QUICK ? 1_000 : 10_000;
  const PDF_RUNS = QUICK ? 5 : 15;
  const adminUrl = process.env.POSTGRES_ADMIN_URL ?? DEFAULT_POSTGRES_ADMIN_URL;
  const scratch = POSTGRES ? await createScratchDatabase(adminUrl, "eid_bench") : undefined;
  const database = scratch ? `PostgreSQL ${await postgresVersion(scratch.url)} on ${new URL(adminUrl).host} (scratch database, dropped afterwards)` : "SQLite (a fresh file)";
  let server: BenchServer | undefined;
  let cleaned = false;
  const cleanUp = async () => {
    if (cleaned) return;
    cleaned = true;
    await server?.stop();
    await scratch?.drop();
  };
  // Ctrl-C ends the run through scripts/harness.ts: the scratch database must go with the server.
  registerCleanup(cleanUp);

  const rows: Row[] = [];
  /** Budgets that failed: they set the exit code only with --strict. */
  const budgetFailures: string[] = [];
  let seeded: FinishedDiagnostics | undefined;
  let buildChanged = false;
  const started = Date.now();
  try {
    console.log(`Seeding ${database}: ${FINISHED_DIAGNOSTICS.toLocaleString("en")} + ${WORKSPACE_DIAGNOSTICS.toLocaleString("en")} + ${OTHER_DIAGNOSTICS.toLocaleString("en")} diagnostics...`);
    server = await startServer(
      async (url) => {
        const seedStarted = Date.now();
        seeded = await withSeedDatabase(url, async (db) => {
          const finished = await seedFinishedDiagnostics(db, FINISHED_DIAGNOSTICS);
          await seedWorkspaces(db, WORKSPACE_DIAGNOSTICS, OTHER_DIAGNOSTICS);
          return finished;
        });
        console.log(`Seeded in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`);
      },
      { databaseUrl: scratch?.url },
    );
    const { base } = server;
    if (!seeded) throw new Error("Seeding returned nothing");

    // Everything measured must first answer what it should.
    const created = await fetch(`${base}/api/diagnostics`, { method: "POST", headers: { "Content-Type": "application/json" } });
    if (created.status !== 201) throw new Error(`Starting a diagnostic answered ${created.status}`);
    const { resumePath } = (await created.json()) as { resumePath: string };
    const token = resumePath.split("/").pop() ?? "";
    const { cookie } = await signUpWithSeededWorkspace(base, server.databaseUrl);
    // The smallest file of the build's static assets: served without the proxy, unlike the landing page.
    const asset = readdirSync(".next/static/chunks")
      .filter((name) => name.endsWith(".js"))
      .map((name) => ({ name, size: statSync(path.join(".next/static/chunks", name)).size }))
      .sort((a, b) => a.size - b.size)[0]?.name;
    if (!asset) throw new Error("No build asset under .next/static/chunks");
    const url = {
      asset: `${base}/_next/static/chunks/${asset}`,
      statics: `${base}/`,
      apiPing: `${base}/api/ping`,
      ping: `${base}/ping`,
      results: `${base}/d/${seeded.resumeToken}/results`,
      report: `${base}/r/${seeded.shareToken}`,
      pdf: `${base}/r/${seeded.shareToken}/pdf`,
      dashboard: `${base}/workspace/diagnostics`,
      filtered: `${base}/workspace/diagnostics?${FILTERED_QUERY}`,
    };
    const save = {
      url: `${base}/api/diagnostics/${token}/answers`,
      method: "PUT" as const,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(SAVED_ANSWER),
    };
    const signedIn = { headers: { cookie } };
    for (const page of [url.asset, url.statics, url.apiPing, url.ping, url.results, url.report]) {
      const response = await fetch(page, { redirect: "manual" });
      if (response.status !== 200) throw new Error(`${page} answered ${response.status}`);
    }
    const put = await fetch(url.apiPing, { method: "PUT", headers: save.headers, body: save.body });
    if (put.status !== 200) throw new Error(`The PUT reference answered ${put.status}`);
    const saved = await fetch(save.url, save);
    if (saved.status !== 200) throw new Error(`Saving an answer answered ${saved.status}: ${await saved.text()}`);
    const pdf = await fetch(url.pdf);
    if (!pdf.ok || Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString() !== "%PDF-") throw new Error("PDF generation failed");
    await checkDashboard(url.dashboard, cookie, { total: WORKSPACE_DIAGNOSTICS, page: 1, pageSize: DASHBOARD.pageSize });
    await checkDashboard(url.filtered, cookie, { total: finishedAmong(WORKSPACE_DIAGNOSTICS), page: FILTERED_PAGE, pageSize: DASHBOARD.pageSize });

    // First-load JavaScript: the landing page loads exactly the framework's share.
    const landingKb = await firstLoadJsKb(base, "/");
    const stepKb = await firstLoadJsKb(base, `${resumePath}?step=context`);
    const addedKb = stepKb - landingKb;

    console.log("Warming up...");
    for (const target of [url.asset, url.statics, url.apiPing, url.ping, url.results, url.report]) await load({ url: target, duration: WARM_UP_S });
    await load({ ...save, duration: WARM_UP_S });
    await load({ ...save, url: url.apiPing, duration: WARM_UP_S });
    for (const target of [url.dashboard, url.filtered]) await load({ url: target, ...signedIn, connections: DASHBOARD_CONNECTIONS, duration: WARM_UP_S });

    const measure = async (label: string, options: Parameters<typeof load>[0]) => {
      process.stdout.write(`${label}... `);
      const result = await load({ duration: DURATION, ...options });
      console.log(`${perSecond(result.rps)} req/s, p50 ${formatMs(result.p50)} ms, non-2xx ${result.non2xx}`);
      return result;
    };
    const c = PAGE_CONNECTIONS;
    const d = DASHBOARD_CONNECTIONS;
    // Every measure RUNS times, one whole pass after another: each pass has its own baselines, and every
    // ratio is taken within its pass, so a machine that slows down between passes moves both sides.
    const runs: Run[] = [];
    for (let run = 1; run <= RUNS; run += 1) {
      console.log(`Run ${run} of ${RUNS}:`);
      const static20 = await measure("static @20", { url: url.statics, connections: c });
      const asset20 = await measure("build asset @20", { url: url.asset, connections: c });
      const apiPing = await measure("/api/ping @20", { url: url.apiPing, connections: c });
      const apiPut = await measure("PUT /api/ping @20", { ...save, url: url.apiPing, connections: c });
      const ping20 = await measure("/ping @20", { url: url.ping, connections: c });
      // The memory baseline: the server after serving the trivial pages, before any heavy one (in the
      // first pass; later passes come after the heavy pages and are shown for reference).
      const rssAfterPing = serverMemoryMiB(server).rss;
      const saving = await measure("save @20", { ...save, connections: c });
      const results = await measure("results @20", { url: url.results, connections: c });
      const report = await measure("report @20", { url: url.report, connections: c });
      const static10 = await measure("static @10", { url: url.statics, connections: d });
      const ping10 = await measure("/ping @10", { url: url.ping, connections: d });
      const dashboard = await measure("dashboard @10", { url: url.dashboard, ...signedIn, connections: d });
      const filtered = await measure("filtered dashboard @10", { url: url.filtered, ...signedIn, connections: d });
      const static1 = await measure("static @1", { url: url.statics, connections: 1 });
      const pdfs = await measure(`PDF ×${PDF_RUNS} @1`, { url: url.pdf, connections: 1, amount: PDF_RUNS });
      runs.push({ static20, asset20, apiPing, apiPut, ping20, rssAfterPing, saving, results, report, static10, ping10, dashboard, filtered, static1, pdfs });
    }
    const memory = serverMemoryMiB(server);
    const peakMiB = Math.max(memory.peak, peakServerMemoryMiB(server));
    buildChanged = server.buildChanged();

    const all = <K extends LoadKey>(key: K): Load[] => runs.map((r) => r[key]);
    const non2xx = (loads: readonly Load[]) => loads.reduce((sum, l) => sum + l.non2xx, 0);
    // A baseline that answers errors makes every ratio against it meaningless.
    const baseline = (measureLabel: string, connections: number, key: LoadKey, statics: LoadKey, role: string): Row => {
      const loads = all(key);
      if (non2xx(loads) === 0) return { measure: measureLabel, connections, loads, statics: all(statics), budget: role, measured: "" };
      budgetFailures.push(`non-2xx answers: ${measureLabel}`);
      return { measure: measureLabel, connections, loads, statics: all(statics), budget: role, measured: "answers non-2xx", ok: false };
    };
    /** Requests/s of `key` over `own`'s in the same run, judged on the median of the runs. */
    const againstBaseline = (measureLabel: string, connections: number, key: LoadKey, statics: LoadKey, own: LoadKey, budget: Budget | undefined, ownName = "`/ping`"): Row => {
      const loads = all(key);
      const perRun = runs.map((r) => r[key].rps / r[own].rps);
      if (!budget) {
        const shown = formatSummary(summarize(perRun), percent);
        const errors = non2xx(loads);
        if (errors > 0) budgetFailures.push(`non-2xx answers: ${measureLabel}`);
        return { measure: measureLabel, connections, loads, statics: all(statics), budget: "none set", measured: `${runs.length > 1 ? "median " : ""}${shown} of ${ownName}`, ...(errors > 0 ? { ok: false } : {}) };
      }
      const verdict = judge(budget, perRun, non2xx(loads));
      if (!verdict.ok) budgetFailures.push(budget.name);
      return { measure: measureLabel, connections, loads, statics: all(statics), budget: `${describeBudget(budget)}, no non-2xx`, measured: verdict.measured, ok: verdict.ok };
    };
    const stored = `${FINISHED_DIAGNOSTICS.toLocaleString("en")} finished self-serve diagnostics stored`;
    const inWorkspace = `${WORKSPACE_DIAGNOSTICS.toLocaleString("en")} diagnostics in the workspace, ${OTHER_DIAGNOSTICS.toLocaleString("en")} in ${DASHBOARD.otherWorkspaces} others`;

    rows.push(baseline("Prerendered landing page `/` (**static baseline**)", c, "static20", "static20", "baseline"));
    rows.push(baseline("Build asset `/_next/static/chunks/…js` (smallest; no proxy)", c, "asset20", "static20", "reference"));
    rows.push(baseline("Trivial JSON route `/api/ping`", c, "apiPing", "static20", "baseline for saving"));
    rows.push(baseline("Trivial force-dynamic page `/ping`", c, "ping20", "static20", "baseline for the pages"));
    rows.push(baseline("Trivial `PUT /api/ping` with an answer in its body (read and validated, nothing stored)", c, "apiPut", "static20", "reference for saving"));
    rows.push(againstBaseline("Save an answer (validated upsert)", c, "saving", "static20", "apiPing", LOAD_BUDGETS.save));
    rows.push(againstBaseline("Save an answer, against the trivial PUT (what the save itself costs)", c, "saving", "static20", "apiPut", undefined, "`PUT /api/ping`"));
    rows.push(againstBaseline(`Results page (${stored})`, c, "results", "static20", "ping20", LOAD_BUDGETS.results));
    rows.push(againstBaseline(`Board report page (${stored})`, c, "report", "static20", "ping20", LOAD_BUDGETS.report));
    rows.push(baseline("Prerendered landing page `/`", d, "static10", "static10", "baseline"));
    rows.push(baseline("Trivial force-dynamic page `/ping`", d, "ping10", "static10", "baseline for the dashboard"));
    rows.push(againstBaseline(`Dashboard, first page (${inWorkspace}), ${d} signed-in users`, d, "dashboard", "static10", "ping10", LOAD_BUDGETS.dashboard));
    rows.push(againstBaseline(`Dashboard, \`${FILTERED_QUERY}\`, ${d} signed-in users`, d, "filtered", "static10", "ping10", undefined));
    rows.push(baseline("Prerendered landing page `/`", 1, "static1", "static1", "baseline"));
    const pdfLoads = all("pdfs");
    const pdfVerdict = judge(LOAD_BUDGETS.pdfMedianMs, pdfLoads.map((l) => l.p50), non2xx(pdfLoads));
    if (!pdfVerdict.ok) budgetFailures.push(LOAD_BUDGETS.pdfMedianMs.name);
    rows.push({
      measure: `Board report PDF, ${PDF_RUNS} downloads one after another (per run: their median)`,
      connections: 1,
      loads: pdfLoads,
      statics: all("static1"),
      budget: describeBudget(LOAD_BUDGETS.pdfMedianMs),
      measured: pdfVerdict.measured,
      ok: pdfVerdict.ok,
    });
    // Memory is one figure for the whole run: the peak over every pass against the first pass's RSS
    // after its /ping load (later passes start after the heavy pages, so their RSS is no baseline).
    const firstRss = runs[0]?.rssAfterPing ?? NaN;
    const rss = judge(LOAD_BUDGETS.peakRss, [peakMiB / firstRss]);
    if (!rss.ok) budgetFailures.push(LOAD_BUDGETS.peakRss.name);
    const laterRss = runs.length > 1 ? `; after later passes' \`/ping\` loads: ${runs.slice(1).map((r) => mebibytes(r.rssAfterPing)).join(", ")}` : "";
    rows.push({
      measure: "Server resident memory (largest process of `npm start`), over the whole run",
      budget: describeBudget(LOAD_BUDGETS.peakRss),
      measured: `peak ${mebibytes(peakMiB)} = ${LOAD_BUDGETS.peakRss.format(peakMiB / firstRss)} the ${mebibytes(firstRss)} after the first \`/ping\` load${laterRss}`,
      ok: rss.ok,
    });
    rows.push({ measure: "Landing page first-load JS, gzip (framework's share)", budget: "baseline", measured: `${landingKb.toFixed(1)} KB` });
    const jsOk = addedKb <= BUDGETS.jsAddedKb;
    if (!jsOk) budgetFailures.push("first-load JS");
    rows.push({
      measure: "Question step first-load JS, gzip",
      budget: `<= +${BUDGETS.jsAddedKb} KB over the landing page (${BUDGETS.jsAbsoluteKb} KB absolute: reported only)`,
      measured: `${stepKb.toFixed(1)} KB, +${addedKb.toFixed(1)} KB${stepKb > BUDGETS.jsAbsoluteKb ? `; over ${BUDGETS.jsAbsoluteKb} KB absolute` : ""}`,
      ok: jsOk,
    });
  } finally {
    await cleanUp();
  }

  const table = benchTable(rows);
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  const when = new Date().toISOString().replace("T", " ").slice(0, 16);
  const header = [
    `Measured ${when} UTC on ${machineDescription()}, in ${minutes} min.`,
    `Database: ${database}. Load tool (autocannon) on the same machine, ${DURATION} s per load after a ${WARM_UP_S} s warm-up of each URL.`,
    `${RUNS === 1 ? "One pass over every measure" : `${RUNS} passes over every measure, one after another`}; each ratio against the baseline of its own pass${RUNS === 1 ? "" : "; the table shows medians, the spread (min–max) and verdicts judged on the median"}.`,
  ].join("\n");
  console.log(`\n${header}\n\n${table}\n`);
  if (buildChanged) console.warn("WARNING: another `next build` replaced the build while the benchmark ran; the figures are unreliable. Run it again.");
  const section = POSTGRES ? "bench-postgres" : "bench";
  if (QUICK) console.log("Quick run: docs/benchmarks.md left as it is.");
  else if (buildChanged) console.log("docs/benchmarks.md left as it is (the build changed during the run).");
  else if (writeDocSection(section, `${header}\n\n${table}`)) console.log(`Wrote the ${section} section of docs/benchmarks.md.`);
  else console.log(`docs/benchmarks.md has no ${section} section: table printed only.`);
  const runFailures = buildChanged ? ["another `next build` replaced the build during the run"] : [];
  if (budgetFailures.length > 0 && !STRICT) {
    console.warn(`Budgets that FAIL (${budgetFailures.length}), not counted in the exit code without --strict:\n${budgetFailures.map((f) => `  - ${f}`).join("\n")}`);
  }
  return exitFailures(budgetFailures, runFailures, STRICT);
}
