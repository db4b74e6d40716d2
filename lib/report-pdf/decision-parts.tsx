import { Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import type { TCostEstimate, TDecision, TInPlaceAdvice, TRecommendation } from "@/lib/diagnostic";
import { formatMoney } from "@/lib/report-pdf/format";
import { Bullets, Pill, SectionTitle, SubTitle } from "@/lib/report-pdf/parts";
import { COLORS, styles } from "@/lib/report-pdf/styles";

/**
 * The v2 parts of the board PDF: the decision the summary opens with, the reasoning behind it, and
 * costs as low / likely / high ranges. The engine's wording throughout; nothing is decided here.
 */

const IN_PLACE: Record<TInPlaceAdvice["action"], { label: string; color: string }> = {
  keep: { label: "Keep", color: COLORS.accent },
  stop: { label: "Stop", color: COLORS.danger },
  add: { label: "Add", color: COLORS.ink },
  rescope: { label: "Re-scope", color: COLORS.warn },
};
const CONFIDENCE = { low: "Low", medium: "Medium", high: "High" } as const;
export const ILLUSTRATIVE = "Illustrative (defaults)";

/** Amber box for what needs attention before acting; its title says so in words. */
export function WarningBox({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View style={styles.warningBox} wrap={false}>
      <Text style={[styles.bold, { color: COLORS.warn }]}>{title}</Text>
      {children}
    </View>
  );
}

export function DecisionBlock({ decision, recommendation, restsOn, splits = [] }: { decision: TDecision; recommendation: TRecommendation; restsOn?: string; splits?: readonly string[] }) {
  const deadline = decision.deadlineFit;
  return (
    <View>
      <View style={styles.recommendation} wrap={false}>
        <Text style={styles.recLabel}>Decision</Text>
        <Text style={styles.recKind}>{recommendation.label}</Text>
        <Text style={styles.recHeadline}>{decision.primary.title}</Text>
        <Text>{decision.primary.sentence}</Text>
        {restsOn ? (
          <Text style={[styles.small, { marginTop: 4 }]}>
            <Text style={styles.bold}>Whose view: </Text>
            {restsOn}
          </Text>
        ) : null}
        {splits.map((s) => (
          <Text key={s} style={[styles.small, styles.bold, { marginTop: 2, color: COLORS.warn }]}>
            {s}
          </Text>
        ))}
        {decision.secondary ? (
          <View style={{ marginTop: 4 }}>
            <Text style={styles.label}>Second step</Text>
            <Text>
              <Text style={styles.bold}>{decision.secondary.title}. </Text>
              {decision.secondary.sentence}
            </Text>
          </View>
        ) : null}
        {decision.fundFirst ? (
          <Text style={{ marginTop: 4 }}>
            <Text style={styles.bold}>If you can fund one lever now: </Text>
            {decision.fundFirst}
          </Text>
        ) : null}
        <Text style={[styles.small, { marginTop: 4 }]}>
          <Text style={styles.bold}>Confidence: {CONFIDENCE[decision.confidence.level]}. </Text>
          {decision.confidence.sentence}
        </Text>
      </View>

      {deadline && !deadline.fits ? (
        <WarningBox title="Does not fit the deadline">
          <Text style={{ marginTop: 2 }}>{deadline.sentence}</Text>
        </WarningBox>
      ) : null}
      {deadline && deadline.fits ? (
        <Text style={{ marginBottom: 8 }}>
          <Text style={[styles.bold, { color: COLORS.accent }]}>Fits the deadline. </Text>
          {deadline.sentence}
        </Text>
      ) : null}

      <View style={[styles.twoCol, { marginTop: 0 }]}>
        <View style={styles.col}>
          <Text style={styles.label}>What is in place, and what to add</Text>
          {decision.inPlace.map((item, i) => (
            <View key={`${item.action}-${i}`} style={[styles.row, { marginTop: 2 }]} wrap={false}>
              <View style={{ width: 52 }}>
                <Pill text={IN_PLACE[item.action].label} color={IN_PLACE[item.action].color} flush />
              </View>
              <Text style={[styles.small, { flex: 1 }]}>
                <Text style={[styles.bold, { fontSize: 9.5 }]}>{item.what}. </Text>
                {/* The advice to add the primary lever often repeats its sentence: say it once. */}
                {item.why === decision.primary.sentence ? "" : item.why}
              </Text>
            </View>
          ))}
        </View>
        <View style={styles.colGap} />
        <View style={styles.col}>
          <Text style={styles.label}>First 30 days</Text>
          <Bullets numbered items={decision.firstThirtyDays} style={[styles.small, { marginTop: 3 }]} />
        </View>
      </View>

      {decision.checkAnswers.length > 0 ? (
        <View style={{ marginTop: 6 }}>
          <WarningBox title="Check these answers before acting">
            <Bullets items={decision.checkAnswers} style={{ marginTop: 2 }} />
          </WarningBox>
        </View>
      ) : null}
    </View>
  );
}

/** Why, what would change it, and the rule that decided: the first thing after the summary page. */
export function ReasoningSection({ decision, recommendation }: { decision: TDecision; recommendation: TRecommendation }) {
  return (
    <View style={{ marginBottom: 10 }}>
      <View wrap={false}>
        <SectionTitle spaced={false} title="Why this decision" />
        <Bullets items={recommendation.why} />
        <Text style={[styles.small, styles.muted, { marginTop: 3 }]}>Rule applied: {decision.rule}</Text>
      </View>
      <View wrap={false}>
        <SubTitle title="What would change this" />
        <Bullets items={decision.whatWouldChange} />
      </View>
    </View>
  );
}

const pct = (p: number) => `${Math.round(p * 100)}%`;

function RangeRow({ label, cells, strong = false, indent = false }: { label: string; cells: [string, string, string]; strong?: boolean; indent?: boolean }) {
  const text = strong ? styles.bold : {};
  return (
    <View style={[styles.row, { paddingVertical: 1.5, borderBottomWidth: strong ? 0.5 : 0, borderBottomColor: COLORS.line }]} wrap={false}>
      <Text style={[{ flex: 1, paddingLeft: indent ? 8 : 0 }, text]}>{label}</Text>
      {cells.map((c, i) => (
        <Text key={i} style={[{ width: 78, textAlign: "right" }, text]}>
          {c}
        </Text>
      ))}
    </View>
  );
}

/**
 * Cost of action (fees, what is kept, the risk that remains) against the expected cost of waiting.
 * `brief` (summary page) keeps the totals and leaves the breakdown, the misapplication tax and what is
 * already lost to the cost section.
 */
export function CostRangesTable({ costs, v2, brief = false }: { costs: TCostEstimate; v2: NonNullable<TCostEstimate["v2"]>; brief?: boolean }) {
  const m = (n: number) => formatMoney(n, costs.currency);
  const r = (x: { low: number; likely: number; high: number }): [string, string, string] => [m(x.low), m(x.likely), m(x.high)];
  const same = (n: number): [string, string, string] => [m(n), m(n), m(n)];
  return (
    <View wrap={false}>
      <View style={[styles.row, { paddingBottom: 2, borderBottomWidth: 0.75, borderBottomColor: COLORS.muted }]}>
        <Text style={[styles.label, { flex: 1, marginBottom: 0 }]}>
          Over {v2.horizonMonths} months, {costs.currency}
          {v2.illustrative ? ` · ${ILLUSTRATIVE}` : ""}
        </Text>
        {["Low", "Likely", "High"].map((h) => (
          <Text key={h} style={[styles.label, { width: 78, textAlign: "right", marginBottom: 0 }]}>
            {h}
          </Text>
        ))}
      </View>
      <RangeRow label={brief ? "Cost of action (fees, what is kept, risk that remains)" : "Cost of action"} cells={r(v2.action.total)} strong />
      {brief ? null : (
        <>
          <RangeRow label="Fees for the plan" cells={same(v2.action.fees)} indent />
          <RangeRow label="What is in place and kept" cells={same(v2.action.currentSpend)} indent />
          <RangeRow label="Risk that remains with the plan" cells={r(v2.action.residualRisk)} indent />
        </>
      )}
      <RangeRow label="Cost of inaction (expected)" cells={r(v2.inaction)} strong />
      <RangeRow label="Chance of failure if nothing changes" cells={[pct(v2.failureProbability.low), pct(v2.failureProbability.likely), pct(v2.failureProbability.high)]} />
      {costs.misapplicationTax.applies && !brief ? (
        <Text style={[styles.small, { marginTop: 4 }]}>
          Misapplication tax: {m(costs.misapplicationTax.total)}
          {v2.illustrative ? ` · ${ILLUSTRATIVE} ·` : ""} over {costs.misapplicationTax.months} months. {costs.misapplicationTax.explanation}
        </Text>
      ) : null}
      {costs.alreadyLost > 0 && !brief ? (
        <Text style={[styles.small, { marginTop: 2 }]}>
          Already lost: {m(costs.alreadyLost)}
          {v2.illustrative ? ` · ${ILLUSTRATIVE} ·` : ""} while the problem has lasted so far.
        </Text>
      ) : null}
    </View>
  );
}

/** Summary-page costs for a v2 result: never a money headline on defaults only. */
export function CostRangesSummary({ costs, v2 }: { costs: TCostEstimate; v2: NonNullable<TCostEstimate["v2"]> }) {
  return (
    <View wrap={false}>
      <View style={[styles.spaceBetween, { marginTop: 6, marginBottom: 3 }]}>
        <Text style={[styles.subTitle, { marginTop: 0, marginBottom: 0 }]}>Cost of action against inaction</Text>
        {v2.illustrative ? <Pill text={ILLUSTRATIVE} color={COLORS.warn} /> : null}
      </View>
      {/* Page 1 keeps the totals only; the engine's summary sentence opens the cost section. */}
      <CostRangesTable costs={costs} v2={v2} brief />
    </View>
  );
}
