import { Text, View } from "@react-pdf/renderer";
import type { TAssumption, TBoardReport, TCostEstimate } from "@/lib/diagnostic";
import { CostChart } from "@/lib/report-pdf/charts";
import { CostRangesTable } from "@/lib/report-pdf/decision-parts";
import { formatNumber } from "@/lib/report-pdf/format";
import { Bullets, Pill, SectionTitle, SubTitle } from "@/lib/report-pdf/parts";
import { COLORS, styles } from "@/lib/report-pdf/styles";

function assumptionValue(a: TAssumption, currency: TCostEstimate["currency"]): string {
  const unit = a.unit.replace(/\bcurrency\b/g, currency);
  const value = typeof a.value === "number" ? formatNumber(a.value) : a.value;
  return unit ? `${value} ${unit}` : value;
}

function AssumptionRow({ assumption, currency }: { assumption: TAssumption; currency: TCostEstimate["currency"] }) {
  const user = assumption.origin === "user";
  return (
    <View style={styles.tableRow} wrap={false}>
      <View style={{ flex: 1, paddingRight: 10 }}>
        <Text style={styles.bold}>{assumption.label}</Text>
        <Text style={[styles.small, styles.muted, { marginTop: 1 }]}>{assumption.source}</Text>
      </View>
      <Text style={{ width: 130, textAlign: "right" }}>{assumptionValue(assumption, currency)}</Text>
      <View style={{ width: 82, alignItems: "flex-end" }}>
        <Pill text={user ? "owner's figure" : "default"} color={user ? COLORS.accent : COLORS.muted} />
      </View>
    </View>
  );
}

export function CostSection({ costs }: { costs: TCostEstimate }) {
  return (
    <View>
      {/* Heading, summary and chart stay on one page. */}
      <View wrap={false}>
        <SectionTitle title="Cost of action against inaction" intro={costs.summary} />
        {!costs.applicable ? (
          <Text style={[styles.muted, { marginBottom: 8 }]}>Costs of action and inaction were not estimated for this recommendation.</Text>
        ) : null}
        {costs.v2 ? (
          <View>
            <CostRangesTable costs={costs} v2={costs.v2} />
            <Text style={[styles.label, { marginTop: 8 }]}>How these figures are estimated</Text>
            <Bullets style={styles.small} items={costs.v2.basis} />
          </View>
        ) : null}
        {costs.series.length > 1 ? (
          <View>
            <SubTitle title="Cumulative cost by month" />
            <CostChart costs={costs} />
          </View>
        ) : null}
      </View>
      <SubTitle title="Assumptions" />
      <Text style={[styles.small, styles.muted, { marginBottom: 4 }]}>
        Every figure behind the estimate, whether the owner entered it or a default was used, and why.
      </Text>
      {costs.assumptions.map((a) => (
        <AssumptionRow key={a.id} assumption={a} currency={costs.currency} />
      ))}
    </View>
  );
}

export function MethodologySection({ report }: { report: TBoardReport }) {
  return (
    <View>
      <SectionTitle spaced={false} title="Methodology appendix" intro="How the diagnostic turns answers into the recommendation above." />
      {report.methodology.map((section) => (
        <View key={section.id} style={{ marginBottom: 6 }}>
          <SubTitle title={section.title} />
          {section.paragraphs.map((p, i) => (
            <Text key={`${section.id}-${i}`} style={styles.paragraph}>
              {p}
            </Text>
          ))}
        </View>
      ))}
      <Text style={[styles.small, styles.muted]}>
        Questionnaire {report.meta.questionnaireVersion} · engine {report.meta.engineVersion}
      </Text>
    </View>
  );
}
