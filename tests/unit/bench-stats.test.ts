import { describe, expect, it } from "vitest";
import {
  benchTable,
  DEFAULT_RUNS,
  describeBudget,
  exitFailures,
  formatSummary,
  judge,
  LOAD_BUDGETS,
  median,
  meets,
  parseBenchOptions,
  percent,
  summarize,
  type LoadFigures,
} from "@/scripts/bench-stats";

const load = (rps: number, p50 = 10, non2xx = 0): LoadFigures => ({ rps, p50, p95: p50 * 2, p99: p50 * 3, non2xx });

describe("median and spread", () => {
  it("takes the middle value of an odd count and the mean of the middle two of an even one, in any order", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([10, 40, 20, 30])).toBe(25);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNaN();
  });

  it("does not reorder the samples it is given", () => {
    const samples = [3, 1, 2];
    median(samples);
    expect(samples).toEqual([3, 1, 2]);
  });

  it("summarizes runs as median, min and max", () => {
    expect(summarize([0.5, 0.9, 0.7])).toEqual({ median: 0.7, min: 0.5, max: 0.9, runs: 3 });
    expect(summarize([]).runs).toBe(0);
  });

  it("prints one run as its value and several as median (min–max)", () => {
    expect(formatSummary(summarize([0.42]), percent)).toBe("42%");
    expect(formatSummary(summarize([0.5, 0.9, 0.7]), percent)).toBe("70% (50%–90%)");
  });
});

describe("budgets", () => {
  it("are the ones issue 15 set", () => {
    expect(LOAD_BUDGETS.report).toMatchObject({ rule: "min", limit: 0.8, unit: "of `/ping`" });
    expect(LOAD_BUDGETS.results).toMatchObject({ rule: "min", limit: 0.6, unit: "of `/ping`" });
    expect(LOAD_BUDGETS.dashboard).toMatchObject({ rule: "min", limit: 0.6, unit: "of `/ping`" });
    expect(LOAD_BUDGETS.save).toMatchObject({ rule: "min", limit: 0.7, unit: "of `/api/ping`" });
    expect(LOAD_BUDGETS.pdfMedianMs).toMatchObject({ rule: "max", limit: 250 });
    expect(LOAD_BUDGETS.peakRss).toMatchObject({ rule: "max", limit: 1.25 });
    for (const budget of Object.values(LOAD_BUDGETS)) expect(budget.source).toBe("issue 15");
  });

  it("are labelled in words: the rule, the limit, what it is against, and where it comes from", () => {
    expect(describeBudget(LOAD_BUDGETS.report)).toBe("median >= 80% of `/ping` (issue 15)");
    expect(describeBudget(LOAD_BUDGETS.save)).toBe("median >= 70% of `/api/ping` (issue 15)");
    expect(describeBudget(LOAD_BUDGETS.pdfMedianMs)).toBe("median <= 250 ms (issue 15)");
    expect(describeBudget(LOAD_BUDGETS.peakRss)).toBe("peak <= 1.25× the RSS after the first `/ping` load (issue 15)");
  });

  it("hold at their limit exactly, on either side", () => {
    expect(meets(LOAD_BUDGETS.report, 0.8)).toBe(true);
    expect(meets(LOAD_BUDGETS.report, 0.79)).toBe(false);
    expect(meets(LOAD_BUDGETS.pdfMedianMs, 250)).toBe(true);
    expect(meets(LOAD_BUDGETS.pdfMedianMs, 250.1)).toBe(false);
    expect(meets(LOAD_BUDGETS.report, NaN)).toBe(false);
  });

  it("are judged on the median, whatever the best or worst run", () => {
    // One lucky run above the budget does not pass it; one unlucky run below does not fail it.
    expect(judge(LOAD_BUDGETS.report, [0.95, 0.5, 0.6]).ok).toBe(false);
    expect(judge(LOAD_BUDGETS.report, [0.85, 0.3, 0.9]).ok).toBe(true);
    expect(judge(LOAD_BUDGETS.pdfMedianMs, [900, 200, 240]).ok).toBe(true);
    expect(judge(LOAD_BUDGETS.pdfMedianMs, [100, 260, 300]).ok).toBe(false);
  });

  it("say the median and the spread they judged", () => {
    const verdict = judge(LOAD_BUDGETS.report, [0.85, 0.3, 0.9]);
    expect(verdict.summary).toEqual({ median: 0.85, min: 0.3, max: 0.9, runs: 3 });
    expect(verdict.measured).toBe("median 85% (30%–90%) of `/ping`");
    expect(judge(LOAD_BUDGETS.pdfMedianMs, [212.4]).measured).toBe("212 ms");
  });

  it("fail on any non-2xx answer in any run, whatever the median", () => {
    const verdict = judge(LOAD_BUDGETS.save, [0.9, 0.9, 0.9], 2);
    expect(verdict.ok).toBe(false);
    expect(verdict.measured).toContain("2 non-2xx");
  });
});

describe("the exit code", () => {
  it("counts failing budgets only with --strict, and a broken run always", () => {
    expect(exitFailures(["report throughput"], [], false)).toEqual([]);
    expect(exitFailures(["report throughput"], [], true)).toEqual(["report throughput"]);
    expect(exitFailures(["report throughput"], ["build replaced"], false)).toEqual(["build replaced"]);
  });
});

describe("the table", () => {
  const statics = [load(400), load(500), load(600)];
  const ping = [load(200, 40), load(250, 50), load(300, 60)];
  const table = benchTable([
    { measure: "static", connections: 20, loads: [...statics], statics: [...statics], budget: "baseline", measured: "" },
    { measure: "ping", connections: 20, loads: ping, statics, budget: "baseline", measured: "" },
    { measure: "report", connections: 20, loads: [load(50), load(40, 10, 3), load(60)], statics, budget: describeBudget(LOAD_BUDGETS.report), measured: "median 20% of `/ping`", ok: false },
    { measure: "results", connections: 20, loads: ping, statics, budget: describeBudget(LOAD_BUDGETS.results), measured: "median 100% of `/ping`", ok: true },
    { measure: "memory", budget: describeBudget(LOAD_BUDGETS.peakRss), measured: "peak 500 MiB", ok: true },
  ]);
  const lines = table.split("\n");
  const cells = (line: string | undefined) => (line ?? "").split(" | ").map((c) => c.replace(/^\| |\s\|$/g, ""));

  it("has a header, a separator and one line per row", () => {
    expect(lines).toHaveLength(2 + 5);
    expect(lines[0]).toContain("req/s, median (min–max)");
    expect(lines[0]).toContain("verdict");
  });

  it("shows each row's median requests/s with its spread, and its median share of the static baseline of the same runs", () => {
    expect(cells(lines[2])[2]).toBe("500 (400–600)");
    expect(cells(lines[2])[3]).toBe("—");
    expect(cells(lines[2])[4]).toBe("10");
    expect(cells(lines[3])[2]).toBe("250 (200–300)");
    expect(cells(lines[3])[3]).toBe("50%");
    expect(cells(lines[3])[4]).toBe("50 (×5.0)");
  });

  it("adds up non-2xx answers over all runs", () => {
    expect(cells(lines[4])[7]).toBe("3");
  });

  it("marks a failing budget FAIL in bold capitals and a passing one pass", () => {
    expect(cells(lines[4]).at(-1)).toBe("**FAIL**");
    expect(cells(lines[5]).at(-1)).toBe("pass");
    expect(cells(lines[2]).at(-1)).toBe("");
  });

  it("shows rows without loads as dashes", () => {
    expect(cells(lines[6]).slice(1, 8)).toEqual(["—", "—", "—", "—", "—", "—", "—"]);
  });
});

describe("the options of npm run bench", () => {
  it("run every measure three times by default and once with --quick, unless --runs says otherwise", () => {
    expect(parseBenchOptions([])).toMatchObject({ runs: DEFAULT_RUNS, strict: false, quick: false, postgres: false });
    expect(DEFAULT_RUNS).toBe(3);
    expect(parseBenchOptions(["--quick"]).runs).toBe(1);
    expect(parseBenchOptions(["--quick", "--runs", "2"]).runs).toBe(2);
    expect(parseBenchOptions(["--postgres", "--runs", "5", "--strict"])).toMatchObject({ postgres: true, runs: 5, strict: true });
  });

  it("refuse a --runs that is not a whole number from 1 up", () => {
    expect(() => parseBenchOptions(["--runs"])).toThrow(/--runs takes a whole number/);
    expect(() => parseBenchOptions(["--runs", "two"])).toThrow(/--runs takes a whole number/);
    expect(() => parseBenchOptions(["--runs", "0"])).toThrow(/--runs takes 1 or more/);
    expect(() => parseBenchOptions(["--runs", "1.5"])).toThrow(/--runs takes a whole number/);
  });

  it("keep --runs and --strict to the whole run, and the other rules as they were", () => {
    expect(() => parseBenchOptions(["--only", "dashboard", "--runs", "3"])).toThrow(/whole run only/);
    expect(() => parseBenchOptions(["--audit", "--strict"])).toThrow(/whole run only/);
    expect(() => parseBenchOptions(["--only", "dashboard", "--audit"])).toThrow(/separate runs/);
    expect(() => parseBenchOptions(["--postgres", "--audit"])).toThrow(/--postgres applies/);
    expect(() => parseBenchOptions(["--quick", "--only", "import"])).toThrow(/--quick applies/);
    expect(() => parseBenchOptions(["--fast"])).toThrow(/Unknown option --fast/);
    expect(parseBenchOptions(["--audit", "--quick"])).toMatchObject({ audit: true, quick: true });
    expect(parseBenchOptions(["--only", "engine"]).only).toBe("engine");
  });
});
