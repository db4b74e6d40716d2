import { Text, View } from "@react-pdf/renderer";
import type { TBlueprint, TKpi } from "@/lib/diagnostic";
import { formatDate } from "@/lib/report-pdf/format";
import { Bullets, SectionTitle, SubTitle } from "@/lib/report-pdf/parts";
import { COLORS, styles } from "@/lib/report-pdf/styles";

type TEngagement = Extract<TBlueprint, { kind: "engagement" }>;
type TMonitor = Extract<TBlueprint, { kind: "monitor" }>;

function KpiList({ kpis }: { kpis: readonly TKpi[] }) {
  if (kpis.length === 0) return <Text style={styles.muted}>No indicators were set for this plan.</Text>;
  return (
    <View>
      {kpis.map((kpi) => (
        <View key={kpi.name} style={styles.tableRow} wrap={false}>
          <Text style={[styles.bold, { width: 170, paddingRight: 10 }]}>{kpi.name}</Text>
          <Text style={{ flex: 1 }}>{kpi.why}</Text>
        </View>
      ))}
    </View>
  );
}

function Engagement({ blueprint }: { blueprint: TEngagement }) {
  return (
    <View>
      <View style={[styles.recommendation, { marginBottom: 4 }]} wrap={false}>
        <Text style={styles.recLabel}>Engagement</Text>
        <Text style={[styles.recHeadline, { marginBottom: 0 }]}>{blueprint.name}</Text>
        <Text>Planned duration: {blueprint.durationMonths} months</Text>
      </View>

      <SubTitle title="Roles, mandates and decision rights" />
      {blueprint.roles.map((role) => (
        <View key={role.role} style={styles.card} wrap={false}>
          <Text style={styles.cardTitle}>{role.title}</Text>
          <Text style={{ marginTop: 2 }}>{role.mandate}</Text>
          {role.decisionRights.length > 0 ? (
            <View style={{ marginTop: 5 }}>
              <Text style={styles.label}>Decision rights</Text>
              <Bullets style={styles.small} items={role.decisionRights} />
            </View>
          ) : null}
        </View>
      ))}

      <SubTitle title="Phases" />
      {blueprint.phases.map((phase, i) => (
        <View key={phase.id} style={{ borderLeftWidth: 2, borderLeftColor: COLORS.accent, paddingLeft: 10, paddingBottom: 8 }} wrap={false}>
          <Text style={[styles.eyebrow, { letterSpacing: 0.6 }]}>
            Phase {i + 1} · Weeks {phase.startWeek}–{phase.endWeek}
          </Text>
          <Text style={[styles.cardTitle, { marginTop: 1, marginBottom: 2 }]}>{phase.name}</Text>
          <Bullets style={styles.small} items={phase.goals} />
        </View>
      ))}

      <View wrap={false}>
        <SubTitle title="Handoff" />
        <Text>{blueprint.handoff.summary}</Text>
        <Text style={[styles.label, { marginTop: 6 }]}>Exit criteria</Text>
        <Bullets style={styles.small} items={blueprint.handoff.exitCriteria} />
      </View>

      <SubTitle title="Indicators to track" />
      <KpiList kpis={blueprint.kpis} />
    </View>
  );
}

function Monitor({ blueprint }: { blueprint: TMonitor }) {
  return (
    <View>
      <View style={styles.recommendation} wrap={false}>
        <Text style={styles.recLabel}>Monitoring plan</Text>
        <Text style={[styles.recHeadline, { marginBottom: 0 }]}>{blueprint.name}</Text>
        <Text>
          Review again in {blueprint.reviewAfterWeeks} weeks{blueprint.reviewDate ? ` (on ${formatDate(blueprint.reviewDate)})` : ""}.
        </Text>
      </View>
      <SubTitle title="Watch for" />
      <Bullets items={blueprint.watch} />
      <SubTitle title="Indicators to track" />
      <KpiList kpis={blueprint.kpis} />
    </View>
  );
}

export function BlueprintSection({ blueprint }: { blueprint: TBlueprint }) {
  return (
    <View>
      <SectionTitle title="Engagement blueprint" intro="The plan the diagnostic proposes: who does what, in which order, and how the board knows it worked." />
      {blueprint.kind === "engagement" ? <Engagement blueprint={blueprint} /> : null}
      {blueprint.kind === "monitor" ? <Monitor blueprint={blueprint} /> : null}
      {blueprint.kind === "gather_evidence" ? (
        <View>
          <View style={styles.recommendation} wrap={false}>
            <Text style={styles.recLabel}>Before deciding</Text>
            <Text style={[styles.recHeadline, { marginBottom: 0 }]}>{blueprint.name}</Text>
          </View>
          <Bullets numbered items={blueprint.steps} />
        </View>
      ) : null}
    </View>
  );
}
