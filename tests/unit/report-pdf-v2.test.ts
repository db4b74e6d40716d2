import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { pdfSafe, renderReportPdf } from "@/lib/report-pdf/render-report-pdf";
import { assembleDiagnosticInput, buildBoardReport, runDiagnostic } from "@/lib/diagnostic";
import { ALL_V2_SCENARIOS } from "@/tests/fixtures/scenarios-v2";
import { v2BoardReport, v2Result } from "@/tests/fixtures/v2-result";

async function pdfPages(buffer: Buffer): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const { text } = await extractText(pdf, { mergePages: false });
  return text;
}

/** Extracted text with line breaks and runs of spaces collapsed, as the PDF wraps sentences anywhere. */
const flat = (text: string) => text.replace(/\s+/g, " ");

describe("renderReportPdf, v2 result", () => {
  it("opens page 1 with the decision, keep / stop / add, first 30 days, deadline, answers to check and cost ranges", async () => {
    const pages = await pdfPages(await renderReportPdf(v2BoardReport()));
    const first = flat(pages[0] ?? "");
    const decision = v2Result.decision;
    if (!decision) throw new Error("fixture has no decision");
    expect(first).toContain(decision.primary.title);
    expect(first.indexOf(decision.primary.title)).toBeLessThan(first.indexOf("Top risks"));
    expect(first).toContain("SECOND STEP"); // labels are set in capitals
    for (const label of ["Keep", "Stop", "Add", "Re-scope"]) expect(first).toContain(label);
    expect(first).toContain("FIRST 30 DAYS");
    expect(first).toContain(flat(pdfSafe(decision.firstThirtyDays[0] ?? "")));
    expect(first).toContain("Does not fit the deadline");
    expect(first).toContain("Check these answers before acting");
    expect(first).toContain("Illustrative (defaults)");
    expect(first).toContain("$274,000 $332,000 $390,000");
    expect(first).not.toContain("Already lost");
  });

  it("gives the reasoning and compact constraints after the summary, with class, borderline and key answers", async () => {
    const pages = await pdfPages(await renderReportPdf(v2BoardReport()));
    const rest = flat(pages.slice(1).join(" "));
    expect(rest.trimStart().startsWith("Why this decision")).toBe(true);
    expect(rest).toContain("What would change this");
    expect(rest).toContain("Behavioral (team adoption)");
    expect(rest).toContain("Borderline");
    expect(rest).toContain("What would settle it");
    expect(rest).toContain("Key answers: Decision rights: severely · Delegation: often redoes work");
    expect(rest).toContain("Team adoption gap 74/100");
    expect(rest).toContain("HOW THESE FIGURES ARE ESTIMATED");
  });
});

describe("renderReportPdf, v2 scenarios on the real engine", () => {
  it.each(ALL_V2_SCENARIOS.map((s) => [s.id, s] as const))("keeps the executive summary of %s on page 1", async (_id, scenario) => {
    const assembled = assembleDiagnosticInput(scenario.version, scenario.rows);
    if (!assembled.ok) throw new Error(assembled.errors.join("\n"));
    const result = runDiagnostic(assembled.input);
    const report = buildBoardReport({ input: assembled.input, result, includeFreeText: true, preparedBy: "Dana Reyes, Chair", preparedAt: new Date("2026-12-14T10:00:00Z"), leaderLabel: "Sam Patel, COO" });
    const [first = "", second = ""] = await pdfPages(await renderReportPdf(report));
    // The cost totals close page 1; the reasoning opens page 2.
    expect(flat(first)).toContain(flat(pdfSafe(result.decision?.primary.title ?? "no decision")));
    expect(flat(first)).toContain("Cost of action (fees, what is kept, risk that remains)");
    expect(flat(second).trimStart().startsWith("Why this decision")).toBe(true);
  });
});
