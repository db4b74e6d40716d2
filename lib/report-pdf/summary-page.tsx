import { Image as PdfImage, Text, View } from "@react-pdf/renderer";
import type { TBoardReport, TCostEstimate } from "@/lib/diagnostic";
import { SEVERITY_COLOR, SEVERITY_LABEL, formatDate, formatMoney } from "@/lib/report-pdf/format";
import { CostRangesSummary, DecisionBlock } from "@/lib/report-pdf/decision-parts";
import { Bullets, Pill } from "@/lib/report-pdf/parts";
import { COLORS, styles } from "@/lib/report-pdf/styles";
import { brandPalette } from "@/lib/brand-palette";

type TFigure = { label: string; value: number; note: string; tone: string };

function costFigures(costs: TCostEstimate): TFigure[] {
  const money = (n: number) => formatMoney(n, costs.currency);
  const figures: TFigure[] = [];
  if (costs.applicable) {
    figures.push({ label: "Cost of action", value: costs.costOfAction, note: `Fees over ${costs.durationMonths} months`, tone: COLORS.accent });
    figures.push({
      label: "Cost of inaction",
      value: costs.costOfInaction.total,
      note: `A failed tenure (${money(costs.costOfInaction.failedTenure)}) plus ${money(costs.costOfInaction.amountAtRiskOverDelay)} at risk until then`,
      tone: COLORS.danger,
    });
  }
  if (costs.misapplicationTax.applies) {
    figures.push({
      label: "Misapplication tax",
      value: costs.misapplicationTax.total,
      note: `${costs.misapplicationTax.months} months on an approach that does not fit`,
      tone: COLORS.warn,
    });
  }
  figures.push({ label: "Already lost", value: costs.alreadyLost, note: "While the problem has lasted so far", tone: COLORS.muted });
  return figures;
}

function Header({ report }: { report: TBoardReport }) {
  const { meta, branding } = report;
  // The firm's colour when it reads on white, else the report's own accent.
  const brandColor = brandPalette(branding?.color).accent;
  return (
    <View>
      {branding ? (
        <View style={{ flexDirection: "row", alignItems: "center", marginBottom: 8, paddingTop: 6, borderTopWidth: 4, borderTopColor: brandColor }}>
          {branding.logo ? <PdfImage src={branding.logo} style={{ height: 28, maxWidth: 120, marginRight: 8, objectFit: "contain" }} /> : null}
          <Text style={[styles.bold, { color: brandColor }]}>{branding.name}</Text>
        </View>
      ) : null}
      <Text style={styles.eyebrow}>{report.audience === "leader" ? "Your report" : "Board report"} · Confidential</Text>
      <Text style={styles.title}>Leadership intervention diagnostic</Text>
      <Text style={styles.leader}>{meta.leaderLabel}</Text>
      <Text style={[styles.metaLine, { marginTop: 6 }]}>
        Prepared by {meta.preparedBy} on {formatDate(meta.preparedAt)}
        {meta.freeTextIncluded ? "" : " · free-text answers withheld from this report"}
      </Text>
      <View style={styles.rule} />
    </View>
  );
}

function Recommendation({ report }: { report: TBoardReport }) {
  const { recommendation } = report.result;
  if (!recommendation) {
    return (
      <View style={styles.recommendation}>
        <Text style={styles.recLabel}>Your constraints, as the diagnostic reads them</Text>
        <Text style={styles.recHeadline}>{`${report.meta.preparedBy} will take you through the recommendation and the plan in person.`}</Text>
      </View>
    );
  }
  return (
    <View style={styles.recommendation}>
      <Text style={styles.recLabel}>Recommendation</Text>
      <Text style={styles.recKind}>{recommendation.label}</Text>
      <Text style={styles.recHeadline}>{recommendation.headline}</Text>
      <Text style={styles.label}>Why</Text>
      <Bullets items={recommendation.why} style={styles.small} />
    </View>
  );
}

/** v2 summary: one line of name and severity, the explanation beside it, so the decision keeps its page. */
function CompactRisks({ report }: { report: TBoardReport }) {
  return (
    <View style={{ marginBottom: 2 }}>
      <Text style={styles.subTitle}>Top risks</Text>
      {report.topRisks.length === 0 ? <Text style={styles.muted}>No failure modes detected in the current plan.</Text> : null}
      {report.topRisks.map((risk) => (
        <View key={risk.id} style={[styles.row, { marginBottom: 3 }]} wrap={false}>
          <Text style={[styles.small, { flex: 1 }]}>
            <Text style={[styles.bold, { fontSize: 9.5 }]}>{risk.name}</Text>
            <Text style={{ color: SEVERITY_COLOR[risk.severity] }}> ({SEVERITY_LABEL[risk.severity].toLowerCase()}): </Text>
            {risk.explanation}
          </Text>
        </View>
      ))}
    </View>
  );
}

function TopRisks({ report }: { report: TBoardReport }) {
  if (report.result.decision) return <CompactRisks report={report} />;
  return (
    <View style={{ marginBottom: 6 }}>
      <Text style={styles.subTitle}>Top risks</Text>
      {report.topRisks.length === 0 ? (
        <Text style={styles.muted}>No failure modes detected in the current plan.</Text>
      ) : (
        report.topRisks.map((risk) => (
          <View key={risk.id} style={[styles.card, { padding: 7, marginBottom: 5 }]} wrap={false}>
            <View style={styles.spaceBetween}>
              <Text style={[styles.cardTitle, { flex: 1 }]}>{risk.name}</Text>
              <Pill text={SEVERITY_LABEL[risk.severity]} color={SEVERITY_COLOR[risk.severity]} />
            </View>
            <Text style={[styles.small, { marginTop: 2 }]}>{risk.explanation}</Text>
          </View>
        ))
      )}
    </View>
  );
}

function Costs({ costs }: { costs: TCostEstimate }) {
  const figures = costFigures(costs);
  return (
    <View wrap={false}>
      <Text style={styles.subTitle}>Cost of action against inaction</Text>
      {costs.applicable ? null : (
        <Text style={[styles.small, styles.muted, { marginBottom: 5 }]}>
          Costs of action and inaction were not estimated for this recommendation.
        </Text>
      )}
      <View style={styles.figures}>
        {figures.map((f, i) => (
          <View key={f.label} style={[styles.figure, { borderTopColor: f.tone }, i === figures.length - 1 ? { marginRight: 0 } : {}]}>
            <Text style={styles.label}>{f.label}</Text>
            <Text style={styles.figureValue}>{formatMoney(f.value, costs.currency)}</Text>
            <Text style={styles.figureNote}>{f.note}</Text>
          </View>
        ))}
      </View>
      <Text style={styles.small}>{costs.summary}</Text>
      {costs.misapplicationTax.applies ? <Text style={[styles.small, { marginTop: 3 }]}>{costs.misapplicationTax.explanation}</Text> : null}
    </View>
  );
}

/** Page 1: everything a board member needs if they read nothing else. A v2 result opens with its decision. */
export function SummaryContent({ report }: { report: TBoardReport }) {
  const { decision, recommendation, costs } = report.result;
  return (
    <View>
      <Header report={report} />
      <Text style={styles.label}>Executive summary</Text>
      {decision && recommendation ? <DecisionBlock decision={decision} recommendation={recommendation} restsOn={report.result.basis?.sentence} splits={report.result.basis?.contested.map((c) => c.sentence)} /> : <Recommendation report={report} />}
      <TopRisks report={report} />
      {costs ? costs.v2 ? <CostRangesSummary costs={costs} v2={costs.v2} /> : <Costs costs={costs} /> : null}
    </View>
  );
}
