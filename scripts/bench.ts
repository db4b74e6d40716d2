// The one benchmark entry point: `npm run bench -- [options]`.
//   (no option)              every load budget in one run on one seeded database (scripts/bench-all.ts);
//                            rewrites the bench section of docs/benchmarks.md and fails when a budget fails
//   --quick                  a smoke run of the same: shorter loads, fewer rows, docs left alone
//   --postgres               the same on a scratch PostgreSQL database (POSTGRES_ADMIN_URL's server)
//   --only self-serve        first-load JS, save throughput, Lighthouse on two pages
//   --only board-report      report page with 10,000 diagnostics stored, PDF timing
//   --only dashboard         consultant dashboard with 11,000 diagnostics stored
//   --only engine            the engine benchmark (Vitest bench, tests/bench)
//   --only import            /api/health while the largest allowed client file is imported
//   --audit                  Lighthouse and axe on landing, question step, results, board report (--quick: one run each)
// Every server it starts has the benchmark-only routes (/ping, /api/ping) on: BENCH_ROUTES=1.
import { spawnSync } from "node:child_process";
import { z } from "zod";
import { auditPages } from "./audit-pages";
import { benchAll } from "./bench-all";
import { benchBoardReport } from "./bench-board-report";
import { benchDashboard } from "./bench-dashboard";
import { benchImport } from "./bench-import";
import { benchSelfServe } from "./bench-self-serve";
import { runScript } from "./harness";

const ZOptions = z
  .object({
    quick: z.boolean(),
    postgres: z.boolean(),
    audit: z.boolean(),
    only: z.enum(["self-serve", "board-report", "dashboard", "engine", "import"]).optional(),
  })
  .refine((o) => !(o.only && o.audit), "--only and --audit are separate runs")
  .refine((o) => !(o.postgres && (o.only || o.audit)), "--postgres applies to the whole run only")
  .refine((o) => !(o.quick && o.only), "--quick applies to the whole run and --audit only");

const USAGE = "usage: npm run bench -- [--quick] [--postgres] | --only self-serve|board-report|dashboard|engine|import | --audit [--quick]";

function parseOptions(argv: readonly string[]): z.infer<typeof ZOptions> {
  const raw = { quick: false, postgres: false, audit: false, only: undefined as string | undefined };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === "--quick") raw.quick = true;
    else if (arg === "--postgres") raw.postgres = true;
    else if (arg === "--audit") raw.audit = true;
    else if (arg === "--only") raw.only = argv[(i += 1)];
    else throw new Error(`Unknown option ${arg ?? ""}. ${USAGE}`);
  }
  const parsed = ZOptions.safeParse(raw);
  if (!parsed.success) throw new Error(`${parsed.error.issues[0]?.message ?? "bad options"}. ${USAGE}`);
  return parsed.data;
}

function benchEngine(): string[] {
  const run = spawnSync("npx", ["--no-install", "vitest", "bench", "--run"], { stdio: "inherit" });
  return run.status === 0 ? [] : ["engine benchmark"];
}

async function main(): Promise<string[]> {
  let options: z.infer<typeof ZOptions>;
  try {
    options = parseOptions(process.argv.slice(2));
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
      return benchAll({ postgres: options.postgres, quick: options.quick });
  }
}

runScript(main);
