import { describe, expect, it } from "vitest";
import {
  assembleDiagnosticInput,
  buildBoardReport,
  DEFAULT_RELEASE_SECTIONS,
  isReplacementPlanned,
  releaseSectionsFor,
  runDiagnostic,
  type TAnswerRow,
  type TBoardReport,
  type TReportAudience,
  type TReportSection,
} from "@/lib/diagnostic";
import { vpSalesScenario } from "@/tests/fixtures/scenarios";
import { cooExitV2Scenario, vpSalesCeoV2Scenario } from "@/tests/fixtures/scenarios-v2";

/** Every string a reader could see in a report: all values, no keys. */
function visibleText(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(visibleText);
  if (value && typeof value === "object") return Object.values(value).flatMap(visibleText);
  return [];
}

const REPLACEMENT = /replac|successor|search for a/i;
const TENURE_COST = /failed tenure|failed-tenure|tenure fails|churn/i;

/** The scenario's rows with some diagnostic-level answers changed (or added). */
function withAnswers(rows: readonly TAnswerRow[], changes: Record<string, unknown>): TAnswerRow[] {
  const changed = rows.map((r) => (r.constraintId === null && r.questionId in changes ? { ...r, value: changes[r.questionId] } : r));
  const added = Object.entries(changes)
    .filter(([id]) => !rows.some((r) => r.constraintId === null && r.questionId === id))
    .map(([questionId, value]) => ({ questionId, constraintId: null, value }));
  return [...changed, ...added] as TAnswerRow[];
}

function report(version: string, rows: readonly TAnswerRow[], audience: TReportAudience, sections?: readonly TReportSection[]): TBoardReport {
  const assembled = assembleDiagnosticInput(version, [...rows]);
  if (!assembled.ok) throw new Error(assembled.errors.join("\n"));
  return buildBoardReport({
    input: assembled.input,
    result: runDiagnostic(assembled.input),
    includeFreeText: true,
    preparedBy: "Dana Reyes",
    preparedAt: new Date("2026-12-14T10:00:00Z"),
    leaderLabel: "Sam Patel, COO",
    audience,
    sections: sections ?? DEFAULT_RELEASE_SECTIONS[audience],
  });
}

const everything: TReportSection[] = ["perspectives", "constraints", "blueprint", "costs", "consultant_notes", "methodology", "replacement_plan", "tenure_cost"];

const v1Replacing = withAnswers(vpSalesScenario.rows, { retention_intent: "replace", intervention_current: "replace_executive" });
const v2Replacing = withAnswers(cooExitV2Scenario.rows, { retention_intent: "replace", successor_named: "no", intervention_current: "replace_executive", intervention_status: "too_early" });

describe("a release to the leader, when the company plans to replace them", () => {
  it.each([
    ["v1", vpSalesScenario.version, v1Replacing],
    ["v2", cooExitV2Scenario.version, v2Replacing],
  ] as const)("%s: the board report names the plan; the leader's, even with every other section, never does", (_v, version, rows) => {
    const board = report(version, rows, "board", everything);
    expect(visibleText(board).some((t) => REPLACEMENT.test(t))).toBe(true);

    const allButOptIns = everything.filter((s) => s !== "replacement_plan" && s !== "tenure_cost");
    for (const sections of [DEFAULT_RELEASE_SECTIONS.leader, allButOptIns]) {
      const leader = report(version, rows, "leader", sections);
      const text = visibleText(leader);
      expect(text.filter((t) => REPLACEMENT.test(t))).toEqual([]);
      expect(text.filter((t) => TENURE_COST.test(t))).toEqual([]);
      expect(leader.verdictWithheld).toBe(true);
      expect(leader.result.recommendation).toBeNull();
      expect(leader.result.blueprint).toBeNull();
      expect(leader.result.costs).toBeNull();
      expect(leader.result.decision).toBeUndefined();
      expect(leader.audience).toBe("leader");
      // The constraints themselves still reach the leader.
      expect(leader.result.constraints.map((c) => c.constraintId)).toEqual(board.result.constraints.map((c) => c.constraintId));
    }
  });

  it("v1: the “current or planned approach: replacing the leader” line reaches the board only", () => {
    const line = "Current or planned approach: replacing the leader.";
    expect(visibleText(report(vpSalesScenario.version, v1Replacing, "board"))).toContain(line);
    expect(visibleText(report(vpSalesScenario.version, v1Replacing, "leader"))).not.toContain(line);
  });

  it("shows the plan to the leader only when the consultant ticks it", () => {
    const ticked = report(cooExitV2Scenario.version, v2Replacing, "leader", [...DEFAULT_RELEASE_SECTIONS.leader, "replacement_plan"]);
    expect(ticked.verdictWithheld).toBe(false);
    expect(ticked.result.recommendation?.kind).toBe("bridge");
    expect(visibleText(ticked).some((t) => REPLACEMENT.test(t))).toBe(true);
    // The plan does not bring its costs along: those are a separate choice.
    expect(ticked.result.costs).toBeNull();
  });
});

describe("a release to the leader the company keeps", () => {
  const keeping = vpSalesCeoV2Scenario;

  it("keeps the verdict but leaves out the failed-tenure costs and the Leadership Churn warning unless ticked", () => {
    const board = report(keeping.version, keeping.rows, "board");
    const leader = report(keeping.version, keeping.rows, "leader");
    expect(leader.verdictWithheld).toBe(false);
    expect(leader.result.recommendation).toEqual(board.result.recommendation);
    expect(leader.result.costs).toBeNull();
    expect(leader.sections).not.toContain("costs");
    expect(leader.result.failureModes.map((m) => m.id)).not.toContain("leadership_churn");
    expect(visibleText(leader).filter((t) => TENURE_COST.test(t) || REPLACEMENT.test(t))).toEqual([]);

    const withCosts = report(keeping.version, keeping.rows, "leader", [...DEFAULT_RELEASE_SECTIONS.leader, "tenure_cost"]);
    expect(withCosts.result.costs).toEqual(board.result.costs);
    expect(withCosts.sections).toContain("costs");
  });

  it("drops the “a decision to replace the leader would…” line from what would change the verdict", () => {
    const board = report(keeping.version, keeping.rows, "board");
    const leader = report(keeping.version, keeping.rows, "leader");
    expect(board.result.decision?.whatWouldChange.some((w) => REPLACEMENT.test(w))).toBe(true);
    expect(leader.result.decision?.whatWouldChange.some((w) => REPLACEMENT.test(w))).toBe(false);
    expect(leader.result.decision?.whatWouldChange.length).toBeGreaterThan(0);
  });

  it("drops the undecided-retention reason from the leader's why", () => {
    const undecided = withAnswers(keeping.rows, { retention_intent: "undecided" });
    const board = report(keeping.version, undecided, "board");
    const leader = report(keeping.version, undecided, "leader");
    expect(board.result.recommendation?.why.some((w) => w.startsWith("The company is undecided"))).toBe(true);
    expect(leader.result.recommendation?.why.some((w) => w.includes("undecided"))).toBe(false);
  });
});

describe("release sections per audience", () => {
  it("offers the opt-ins to the leader only, and unticked by default", () => {
    expect(releaseSectionsFor("board", ["replacement_plan", "tenure_cost", "constraints"])).toEqual(["constraints"]);
    expect(releaseSectionsFor("leader", ["tenure_cost", "costs", "constraints"])).toEqual(["constraints", "tenure_cost"]);
    expect(DEFAULT_RELEASE_SECTIONS.leader).not.toContain("replacement_plan");
    expect(DEFAULT_RELEASE_SECTIONS.leader).not.toContain("tenure_cost");
    expect(DEFAULT_RELEASE_SECTIONS.board).toContain("costs");
  });

  it("reads a replacement plan from retention or from a successor search in place", () => {
    const base = { context: { retentionIntent: "keep" }, intervention: { current: "none" } } as Parameters<typeof isReplacementPlanned>[0];
    expect(isReplacementPlanned(base)).toBe(false);
    expect(isReplacementPlanned({ ...base, context: { ...base.context, retentionIntent: "replace" } })).toBe(true);
    expect(isReplacementPlanned({ ...base, intervention: { ...base.intervention, current: "replace_executive" } })).toBe(true);
  });
});

describe("a report without free text, from a pinned result", () => {
  it("prices with the economics of the released result, not with the answers as they stand today", () => {
    const scenario = vpSalesCeoV2Scenario;
    const assembled = assembleDiagnosticInput(scenario.version, [...scenario.rows]);
    if (!assembled.ok) throw new Error(assembled.errors.join("\n"));
    const released = runDiagnostic(assembled.input);
    // After the release, someone changes the monthly amount at risk: a re-score gives other costs.
    const today = { ...assembled.input, economics: { ...assembled.input.economics, monthlyAmountAtRisk: 10_000 } };
    expect(runDiagnostic(today).costs.v2?.inaction).not.toEqual(released.costs.v2?.inaction);

    const report = buildBoardReport({ input: today, result: released, includeFreeText: false, preparedBy: "Dana Reyes", preparedAt: new Date("2026-12-14T10:00:00Z") });
    expect(report.meta.freeTextIncluded).toBe(false);
    expect(report.result.costs?.v2?.inaction).toEqual(released.costs.v2?.inaction);
    expect(report.result.costs?.assumptions).toEqual(released.costs.assumptions);
  });
});

describe("the leader's report as a PDF", () => {
  it("renders without the verdict, costs or plan, titled for the leader", async () => {
    const { renderReportPdf } = await import("@/lib/report-pdf/render-report-pdf");
    const { extractText, getDocumentProxy } = await import("unpdf");
    const leader = report(cooExitV2Scenario.version, v2Replacing, "leader", everything.filter((s) => s !== "replacement_plan" && s !== "tenure_cost"));
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(await renderReportPdf(leader))), { mergePages: true });
    expect(text.replace(/\s+/g, "")).toContain("YOURREPORT·CONFIDENTIAL");
    expect(text).toContain("will take you through the recommendation and the plan in person");
    expect(text).not.toMatch(REPLACEMENT);
    expect(text).not.toMatch(TENURE_COST);
  });
});
