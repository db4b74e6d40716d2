// Benchmark of the board report: `npm run bench -- --only board-report`.
// Seeds 10,000 finished diagnostics into a fresh SQLite database, starts the production server and
// measures, in one run: a trivial force-dynamic page (baseline) and the shared report page at 20
// concurrent viewers, then PDF generation (budget: median under 2 s) with the server's peak memory.
// Prints the table and exits non-zero when a budget fails; the figures in docs/benchmarks.md come
// from `npm run bench`, which measures the same budgets in one run with the other areas.
import { seedFinishedDiagnostics, withSeedDatabase, type FinishedDiagnostics } from "./bench-seed";
import { BUDGETS, CONNECTIONS, formatLoad, load, peakServerMemoryMiB, startServer, reportBudgets } from "./bench-support";
import { quantile } from "./harness";

const DIAGNOSTICS = Number(process.env.BENCH_DIAGNOSTICS ?? 10_000);
// The page is rendered once per content; what each view still costs (its reads, the report build and
// the view record) is in docs/benchmarks.md.
const { reportRatio: REPORT_RATIO_BUDGET, pdfMedianMs: PDF_MEDIAN_BUDGET_MS } = BUDGETS;
const PDF_RUNS = 15;

/** Returns the budgets that failed. */
export async function benchBoardReport(): Promise<string[]> {
  let seeded: FinishedDiagnostics | undefined;
  const server = await startServer(async (url) => {
    seeded = await withSeedDatabase(url, (db) => seedFinishedDiagnostics(db, DIAGNOSTICS));
  });
  const { base } = server;
  const rows: string[][] = [];
  const failures: string[] = [];
  try {
    const reportUrl = `${base}/r/${seeded?.shareToken ?? ""}`;
    if (!(await fetch(reportUrl)).ok) throw new Error("The seeded report does not open");
    await load({ url: `${base}/ping`, duration: 3 }); // warm-up
    const baseline = await load({ url: `${base}/ping` });
    const report = await load({ url: reportUrl });
    const ratio = report.rps / baseline.rps;
    rows.push([`Trivial force-dynamic page (baseline), ${CONNECTIONS} connections`, formatLoad(baseline), "baseline", ""]);
    rows.push([
      `Board report page, ${DIAGNOSTICS.toLocaleString("en")} diagnostics stored, ${CONNECTIONS} connections`,
      `${formatLoad(report)} · ${(ratio * 100).toFixed(0)}% of baseline`,
      `>= ${REPORT_RATIO_BUDGET * 100}%`,
      ratio >= REPORT_RATIO_BUDGET && report.non2xx === 0 ? "pass" : "FAIL",
    ]);
    if (ratio < REPORT_RATIO_BUDGET || report.non2xx > 0) failures.push("report throughput");

    const times: number[] = [];
    for (let i = 0; i < PDF_RUNS; i += 1) {
      const started = performance.now();
      const response = await fetch(`${reportUrl}/pdf`);
      const body = Buffer.from(await response.arrayBuffer());
      if (!response.ok || body.subarray(0, 5).toString() !== "%PDF-") throw new Error("PDF generation failed");
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const median = quantile(times, 0.5);
    rows.push([
      `PDF download (${PDF_RUNS} sequential runs)`,
      `median ${median.toFixed(0)} ms · slowest ${(times.at(-1) ?? 0).toFixed(0)} ms · server peak RSS ${peakServerMemoryMiB(server).toFixed(0)} MiB`,
      `median < ${PDF_MEDIAN_BUDGET_MS} ms`,
      median < PDF_MEDIAN_BUDGET_MS ? "pass" : "FAIL",
    ]);
    if (median >= PDF_MEDIAN_BUDGET_MS) failures.push("PDF median");
  } finally {
    await server.stop();
  }
  return reportBudgets("board-report", rows, failures);
}
