import { Text, View } from "@react-pdf/renderer";
import type { TBoardReport, TConstraintResult, TEvidenceItem, TFailureMode } from "@/lib/diagnostic";
import { QuadrantChart } from "@/lib/report-pdf/charts";
import { CLASS_COLOR, CLASS_LABEL, CONFIDENCE_LABEL, SEVERITY_COLOR, SEVERITY_LABEL } from "@/lib/report-pdf/format";
import { Bullets, Marker, Pill, SectionTitle } from "@/lib/report-pdf/parts";
import { COLORS, styles } from "@/lib/report-pdf/styles";

function Legend({ constraints, threshold }: { constraints: readonly TConstraintResult[]; threshold: number }) {
  return (
    <View style={{ flex: 1, paddingLeft: 14, paddingTop: 4 }}>
      <Text style={styles.label}>Constraints on the chart</Text>
      {constraints.map((c, i) => (
        <View key={c.constraintId} style={[styles.row, { marginTop: 5 }]} wrap={false}>
          <Marker n={i + 1} color={CLASS_COLOR[c.class]} />
          <View style={{ flex: 1 }}>
            <Text style={styles.bold}>{c.title}</Text>
            <Text style={[styles.small, styles.muted]}>
              {CLASS_LABEL[c.class]}
              {c.class === "insufficient_evidence" ? " (not placed: too few answers to classify)" : ` · execution ${c.executionScore}, behavioral ${c.behavioralScore}`}
            </Text>
          </View>
        </View>
      ))}
      <Text style={[styles.small, styles.muted, { marginTop: 10 }]}>
        Scores run from 0 (no deficit) to 100; the dashed lines mark the deficit threshold of {threshold}.
      </Text>
    </View>
  );
}

function EvidenceList({ title, items }: { title: string; items: readonly TEvidenceItem[] }) {
  return (
    <View style={styles.col}>
      <Text style={styles.label}>{title}</Text>
      {items.length === 0 ? (
        <Text style={[styles.small, styles.muted]}>No answers point to this side.</Text>
      ) : (
        <Bullets style={styles.small} items={items.map((item) => `${item.indicator}: ${item.sentence}`)} />
      )}
    </View>
  );
}

type TConstraintV2 = NonNullable<TConstraintResult["v2"]>;

const ATTRIBUTION: Record<TConstraintV2["attribution"], string> = {
  person: "the leader",
  mixed: "both the leader and the system",
  system: "the system around the leader",
  unknown: "no one in particular (not known)",
};

/** v2: class and borderline, key answers instead of the evidence sentences first, then what to settle or check. */
function CompactConstraintCard({ constraint, v2, n }: { constraint: TConstraintResult; v2: TConstraintV2; n: number }) {
  const evidence = [...constraint.evidence.behavioral, ...constraint.evidence.execution];
  return (
    <View style={styles.card} wrap={false}>
      <View style={styles.spaceBetween}>
        <View style={[styles.row, { flex: 1 }]}>
          <Marker n={n} color={CLASS_COLOR[constraint.class]} />
          <Text style={[styles.cardTitle, { flex: 1, paddingTop: 1.5 }]}>{constraint.title}</Text>
        </View>
        <Pill text={CLASS_LABEL[constraint.class]} color={CLASS_COLOR[constraint.class]} />
        {v2.borderline ? <Pill text="Borderline" color={COLORS.warn} /> : null}
      </View>
      <Text style={[styles.small, styles.muted, { marginTop: 4 }]}>
        Behavioral {constraint.behavioralScore}/100 · Execution {constraint.executionScore}/100
        {v2.adoptionScore !== null ? ` · Team adoption gap ${v2.adoptionScore}/100` : ""} · Deficit {v2.severity} · Confidence:{" "}
        {CONFIDENCE_LABEL[constraint.confidence.level]} ({Math.round(constraint.confidence.value * 100)}%) · Answers point to {ATTRIBUTION[v2.attribution]}
      </Text>
      <Text style={{ marginTop: 4 }}>{constraint.summary}</Text>
      {v2.keyAnswers.length > 0 ? (
        <Text style={{ marginTop: 4 }}>
          <Text style={styles.bold}>Key answers: </Text>
          {v2.keyAnswers.join(" · ")}
        </Text>
      ) : null}
      {v2.borderline ? (
        <View style={{ marginTop: 4 }}>
          <Text style={[styles.bold, { color: COLORS.warn }]}>Borderline: one answer from another class. What would settle it:</Text>
          <Bullets style={styles.small} items={v2.borderline.settle} />
        </View>
      ) : null}
      {v2.openSide ? (
        <Text style={[styles.small, { marginTop: 4 }]}>
          The {v2.openSide} side is still open: too few answers on it to rule a {v2.openSide} deficit out.
        </Text>
      ) : null}
      {v2.checks.length > 0 ? (
        <View style={{ marginTop: 4 }}>
          <Text style={[styles.bold, { color: COLORS.warn }]}>Check these answers</Text>
          <Bullets style={styles.small} items={v2.checks} />
        </View>
      ) : null}
      {evidence.length > 0 ? (
        <View style={{ marginTop: 5 }}>
          <Text style={styles.label}>Evidence</Text>
          <Bullets style={[styles.small, styles.muted]} items={evidence.map((item) => `${item.indicator}: ${item.sentence}`)} />
        </View>
      ) : null}
    </View>
  );
}

function ConstraintCard({ constraint, n }: { constraint: TConstraintResult; n: number }) {
  if (constraint.v2) return <CompactConstraintCard constraint={constraint} v2={constraint.v2} n={n} />;
  return (
    <View style={styles.card} wrap={false}>
      <View style={styles.spaceBetween}>
        <View style={[styles.row, { flex: 1 }]}>
          <Marker n={n} color={CLASS_COLOR[constraint.class]} />
          <Text style={[styles.cardTitle, { flex: 1, paddingTop: 1.5 }]}>{constraint.title}</Text>
        </View>
        <Pill text={CLASS_LABEL[constraint.class]} color={CLASS_COLOR[constraint.class]} />
      </View>
      <Text style={[styles.small, styles.muted, { marginTop: 4 }]}>
        Behavioral score {constraint.behavioralScore}/100 · Execution score {constraint.executionScore}/100 · Confidence:{" "}
        {CONFIDENCE_LABEL[constraint.confidence.level]} ({Math.round(constraint.confidence.value * 100)}%)
      </Text>
      <Text style={{ marginTop: 4 }}>{constraint.summary}</Text>
      <View style={styles.twoCol}>
        <EvidenceList title="Behavioral evidence" items={constraint.evidence.behavioral} />
        <View style={styles.colGap} />
        <EvidenceList title="Execution evidence" items={constraint.evidence.execution} />
      </View>
    </View>
  );
}

export function ConstraintsSection({ report }: { report: TBoardReport }) {
  const { constraints } = report.result;
  return (
    <View>
      <SectionTitle
        spaced={false}
        title="Constraints"
        intro="Each constraint is scored on two axes: how much the leader's own behaviour holds it in place, and how much the operating system around the leader does."
      />
      <View style={[styles.row, { marginBottom: 10 }]} wrap={false}>
        <QuadrantChart constraints={constraints} threshold={report.deficitThreshold} />
        <Legend constraints={constraints} threshold={report.deficitThreshold} />
      </View>
      {constraints.map((c, i) => (
        <ConstraintCard key={c.constraintId} constraint={c} n={i + 1} />
      ))}
    </View>
  );
}

function WarningCard({ mode }: { mode: TFailureMode }) {
  return (
    <View style={styles.card} wrap={false}>
      <View style={styles.spaceBetween}>
        <Text style={[styles.cardTitle, { flex: 1 }]}>{mode.name}</Text>
        <Pill text={SEVERITY_LABEL[mode.severity]} color={SEVERITY_COLOR[mode.severity]} />
      </View>
      <Text style={{ marginTop: 3 }}>{mode.explanation}</Text>
      <Text style={[styles.label, { marginTop: 6 }]}>Triggered by</Text>
      <Bullets style={styles.small} items={mode.triggers.map((t) => t.sentence)} />
    </View>
  );
}

export function WarningsSection({ report }: { report: TBoardReport }) {
  const modes = report.result.failureModes;
  return (
    <View>
      <SectionTitle title="Warnings on the current plan" intro="Known ways this kind of situation goes wrong, checked against the answers given." />
      {modes.length === 0 ? (
        <Text style={{ color: COLORS.muted }}>No failure modes detected in the current plan.</Text>
      ) : (
        modes.map((mode) => <WarningCard key={mode.id} mode={mode} />)
      )}
    </View>
  );
}
