import { Text, View } from "@react-pdf/renderer";
import type { ComponentProps } from "react";
import { COLORS, styles } from "@/lib/report-pdf/styles";

type TViewStyle = ComponentProps<typeof View>["style"];

/** A bulleted (or numbered) list; each item is kept whole on one page. */
export function Bullets({ items, style, numbered = false }: { items: readonly string[]; style?: TViewStyle; numbered?: boolean }) {
  return (
    <View style={style}>
      {items.map((item, index) => (
        <View key={`${index}-${item}`} style={styles.bulletRow} wrap={false}>
          <Text style={numbered ? [styles.bullet, { width: 14 }] : styles.bullet}>{numbered ? `${index + 1}.` : "•"}</Text>
          <Text style={styles.bulletText}>{item}</Text>
        </View>
      ))}
    </View>
  );
}

/** A rounded label; `flush` drops the left margin it has when it follows a title. */
export function Pill({ text, color, flush = false }: { text: string; color: string; flush?: boolean }) {
  return <Text style={[styles.pill, { color, borderColor: color }, flush ? { marginLeft: 0, alignSelf: "flex-start" } : {}]}>{text}</Text>;
}

/** Section heading that is never left alone at the bottom of a page. */
export function SectionTitle({ title, intro, spaced = true }: { title: string; intro?: string; spaced?: boolean }) {
  return (
    <View minPresenceAhead={120} style={spaced ? { marginTop: 16 } : undefined}>
      <View style={{ width: 28, borderTopWidth: 2, borderTopColor: COLORS.accent, marginBottom: 5 }} />
      <Text style={styles.sectionTitle}>{title}</Text>
      {intro ? <Text style={styles.sectionIntro}>{intro}</Text> : <View style={{ height: 6 }} />}
    </View>
  );
}

export function SubTitle({ title }: { title: string }) {
  return (
    <Text style={styles.subTitle} minPresenceAhead={60}>
      {title}
    </Text>
  );
}

export function Marker({ n, color = COLORS.ink }: { n: number; color?: string }) {
  return <Text style={[styles.marker, { backgroundColor: color }]}>{String(n)}</Text>;
}
