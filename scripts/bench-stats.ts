// The pure parts of `npm run bench` (scripts/bench-all.ts): its options, the budgets issue 15 set,
// the median and spread of repeated runs, the verdict judged on the median, and the table. No I/O here,
// so tests/unit/bench-stats.test.ts checks all of it without a server.
import { z } from "zod";

// ---------------------------------------------------------------------------------------------------
// Options

export const DEFAULT_RUNS = 3;
export const QUICK_RUNS = 1;
export const MAX_RUNS = 20;

const ZOptions = z
  .object({
    quick: z.boolean(),
    postgres: z.boolean(),
    audit: z.boolean(),
    strict: z.boolean(),
    runs: z.number().int("--runs takes a whole number").min(1, "--runs takes 1 or more").max(MAX_RUNS, `--runs takes at most ${MAX_RUNS}`).optional(),
    only: z.enum(["self-serve", "board-report", "dashboard", "engine", "import"]).optional(),
  })
  .refine((o) => !(o.only && o.audit), "--only and --audit are separate runs")
  .refine((o) => !(o.postgres && (o.only || o.audit)), "--postgres applies to the whole run only")
  .refine((o) => !(o.quick && o.only), "--quick applies to the whole run and --audit only")
  .refine((o) => !((o.runs !== undefined || o.strict) && (o.only || o.audit)), "--runs and --strict apply to the whole run only");

export type BenchOptions = Omit<z.infer<typeof ZOptions>, "runs"> & {
  /** How many times every measure of the whole run is taken: --runs, else 3 (1 with --quick). */
  runs: number;
};

export const USAGE =
  "usage: npm run bench -- [--quick] [--postgres] [--runs N] [--strict] | --only self-serve|board-report|dashboard|engine|import | --audit [--quick]";

/** Parses `npm run bench -- …`; throws an Error whose message ends with the usage line. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const raw = { quick: false, postgres: false, audit: false, strict: false, runs: undefined as number | undefined, only: undefined as string | undefined };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === "--quick") raw.quick = true;
    else if (arg === "--postgres") raw.postgres = true;
    else if (arg === "--audit") raw.audit = true;
    else if (arg === "--strict") raw.strict = true;
    else if (arg === "--only") raw.only = argv[(i += 1)];
    else if (arg === "--runs") {
      const value = argv[(i += 1)];
      if (value === undefined || !/^\d+$/.test(value)) throw new Error(`--runs takes a whole number, not ${value ?? "nothing"}. ${USAGE}`);
      raw.runs = Number(value);
    } else throw new Error(`Unknown option ${arg ?? ""}. ${USAGE}`);
  }
  const parsed = ZOptions.safeParse(raw);
  if (!parsed.success) throw new Error(`${parsed.error.issues[0]?.message ?? "bad options"}. ${USAGE}`);
  return { ...parsed.data, runs: parsed.data.runs ?? (parsed.data.quick ? QUICK_RUNS : DEFAULT_RUNS) };
}

// ---------------------------------------------------------------------------------------------------
// Median and spread

export type Summary = { median: number; min: number; max: number; runs: number };

/** The median of the samples (the mean of the middle two for an even count); NaN for none. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) return { median: NaN, min: NaN, max: NaN, runs: 0 };
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples), runs: samples.length };
}

/** `value` alone for one run, else `median (min–max)`, each through `format`. */
export function formatSummary(summary: Summary, format: (x: number) => string): string {
  if (summary.runs <= 1) return format(summary.median);
  return `${format(summary.median)} (${format(summary.min)}–${format(summary.max)})`;
}

// ---------------------------------------------------------------------------------------------------
// Formats

export const percent = (x: number) => `${(x * 100).toFixed(x < 0.1 ? 1 : 0)}%`;
export const perSecond = (rps: number) => rps.toFixed(rps < 10 ? 1 : 0);
export const times = (x: number) => `×${x < 10 ? x.toFixed(1) : x.toFixed(0)}`;
/** Milliseconds for a table: one decimal under 10 ms, whole numbers above. */
export const formatMs = (ms: number) => (ms < 10 ? ms.toFixed(1) : ms.toFixed(0));
export const mebibytes = (mib: number) => `${mib.toFixed(0)} MiB`;

// ---------------------------------------------------------------------------------------------------
// Budgets

export type Budget = {
  /** What the budget is about, as a failure names it: "board report throughput". */
  name: string;
  /** "min": the median must reach the limit; "max": it must not exceed it. */
  rule: "min" | "max";
  limit: number;
  /** Formats a measured value and the limit alike: 0.8 → "80%". */
  format: (x: number) => string;
  /** What the value is measured against: "of `/ping`", "ms", "× the RSS after the `/ping` load". */
  unit: string;
  /** Where the budget comes from, shown in the table. */
  source: string;
  /** Judged on the median of the runs, or on one figure for the whole run (memory). */
  judgedOn: "median" | "whole run";
};

const ISSUE = "issue 15";

/**
 * The load budgets issue 15 set for `npm run bench`, on SQLite and PostgreSQL alike. Every ratio is
 * requests/s against the baseline measured in the same run at the same number of connections; every
 * verdict is on the median of the runs. The single-area runs (`--only`) keep their own, lower
 * regression floors (BUDGETS in bench-support.ts).
 */
export const LOAD_BUDGETS = {
  save: { name: "save throughput", rule: "min", limit: 0.7, format: percent, unit: "of `/api/ping`", source: ISSUE, judgedOn: "median" },
  results: { name: "results page throughput", rule: "min", limit: 0.6, format: percent, unit: "of `/ping`", source: ISSUE, judgedOn: "median" },
  report: { name: "board report throughput", rule: "min", limit: 0.8, format: percent, unit: "of `/ping`", source: ISSUE, judgedOn: "median" },
  dashboard: { name: "dashboard throughput (first page, 10 signed-in users)", rule: "min", limit: 0.6, format: percent, unit: "of `/ping`", source: ISSUE, judgedOn: "median" },
  pdfMedianMs: { name: "board report PDF median", rule: "max", limit: 250, format: (ms) => `${formatMs(ms)} ms`, unit: "", source: ISSUE, judgedOn: "median" },
  peakRss: { name: "server peak RSS", rule: "max", limit: 1.25, format: (x) => `${x.toFixed(2)}×`, unit: "the RSS after the first `/ping` load", source: ISSUE, judgedOn: "whole run" },
} as const satisfies Record<string, Budget>;

/** "median >= 80% of `/ping` (issue 15)", "peak <= 1.25× the RSS after the first `/ping` load (issue 15)". */
export function describeBudget(budget: Budget): string {
  return `${budget.judgedOn === "median" ? "median" : "peak"} ${budget.rule === "min" ? ">=" : "<="} ${budget.format(budget.limit)}${budget.unit ? ` ${budget.unit}` : ""} (${budget.source})`;
}

export function meets(budget: Budget, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  return budget.rule === "min" ? value >= budget.limit : value <= budget.limit;
}

export type Verdict = { summary: Summary; ok: boolean; measured: string };

/**
 * Judges a budget on the MEDIAN of the per-run values; the spread is shown, never judged. Any non-2xx
 * answer in any run fails it too: a ratio of error pages means nothing.
 */
export function judge(budget: Budget, perRun: readonly number[], non2xx = 0): Verdict {
  const summary = summarize(perRun);
  const ok = meets(budget, summary.median) && non2xx === 0;
  const value = `${formatSummary(summary, budget.format)}${budget.unit ? ` ${budget.unit}` : ""}`;
  const errors = non2xx > 0 ? `; ${non2xx} non-2xx` : "";
  return { summary, ok, measured: `${summary.runs > 1 ? "median " : ""}${value}${errors}` };
}

/**
 * What the script returns as failures (so what sets the exit code): budgets only with --strict;
 * problems that make the run itself unreliable (a build replaced mid-run) always.
 */
export function exitFailures(budgetFailures: readonly string[], runFailures: readonly string[], strict: boolean): string[] {
  return [...(strict ? budgetFailures : []), ...runFailures];
}

// ---------------------------------------------------------------------------------------------------
// The table

/** One load as the table needs it (scripts/bench-support.ts's Load). */
export type LoadFigures = { rps: number; p50: number; p95: number; p99: number; non2xx: number };

export type Row = {
  measure: string;
  connections?: number;
  /** One load per run. */
  loads?: readonly LoadFigures[];
  /** The static baseline of the same run at the same number of connections, one per run. */
  statics?: readonly LoadFigures[];
  /** The budget, or the row's role ("baseline", "none set"). */
  budget: string;
  /** The value judged against the budget, as judge() words it. */
  measured: string;
  /** Undefined for baselines and rows without a budget. */
  ok?: boolean;
};

/** Per-run ratios value(load i) / value(static i), for the runs that have both. */
function ratios(loads: readonly LoadFigures[], statics: readonly LoadFigures[], pick: (l: LoadFigures) => number): number[] {
  return loads.flatMap((l, i) => {
    const s = statics[i];
    return s && pick(s) > 0 ? [pick(l) / pick(s)] : [];
  });
}

export const TABLE_HEADER = [
  "measure",
  "conn.",
  "req/s, median (min–max)",
  "% of static",
  "p50 ms (× static)",
  "p95 ms (× static)",
  "p99 ms (× static)",
  "non-2xx",
  "budget",
  "against the budget",
  "verdict",
] as const;

export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}

/**
 * The whole run's table: per row the median requests/s of its runs with their spread, the median
 * percentage of the static baseline of the same runs, median latencies (with the median multiple of
 * the static baseline's), every non-2xx answer of all runs, and the verdict: pass, or FAIL in capitals.
 */
export function benchTable(rows: readonly Row[]): string {
  const cells = rows.map((row) => {
    const loads = row.loads ?? [];
    const has = loads.length > 0;
    // A baseline is not shown against itself.
    const itself = row.statics !== undefined && loads.length === row.statics.length && loads.every((l, i) => l === row.statics?.[i]);
    const statics = has && row.statics && !itself ? row.statics : undefined;
    const latency = (pick: (l: LoadFigures) => number) => {
      if (!has) return "—";
      const value = formatMs(median(loads.map(pick)));
      return statics ? `${value} (${times(median(ratios(loads, statics, pick)))})` : value;
    };
    return [
      row.measure,
      row.connections ? String(row.connections) : "—",
      has ? formatSummary(summarize(loads.map((l) => l.rps)), perSecond) : "—",
      has && statics ? percent(median(ratios(loads, statics, (l) => l.rps))) : "—",
      latency((l) => l.p50),
      latency((l) => l.p95),
      latency((l) => l.p99),
      has ? String(loads.reduce((sum, l) => sum + l.non2xx, 0)) : "—",
      row.budget,
      row.measured,
      row.ok === undefined ? "" : row.ok ? "pass" : "**FAIL**",
    ];
  });
  return markdownTable(TABLE_HEADER, cells);
}
