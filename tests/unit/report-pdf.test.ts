import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { assembleDiagnosticInput, buildBoardReport, runDiagnostic, type TBoardReport } from "@/lib/diagnostic";
import { pdfSafe, renderReportPdf, reportPdfFileName } from "@/lib/report-pdf/render-report-pdf";
import { ALL_SCENARIOS, constraintRows, cooExitScenario, diagnosticRows, type TScenario } from "@/tests/fixtures/scenarios";

const PREPARED_AT = new Date("2026-11-29T10:00:00Z");

function reportFor(scenario: Pick<TScenario, "version" | "rows">, includeFreeText: boolean, leaderLabel = "Sam Patel, COO"): TBoardReport {
  const assembled = assembleDiagnosticInput(scenario.version, scenario.rows);
  if (!assembled.ok) throw new Error(assembled.errors.join("\n"));
  const result = runDiagnostic(assembled.input);
  return buildBoardReport({ input: assembled.input, result, includeFreeText, preparedBy: "Dana Reyes, Chair", preparedAt: PREPARED_AT, leaderLabel });
}

async function pdfPages(buffer: Buffer): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const { text } = await extractText(pdf, { mergePages: false });
  return text;
}

/** Extracted text with line breaks and runs of spaces collapsed, so wrapped sentences still match. */
const flat = (text: string) => text.replace(/\s+/g, " ");

describe("renderReportPdf", () => {
  it("renders the board report with its summary, recommendation and methodology", async () => {
    const report = reportFor(cooExitScenario, true);
    const buffer = await renderReportPdf(report);
    expect(buffer.subarray(0, 5).toString("latin1")).toBe("%PDF-");

    const pages = await pdfPages(buffer);
    const text = flat(pages.join(" "));
    expect(text).toContain(report.result.recommendation?.label ?? "missing");
    expect(text).toContain("Prepared by Dana Reyes, Chair");
    expect(text).toContain("Leadership intervention diagnostic");
    const methodologyTitle = report.methodology[0]?.title;
    expect(methodologyTitle).toBeDefined();
    expect(text).toContain(methodologyTitle);
    expect(text).toContain(`Confidential · Sam Patel, COO · page 1 of ${pages.length}`);
    expect(text).toContain(`page ${pages.length} of ${pages.length}`);
    // Typographic quotes from the engine's sentences survive; arrows are spelled out.
    expect(text).toContain("“Decisions keep going up to the founder”");
    expect(text).toContain("-> coaching");
    expect(text).not.toContain("→");
  });

  it.each(ALL_SCENARIOS.map((s) => [s.id, s] as const))("keeps the executive summary of %s on page 1", async (_id, scenario) => {
    const report = reportFor(scenario, true);
    const [first = "", second = ""] = await pdfPages(await renderReportPdf(report));
    // The cost summary closes page 1; the constraints section opens page 2.
    expect(flat(first)).toContain(flat(report.result.costs?.summary ?? "missing").slice(0, 40));
    expect(flat(first)).toContain(report.result.recommendation?.label ?? "missing");
    expect(flat(second).trimStart().startsWith("Constraints")).toBe(true);
  });

  it("leaves custom constraint titles and descriptions out when free text is excluded", async () => {
    const title = "Quarterly close run from Priyas private spreadsheet";
    const description = "Only one analyst can reconcile the ledger and she is about to resign";
    const scenario = {
      version: cooExitScenario.version,
      rows: [
        ...diagnosticRows(
          { respondent_role: "board_member", leader_function: "finance", leader_title: "Secret CFO title", leader_tenure: "1_to_2_years", company_stage: "series_b", situation: "scale_up", urgency: "high", retention_intent: "keep" },
          { intervention_current: "none", intervention_permanent_owner: "yes", intervention_end_date: "no_engagement" },
        ),
        ...constraintRows("c1", { kind: "custom", title, description }, {
          b_pressure: 1, b_decisions: 0, b_delegation: 0, b_presence: 0, b_communication: 0,
          e_decision_rights: 2, e_cadence: 2, e_metrics: 3, e_incentives: 0, e_process_tooling: 3, e_interfaces: 1,
          x_complexity: 1, x_persistence: 3,
        }),
      ],
    };
    const withText = flat((await pdfPages(await renderReportPdf(reportFor(scenario, true, "CFO")))).join(" "));
    expect(withText).toContain(title);

    const redacted = flat((await pdfPages(await renderReportPdf(reportFor(scenario, false, "CFO")))).join(" "));
    expect(redacted).not.toContain(title);
    expect(redacted).not.toContain("Priyas");
    expect(redacted).not.toContain(description);
    expect(redacted).not.toContain("reconcile the ledger");
    expect(redacted).not.toContain("Secret CFO title");
    expect(redacted).toContain("Constraint 1 (described by the owner)");
    expect(redacted).toContain("free-text answers withheld");
  });
});

describe("renderReportPdf without enough evidence", () => {
  it("renders the evidence-gathering plan and leaves unplaced constraints off the chart", async () => {
    const unknown = "dont_know" as const;
    const scenario = {
      version: cooExitScenario.version,
      rows: [
        ...diagnosticRows(
          { respondent_role: "board_member", leader_function: "operations", leader_tenure: "1_to_2_years", company_stage: "series_b", situation: "scale_up", urgency: "low", retention_intent: "keep" },
          { intervention_current: "none", intervention_permanent_owner: "yes", intervention_end_date: "no_engagement" },
        ),
        ...constraintRows("c1", { kind: "catalog", catalogId: "missed_targets" }, {
          b_pressure: unknown, b_decisions: unknown, b_delegation: unknown, b_presence: unknown, b_communication: unknown,
          e_decision_rights: unknown, e_cadence: unknown, e_metrics: unknown, e_incentives: unknown, e_process_tooling: unknown, e_interfaces: unknown,
          x_complexity: unknown, x_persistence: unknown,
        }),
      ],
    };
    const report = reportFor(scenario, true, "COO");
    expect(report.result.blueprint?.kind).toBe("gather_evidence");
    const text = flat((await pdfPages(await renderReportPdf(report))).join(" "));
    expect(text).toContain(report.result.blueprint?.name ?? "missing");
    expect(text).toContain("not placed: too few answers to classify");
  });
});

describe("reportPdfFileName", () => {
  it("names the file after the leader label and the date prepared", () => {
    const report = reportFor(cooExitScenario, true, "COO");
    expect(reportPdfFileName(report)).toBe("leadership-diagnostic-coo-2026-11-29.pdf");
    expect(reportPdfFileName({ ...report, meta: { ...report.meta, leaderLabel: "Zoë Łukasz-Müller, VP Ops!" } })).toBe(
      "leadership-diagnostic-zoe-ukasz-muller-vp-ops-2026-11-29.pdf",
    );
    expect(reportPdfFileName({ ...report, meta: { ...report.meta, leaderLabel: "運営責任者" } })).toBe("leadership-diagnostic-leader-2026-11-29.pdf");
  });
});

describe("pdfSafe", () => {
  it("keeps characters Helvetica can draw and replaces the rest", () => {
    expect(pdfSafe("“Quoted” · café – done")).toBe("“Quoted” · café – done");
    expect(pdfSafe("Behavioral → coaching, ≥ 40")).toBe("Behavioral -> coaching, >= 40");
    expect(pdfSafe("Łódź ✓ 中")).toBe("Lódz v ?");
  });
});
