// The one benchmark entry point: `npm run bench -- [options]`.
//   (no option)              every load budget in one run on one seeded database (scripts/bench-all.ts),
//                            every measure three times, verdicts on the median; rewrites the bench section
//                            of docs/benchmarks.md and marks failing budgets FAIL
//   --runs N                 passes over every measure (default 3; 1 with --quick)
//   --strict                 exit non-zero when a budget fails (without it, only a broken run does)
//   --quick                  a smoke run of the same: shorter loads, fewer rows, one pass, docs left alone
//   --postgres               the same on a scratch PostgreSQL database (POSTGRES_ADMIN_URL's server)
//   --only self-serve        first-load JS, save throughput, Lighthouse on two pages
//   --only board-report      report page with 10,000 diagnostics stored, PDF timing
//   --only dashboard         consultant dashboard with 11,000 diagnostics stored
//   --only engine            the engine benchmark (Vitest bench, tests/bench)
//   --only import            /api/health while the largest allowed client file is imported
//   --audit                  Lighthouse and axe on landing, question step, results, board report (--quick: one run each)
// Every server it starts has the benchmark-only routes (/ping, /api/ping) on: BENCH_ROUTES=1.
import { spawnSync } from "node:child_process";
import { auditPages } from "./audit-pages";
import { benchAll } from "./bench-all";
import { benchBoardReport } from "./bench-board-report";
import { benchDashboard } from "./bench-dashboard";
import { benchImport } from "./bench-import";
import { benchSelfServe } from "./bench-self-serve";
import { parseBenchOptions, type BenchOptions } from "./bench-stats";
import { runScript } from "./harness";

function benchEngine(): string[] {
  const run = spawnSync("npx", ["--no-install", "vitest", "bench", "--run"], { stdio: "inherit" });
  return run.status === 0 ? [] : ["engine benchmark"];
}

async function main(): Promise<string[]> {
  let options: BenchOptions;
  try {
    options = parseBenchOptions(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
  if (options.audit) return auditPages({ quick: options.quick });
  switch (options.only) {
    case "self-serve":
      return benchSelfServe();
    case "board-report":
      return benchBoardReport();
    case "dashboard":
      return benchDashboard();
    case "engine":
      return benchEngine();
    case "import":
      return benchImport();
    default:
      return benchAll({ postgres: options.postgres, quick: options.quick, runs: options.runs, strict: options.strict });
  }
}

runScript(main);
