// Every load budget in one run, what `npm run bench` does without --only or --audit (scripts/bench.ts).
//
// Seeds ONE fresh database with 10,000 finished self-serve diagnostics (answers, result; one with a
// known resume link and a share link) plus a consultant's workspace of 1,000 diagnostics and 10,000
// more in 50 other workspaces, builds if needed and starts the production server once, then measures
// one load after another with autocannon:
//  - baselines: the static file /icon.svg (the root layout calls connection(), so no page is static;
//    /icon.svg is the one static route `next build` lists; like every page it passes through the CSP
//    proxy), the trivial JSON route /api/ping and the trivial force-dynamic page /ping; for reference,
//    the smallest build asset under /_next/static (no proxy);
//  - saving an answer, the results page, the board report (20 connections), the consultant dashboard
//    (10 signed-in connections) and PDF generation (one at a time);
//  - first-load JavaScript of the landing page and a question step.
// Every row shows its requests/s and p50/p95/p99 latency as a ratio to the static baseline at the same
// number of connections. The budgets are those of the single-area runs (`npm run bench -- --only
// self-serve|board-report|dashboard`), each against its own baseline: BUDGETS in bench-support.ts.
// Lighthouse and axe are in `npm run bench -- --audit`.
//
// Rewrites the bench (SQLite) or bench-postgres section of docs/benchmarks.md and exits non-zero when a
// budget fails. --quick (3 s per load, fewer diagnostics, fewer PDFs) is a smoke run: it prints only.
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
  formatMs,
  load,
  machineDescription,
  markdownTable,
  peakServerMemoryMiB,
  startServer,
  writeDocSection,
  type BenchServer,
  type Load,
  SAVED_ANSWER,
} from "./bench-support";

const PAGE_CONNECTIONS = 20;
const DASHBOARD_CONNECTIONS = 10;
const FILTERED_PAGE = 3;
const FILTERED_QUERY = `status=finished&page=${FILTERED_PAGE}`;

type Row = {
  measure: string;
  connections?: number;
  load?: Load;
  /** The static baseline at the same number of connections. */
  statics?: Load;
  budget: string;
  measured: string;
  /** Undefined for baselines and rows without a budget. */
  ok?: boolean;
};

const percent = (x: number) => `${(x * 100).toFixed(x < 0.1 ? 1 : 0)}%`;
const perSecond = (rps: number) => rps.toFixed(rps < 10 ? 1 : 0);
const times = (x: number) => `×${x < 10 ? x.toFixed(1) : x.toFixed(0)}`;

function tableOf(rows: readonly Row[]): string {
  const cells = rows.map((row) => {
    const l = row.load;
    const s = row.statics;
    const vs = (value: number, base: number | undefined, format: (x: number) => string) => (s && s !== l && base ? ` (${format(value / base)})` : "");
    return [
      row.measure,
      row.connections ? String(row.connections) : "—",
      l ? `${perSecond(l.rps)}${vs(l.rps, s?.rps, percent)}` : "—",
      l ? `${formatMs(l.p50)}${vs(l.p50, s?.p50, times)}` : "—",
      l ? `${formatMs(l.p95)}${vs(l.p95, s?.p95, times)}` : "—",
      l ? `${formatMs(l.p99)}${vs(l.p99, s?.p99, times)}` : "—",
      l ? String(l.non2xx) : "—",
      row.budget,
      row.measured,
      row.ok === undefined ? "" : row.ok ? "pass" : "FAIL",
    ];
  });
  return markdownTable(
    ["measure", "conn.", "req/s (% of static)", "p50 ms (× static)", "p95 ms (× static)", "p99 ms (× static)", "non-2xx", "budget", "against the budget", "verdict"],
    cells,
  );
}

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
export async function benchAll(options: { postgres: boolean; quick: boolean }): Promise<string[]> {
  const { postgres: POSTGRES, quick: QUICK } = options;
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
  const failures: string[] = [];
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
    // The smallest file of the build's static assets: served without the proxy, unlike /icon.svg.
    const asset = readdirSync(".next/static/chunks")
      .filter((name) => name.endsWith(".js"))
      .map((name) => ({ name, size: statSync(path.join(".next/static/chunks", name)).size }))
      .sort((a, b) => a.size - b.size)[0]?.name;
    if (!asset) throw new Error("No build asset under .next/static/chunks");
    const url = {
      asset: `${base}/_next/static/chunks/${asset}`,
      statics: `${base}/icon.svg`,
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
    for (const target of [url.dashboard, url.filtered]) await load({ url: target, ...signedIn, connections: DASHBOARD_CONNECTIONS, duration: WARM_UP_S });

    const measure = async (label: string, options: Parameters<typeof load>[0]) => {
      process.stdout.write(`${label}... `);
      const result = await load({ duration: DURATION, ...options });
      console.log(`${perSecond(result.rps)} req/s, p50 ${formatMs(result.p50)} ms, non-2xx ${result.non2xx}`);
      return result;
    };
    const c = PAGE_CONNECTIONS;
    const static20 = await measure("static @20", { url: url.statics, connections: c });
    const asset20 = await measure("build asset @20", { url: url.asset, connections: c });
    const apiPing = await measure("/api/ping @20", { url: url.apiPing, connections: c });
    const ping20 = await measure("/ping @20", { url: url.ping, connections: c });
    const saving = await measure("save @20", { ...save, connections: c });
    const results = await measure("results @20", { url: url.results, connections: c });
    const report = await measure("report @20", { url: url.report, connections: c });
    const d = DASHBOARD_CONNECTIONS;
    const static10 = await measure("static @10", { url: url.statics, connections: d });
    const ping10 = await measure("/ping @10", { url: url.ping, connections: d });
    const dashboard = await measure("dashboard @10", { url: url.dashboard, ...signedIn, connections: d });
    const filtered = await measure("filtered dashboard @10", { url: url.filtered, ...signedIn, connections: d });
    const static1 = await measure("static @1", { url: url.statics, connections: 1 });
    const pdfs = await measure(`PDF ×${PDF_RUNS} @1`, { url: url.pdf, connections: 1, amount: PDF_RUNS });
    const peakMiB = peakServerMemoryMiB(server);
    buildChanged = server.buildChanged();

    // A baseline that answers errors makes every ratio against it meaningless.
    const baseline = (measureLabel: string, connections: number, l: Load, statics: Load, role: string): Row => {
      if (l.non2xx === 0) return { measure: measureLabel, connections, load: l, statics, budget: role, measured: "" };
      failures.push(`non-2xx answers: ${measureLabel}`);
      return { measure: measureLabel, connections, load: l, statics, budget: role, measured: "answers non-2xx", ok: false };
    };
    const againstBaseline = (
      measureLabel: string,
      connections: number,
      l: Load,
      statics: Load,
      own: { load: Load; name: string },
      budget: number,
      failure: string,
    ): Row => {
      const ratio = l.rps / own.load.rps;
      const ok = ratio >= budget && l.non2xx === 0;
      if (!ok) failures.push(failure);
      return { measure: measureLabel, connections, load: l, statics, budget: `>= ${percent(budget)} of ${own.name}, no non-2xx`, measured: `${percent(ratio)} of ${own.name}`, ok };
    };
    const stored = `${FINISHED_DIAGNOSTICS.toLocaleString("en")} finished self-serve diagnostics stored`;
    const inWorkspace = `${WORKSPACE_DIAGNOSTICS.toLocaleString("en")} diagnostics in the workspace, ${OTHER_DIAGNOSTICS.toLocaleString("en")} in ${DASHBOARD.otherWorkspaces} others`;

    rows.push(baseline("Static file `/icon.svg` (**static baseline**)", c, static20, static20, "baseline"));
    rows.push(baseline("Build asset `/_next/static/chunks/…js` (smallest; no proxy)", c, asset20, static20, "reference"));
    rows.push(baseline("Trivial JSON route `/api/ping`", c, apiPing, static20, "baseline for saving"));
    rows.push(baseline("Trivial force-dynamic page `/ping`", c, ping20, static20, "baseline for the report"));
    rows.push(againstBaseline("Save an answer (validated upsert)", c, saving, static20, { load: apiPing, name: "`/api/ping`" }, BUDGETS.saveRatio, "save throughput"));
    const resultsRatio = results.rps / ping20.rps;
    rows.push({
      measure: `Results page (${stored})`,
      connections: c,
      load: results,
      statics: static20,
      budget: "none set",
      measured: `${percent(resultsRatio)} of \`/ping\``,
      ...(results.non2xx > 0 ? { ok: false } : {}),
    });
    if (results.non2xx > 0) failures.push("non-2xx answers: results page");
    rows.push(againstBaseline(`Board report page (${stored})`, c, report, static20, { load: ping20, name: "`/ping`" }, BUDGETS.reportRatio, "report throughput"));
    rows.push(baseline("Static file `/icon.svg`", d, static10, static10, "baseline"));
    rows.push(baseline("Trivial force-dynamic page `/ping`", d, ping10, static10, "baseline for the dashboard"));
    rows.push(againstBaseline(`Dashboard, first page (${inWorkspace}), signed in`, d, dashboard, static10, { load: ping10, name: "`/ping`" }, BUDGETS.dashboardRatio, "dashboard throughput"));
    rows.push(againstBaseline(`Dashboard, \`${FILTERED_QUERY}\`, signed in`, d, filtered, static10, { load: ping10, name: "`/ping`" }, BUDGETS.dashboardRatio, "filtered dashboard throughput"));
    rows.push(baseline("Static file `/icon.svg`", 1, static1, static1, "baseline"));
    const pdfOk = pdfs.p50 < BUDGETS.pdfMedianMs && pdfs.non2xx === 0;
    if (!pdfOk) failures.push("PDF median");
    rows.push({
      measure: `Board report PDF, ${PDF_RUNS} downloads one after another`,
      connections: 1,
      load: pdfs,
      statics: static1,
      budget: `median < ${BUDGETS.pdfMedianMs} ms`,
      measured: `median ${formatMs(pdfs.p50)} ms; server peak RSS over the whole run ${peakMiB.toFixed(0)} MiB`,
      ok: pdfOk,
    });
    rows.push({ measure: "Landing page first-load JS, gzip (framework's share)", budget: "baseline", measured: `${landingKb.toFixed(1)} KB` });
    const jsOk = addedKb <= BUDGETS.jsAddedKb;
    if (!jsOk) failures.push("first-load JS");
    rows.push({
      measure: "Question step first-load JS, gzip",
      budget: `<= +${BUDGETS.jsAddedKb} KB over the landing page (${BUDGETS.jsAbsoluteKb} KB absolute: reported only)`,
      measured: `${stepKb.toFixed(1)} KB, +${addedKb.toFixed(1)} KB${stepKb > BUDGETS.jsAbsoluteKb ? `; over ${BUDGETS.jsAbsoluteKb} KB absolute` : ""}`,
      ok: jsOk,
    });
  } finally {
    await cleanUp();
  }

  const table = tableOf(rows);
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  const when = new Date().toISOString().replace("T", " ").slice(0, 16);
  const header = [
    `Measured ${when} UTC on ${machineDescription()}, in ${minutes} min.`,
    `Database: ${database}. Load tool (autocannon) on the same machine, ${DURATION} s per load after a ${WARM_UP_S} s warm-up of each URL.`,
  ].join("\n");
  console.log(`\n${header}\n\n${table}\n`);
  if (buildChanged) console.warn("WARNING: another `next build` replaced the build while the benchmark ran; the figures are unreliable. Run it again.");
  const section = POSTGRES ? "bench-postgres" : "bench";
  if (QUICK) console.log("Quick run: docs/benchmarks.md left as it is.");
  else if (buildChanged) console.log("docs/benchmarks.md left as it is (the build changed during the run).");
  else if (writeDocSection(section, `${header}\n\n${table}`)) console.log(`Wrote the ${section} section of docs/benchmarks.md.`);
  else console.log(`docs/benchmarks.md has no ${section} section: table printed only.`);
  if (buildChanged) failures.push("another `next build` replaced the build during the run");
  return failures;
}
