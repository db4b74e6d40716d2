// Page audits: `npm run bench -- --audit` (`-- --audit --quick`: one Lighthouse run a page).
// Starts the production server on a fresh SQLite database holding one finished diagnostic (with a
// share link) and one just started, then audits four pages: the landing page, a question step, the
// results page and the board report.
//  - Lighthouse (mobile preset, Debian's Chromium), AUDIT_RUNS runs per page (default 3; --quick: 1),
//    the median run by performance counts: performance >= 90 and accessibility = 100.
//  - axe (@axe-core/playwright; WCAG 2.0/2.1/2.2 A and AA rules, as the e2e tests use) at desktop and
//    phone width: no serious or critical violation. Lesser findings are listed, not enforced.
// Prints one table, rewrites the audits section of docs/benchmarks.md (not with --quick) and exits
// non-zero when a threshold fails.
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser } from "@playwright/test";
import { seedFinishedDiagnostics, withSeedDatabase, type FinishedDiagnostics } from "./bench-seed";
import { BUDGETS, CHROMIUM, lighthouse, machineDescription, markdownTable, startServer, writeDocSection, type LighthouseResult } from "./bench-support";

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const VIEWPORTS = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 360, height: 780 },
] as const;

type AxeFinding = { id: string; impact: string; nodes: number };

async function axe(browser: Browser, url: string, viewport: { width: number; height: number }): Promise<AxeFinding[]> {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    const response = await page.goto(url, { waitUntil: "networkidle" });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? "nothing"}`);
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    return results.violations.map((v) => ({ id: v.id, impact: v.impact ?? "unknown", nodes: v.nodes.length }));
  } finally {
    await context.close();
  }
}

/** The run with the median performance score. */
function medianRun(runs: LighthouseResult[]): LighthouseResult {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!median) throw new Error("No Lighthouse run");
  return median;
}

const serious = (findings: readonly AxeFinding[]) => findings.filter((f) => f.impact === "serious" || f.impact === "critical");
const describe = (findings: readonly AxeFinding[]) => findings.map((f) => `${f.id} (${f.impact}, ${f.nodes})`).join(", ");

/** Returns the thresholds that failed. */
export async function auditPages(options: { quick: boolean }): Promise<string[]> {
  const QUICK = options.quick;
  const RUNS = Number(process.env.AUDIT_RUNS ?? (QUICK ? 1 : 3));
  let seeded: FinishedDiagnostics | undefined;
  const server = await startServer(async (url) => {
    seeded = await withSeedDatabase(url, (db) => seedFinishedDiagnostics(db, 1));
  });
  const { base } = server;
  const rows: string[][] = [];
  const failures: string[] = [];
  let browser: Browser | undefined;
  const started = Date.now();
  try {
    if (!seeded) throw new Error("Seeding returned nothing");
    const created = await fetch(`${base}/api/diagnostics`, { method: "POST", headers: { "Content-Type": "application/json" } });
    if (created.status !== 201) throw new Error(`Starting a diagnostic answered ${created.status}`);
    const { resumePath } = (await created.json()) as { resumePath: string };
    const pages = [
      { name: "Landing page", path: "/", performance: BUDGETS.lighthousePerformance },
      { name: "Question step", path: `${resumePath}?step=context`, performance: BUDGETS.lighthousePerformance },
      { name: "Results page", path: `/d/${seeded.resumeToken}/results`, performance: BUDGETS.lighthousePerformanceResults },
      { name: "Board report", path: `/r/${seeded.shareToken}`, performance: BUDGETS.lighthousePerformanceReport },
    ];
    const launched = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    browser = launched;
    for (const page of pages) {
      const url = base + page.path;
      const runs: LighthouseResult[] = [];
      for (let i = 0; i < RUNS; i += 1) {
        process.stdout.write(`Lighthouse ${page.name} (${i + 1}/${RUNS})... `);
        const run = lighthouse(url);
        console.log(`performance ${run.performance}, accessibility ${run.accessibility}`);
        runs.push(run);
      }
      const lh = medianRun(runs);
      const findings = Object.fromEntries(await Promise.all(VIEWPORTS.map(async (v) => [v.name, await axe(launched, url, v)] as const)));
      const desktop = findings["desktop"] ?? [];
      const phone = findings["phone"] ?? [];
      const lesser = [...new Map([...desktop, ...phone].filter((f) => !serious([f]).length).map((f) => [f.id, f])).values()];
      const lhOk = lh.performance >= page.performance && lh.accessibility >= BUDGETS.lighthouseAccessibility;
      const axeOk = serious(desktop).length === 0 && serious(phone).length === 0;
      if (!lhOk) failures.push(`Lighthouse ${page.name}`);
      if (!axeOk) failures.push(`axe ${page.name}`);
      rows.push([
        page.name,
        `${lh.performance}${RUNS > 1 ? ` (runs: ${runs.map((r) => r.performance).join(", ")})` : ""}, needs >= ${page.performance}`,
        `${(lh.lcpMs / 1000).toFixed(1)} s · ${lh.tbtMs.toFixed(0)} ms · ${lh.cls.toFixed(3)}`,
        `${lh.accessibility}${lh.failedAccessibilityAudits.length ? ` (failed: ${lh.failedAccessibilityAudits.join(", ")})` : ""}`,
        serious(desktop).length ? describe(serious(desktop)) : "0",
        serious(phone).length ? describe(serious(phone)) : "0",
        lesser.length ? describe(lesser) : "none",
        lhOk && axeOk ? "pass" : "FAIL",
      ]);
    }
  } finally {
    await browser?.close();
    await server.stop();
  }

  const table = markdownTable(
    [
      "page",
      `Lighthouse performance${RUNS > 1 ? ` (median of ${RUNS})` : ""}`,
      "LCP · TBT · CLS",
      "Lighthouse accessibility",
      "axe serious/critical, desktop",
      "axe serious/critical, phone",
      "other axe findings (impact, elements)",
      "verdict",
    ],
    rows,
  );
  const when = new Date().toISOString().replace("T", " ").slice(0, 16);
  const header = [
    `Measured ${when} UTC on ${machineDescription()}, in ${((Date.now() - started) / 60_000).toFixed(1)} min.`,
    `Thresholds: Lighthouse (mobile preset, simulated throttling) performance as each row says (${BUDGETS.lighthousePerformance} for the landing page and a question step, as the self-serve issue set; ${BUDGETS.lighthousePerformanceResults} for the results page, as Diagnosis v2 set; ${BUDGETS.lighthousePerformanceReport} for the board report, which no issue set) and accessibility = ${BUDGETS.lighthouseAccessibility}; axe (${AXE_TAGS.join(", ")}) no serious or critical violation at ${VIEWPORTS.map((v) => `${v.width} px`).join(" and ")}.`,
  ].join("\n");
  console.log(`\n${header}\n\n${table}\n`);
  if (QUICK) console.log("Quick run: docs/benchmarks.md left as it is.");
  else if (writeDocSection("audits", `${header}\n\n${table}`)) console.log("Wrote the audits section of docs/benchmarks.md.");
  return failures;
}
