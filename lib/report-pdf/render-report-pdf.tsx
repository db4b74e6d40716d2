import { createRenderOnceCache } from "@/lib/render-once-cache";
import { Document, Font, Page, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { ZBoardReport, type TBoardReport } from "@/lib/diagnostic";
import { CostSection, MethodologySection } from "@/lib/report-pdf/appendix-sections";
import { BlueprintSection } from "@/lib/report-pdf/blueprint-section";
import { ConstraintsSection, WarningsSection } from "@/lib/report-pdf/constraint-sections";
import { ReasoningSection } from "@/lib/report-pdf/decision-parts";
import { pdfSafeReport } from "@/lib/report-pdf/format";
import { ConsultantNotesSection, PerspectivesSection } from "@/lib/report-pdf/perspective-sections";
import { SummaryContent } from "@/lib/report-pdf/summary-page";
import { styles } from "@/lib/report-pdf/styles";

export { pdfSafe, reportPdfFileName } from "@/lib/report-pdf/format";

/**
 * The board-pack PDF of a finished diagnostic: executive summary on page 1, then constraints,
 * warnings, blueprint, costs and the methodology appendix, in the same order as the web report.
 * Only fields of ZBoardReport are read, so redaction decided in buildBoardReport carries over.
 */

function Footer({ leaderLabel }: { leaderLabel: string }) {
  return (
    <Text
      fixed
      style={styles.footer}
      render={({ pageNumber, totalPages }) => `Confidential · ${leaderLabel} · page ${pageNumber} of ${totalPages}`}
    />
  );
}

function ReportDocument({ report }: { report: TBoardReport }) {
  const { meta, result } = report;
  const has = (section: TBoardReport["sections"][number]) => report.sections.includes(section);
  const detail = result.decision !== undefined || has("perspectives") || has("constraints") || has("consultant_notes") || has("blueprint") || has("costs");
  const footer = <Footer leaderLabel={meta.leaderLabel} />;
  return (
    <Document
      title={`Leadership intervention diagnostic: ${meta.leaderLabel}`}
      author={meta.preparedBy}
      subject={`Leadership intervention diagnostic (${report.audience === "leader" ? "the leader's report" : "board report"})`}
      creator="Executive Intervention Diagnostic"
      producer="Executive Intervention Diagnostic"
      language="en"
      creationDate={new Date(meta.preparedAt)}
    >
      <Page size="A4" style={styles.page}>
        <View style={styles.flow}>
          <SummaryContent report={report} />
        </View>
        {footer}
      </Page>
      {detail ? (
        <Page size="A4" style={styles.page}>
          <View style={styles.flow}>
            {result.decision && result.recommendation ? <ReasoningSection decision={result.decision} recommendation={result.recommendation} /> : null}
            {has("perspectives") ? <PerspectivesSection report={report} /> : null}
            {has("constraints") ? <ConstraintsSection report={report} /> : null}
            {has("constraints") ? <WarningsSection report={report} /> : null}
            {has("consultant_notes") ? <ConsultantNotesSection report={report} /> : null}
            {has("blueprint") && result.blueprint ? <BlueprintSection blueprint={result.blueprint} /> : null}
            {has("costs") && result.costs ? <CostSection costs={result.costs} /> : null}
          </View>
          {footer}
        </Page>
      ) : null}
      {has("methodology") ? (
        <Page size="A4" style={styles.page}>
          <View style={styles.flow}>
            <MethodologySection report={report} />
          </View>
          {footer}
        </Page>
      ) : null}
    </Document>
  );
}

let hyphenationDisabled = false;

/** Renders the board report as an A4 PDF (built-in Helvetica only, nothing fetched). */
export async function renderReportPdf(report: TBoardReport): Promise<Buffer> {
  if (!hyphenationDisabled) {
    // react-pdf splits English words at line ends by default ("go-ing"); a board report reads better whole.
    Font.registerHyphenationCallback((word) => [word]);
    hyphenationDisabled = true;
  }
  const safe = pdfSafeReport(ZBoardReport.parse(report));
  return renderToBuffer(<ReportDocument report={safe} />);
}

/**
 * The PDF of a report, rendered once per content and kept within 32 MB per app instance; at most two
 * render at once. See render-once-cache.ts.
 */
const reportPdfs = createRenderOnceCache<TBoardReport, Buffer>({ render: renderReportPdf, sizeOf: (pdf) => pdf.length, maxBytes: 32 * 1024 * 1024, maxConcurrent: 2 });

export function reportPdf(report: TBoardReport): Promise<Buffer> {
  return reportPdfs.valueFor(report);
}
