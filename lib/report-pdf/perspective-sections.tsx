import { Text, View } from "@react-pdf/renderer";
import type { TBoardReport } from "@/lib/diagnostic";
import { CLASS_COLOR, CLASS_LABEL } from "@/lib/report-pdf/format";
import { Bullets, SectionTitle, SubTitle } from "@/lib/report-pdf/parts";
import { COLORS, styles } from "@/lib/report-pdf/styles";

/** Each perspective's view of each constraint, then the perception gaps: the PDF twin of PerspectivesView. */
export function PerspectivesSection({ report }: { report: TBoardReport }) {
  const comparison = report.perspectives;
  if (!comparison) return null;
  const label = (id: string) => {
    const group = comparison.groups.find((g) => g.id === id);
    if (!group) return id;
    return id === "verdict" ? group.label : `${group.label} (${group.counted ? "counted" : "compared"})`;
  };
  return (
    <View>
      <SectionTitle
        title="Perspectives and perception gaps"
        intro={`Deficit scores 0-100, averaged within each group. The verdict combines the counted views; a gap is a view that classes a constraint differently from the verdict, or scores it ${comparison.gapPoints}+ points away. Board members and peers show as a group only from ${comparison.minGroupRespondents} answers, or with their consent.`}
      />
      {comparison.withheld.map((w) => (
        <Text key={w.label} style={[styles.small, styles.muted, { marginBottom: 6 }]}>
          {w.label}: {w.respondents} answer(s) withheld until at least {comparison.minGroupRespondents} can be shown together.
        </Text>
      ))}
      {comparison.constraints.map((c) => (
        <View key={c.constraintId} wrap={false} style={{ marginBottom: 10 }}>
          <SubTitle title={c.title} />
          <View style={[styles.tableRow, { borderBottomColor: COLORS.line }]}>
            <Text style={[styles.bold, { flex: 1 }]}>Perspective</Text>
            <Text style={[styles.bold, { width: 70, textAlign: "right" }]}>Behavioral</Text>
            <Text style={[styles.bold, { width: 70, textAlign: "right" }]}>Execution</Text>
            <Text style={[styles.bold, { width: 110, textAlign: "right" }]}>Class</Text>
          </View>
          {c.views.map((v) => (
            <View key={v.groupId} style={styles.tableRow}>
              <Text style={[{ flex: 1 }, v.groupId === "verdict" ? styles.bold : {}]}>{label(v.groupId)}</Text>
              <Text style={{ width: 70, textAlign: "right" }}>{String(v.behavioralScore)}</Text>
              <Text style={{ width: 70, textAlign: "right" }}>{String(v.executionScore)}</Text>
              <Text style={[styles.bold, { width: 110, textAlign: "right", color: CLASS_COLOR[v.class] }]}>{CLASS_LABEL[v.class]}</Text>
            </View>
          ))}
          {c.gaps.length > 0 ? (
            <Bullets items={c.gaps.map((g) => g.sentence)} style={{ marginTop: 4 }} />
          ) : (
            <Text style={[styles.small, styles.muted, { marginTop: 4 }]}>No perception gap on this constraint.</Text>
          )}
        </View>
      ))}
    </View>
  );
}

export function ConsultantNotesSection({ report }: { report: TBoardReport }) {
  if (report.consultantNotes.length === 0) return null;
  return (
    <View>
      <SectionTitle title="Consultant's notes" />
      {report.consultantNotes.map((note) => (
        <View key={note.constraintId} style={{ marginBottom: 8 }}>
          <SubTitle title={note.title} />
          <Text>{note.text}</Text>
        </View>
      ))}
    </View>
  );
}
