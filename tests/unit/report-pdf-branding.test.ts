import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { renderReportPdf } from "@/lib/report-pdf/render-report-pdf";
import { TINY_PNG_LOGO } from "@/tests/fixtures/brand-logo";
import { v2BoardReport } from "@/tests/fixtures/v2-result";

async function pdfPages(buffer: Buffer): Promise<string[]> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(buffer)), { mergePages: false });
  return text;
}

const flat = (text: string) => text.replace(/\s+/g, " ");
const branding = { name: "Quinn Advisory", color: "#5b2a86", logo: TINY_PNG_LOGO };

describe("renderReportPdf: branding, versions and dates", () => {
  it("puts the firm's name and logo at the top of page 1", async () => {
    const buffer = await renderReportPdf(v2BoardReport({ branding }));
    const [first = ""] = await pdfPages(buffer);
    expect(flat(first).trimStart().startsWith("Quinn Advisory")).toBe(true);
    // The logo is embedded as an image; the unbranded report has none.
    expect(buffer.toString("latin1")).toMatch(/\/Subtype \/Image/);
    expect((await renderReportPdf(v2BoardReport())).toString("latin1")).not.toMatch(/\/Subtype \/Image/);
  });

  it("names the questionnaire and engine versions in the methodology appendix only", async () => {
    const report = v2BoardReport({ branding });
    const pages = await pdfPages(await renderReportPdf(report));
    const { questionnaireVersion, engineVersion } = report.meta;
    const last = flat(pages.at(-1) ?? "");
    expect(last).toContain("Methodology appendix");
    expect(last).toContain(`Questionnaire ${questionnaireVersion} · engine ${engineVersion}`);
    for (const page of pages.slice(0, -1)) {
      expect(page).not.toContain(engineVersion);
      expect(page).not.toContain(questionnaireVersion);
    }
  });

  it("writes the date prepared as the web page does", async () => {
    const [first = ""] = await pdfPages(await renderReportPdf(v2BoardReport()));
    expect(flat(first)).toContain("Prepared by Dana Reyes, Chair on 14 Dec 2026");
  });
});
