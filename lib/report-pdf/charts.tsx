import { Circle, G, Line, Polyline, Rect, Svg, Text, View } from "@react-pdf/renderer";
import type { TConstraintResult, TCostEstimate } from "@/lib/diagnostic";
import { CLASS_COLOR, formatMoneyCompact } from "@/lib/report-pdf/format";
import { spreadMarkers } from "@/lib/spread-markers";
import { COLORS, FONT } from "@/lib/report-pdf/styles";

const TICKS = [0, 20, 40, 60, 80, 100];
const svgText = (size: number, bold = false) => ({ fontSize: size, fontFamily: bold ? FONT.bold : FONT.regular });

// ---------------------------------------------------------------- quadrant

const Q = { left: 40, top: 8, size: 210, width: 258, height: 258 } as const;
const qx = (score: number) => Q.left + (Math.max(0, Math.min(100, score)) / 100) * Q.size;
const qy = (score: number) => Q.top + ((100 - Math.max(0, Math.min(100, score))) / 100) * Q.size;
/** Markers are 13 pt circles; keep their centres 14 pt apart, in score units (2.1 pt a point). */
const MARKER_GAP = 14 / (Q.size / 100);

/** A zone label and its two possible baselines: the outer corner first, the corner by the threshold line next. */
type TZone = { lines: [string, string]; x: number; ys: [number, number]; anchor: "start" | "end"; fill: string };

/** Behavioral score (y) against execution score (x), with the deficit threshold drawn as dashed lines. */
export function QuadrantChart({ constraints, threshold }: { constraints: readonly TConstraintResult[]; threshold: number }) {
  const tx = qx(threshold);
  const ty = qy(threshold);
  const right = Q.left + Q.size;
  const bottom = Q.top + Q.size;
  const zones: TZone[] = [
    { lines: ["Behavioral", "-> coaching"], x: Q.left + 5, ys: [Q.top + 11, ty - 13], anchor: "start", fill: CLASS_COLOR.behavioral },
    { lines: ["Dual -> Scaffolded", "Ascent"], x: right - 5, ys: [Q.top + 11, ty - 13], anchor: "end", fill: CLASS_COLOR.dual },
    { lines: ["Execution", "-> fractional"], x: right - 5, ys: [bottom - 15, ty + 11], anchor: "end", fill: CLASS_COLOR.execution },
    { lines: ["No clear", "deficit"], x: Q.left + 5, ys: [bottom - 15, ty + 11], anchor: "start", fill: CLASS_COLOR.no_clear_deficit },
  ];
  const placed = constraints.map((c, index) => ({ c, n: index + 1 })).filter(({ c }) => c.class !== "insufficient_evidence");
  const drawn = spreadMarkers(placed.map(({ c }) => ({ x: c.executionScore, y: c.behavioralScore })), MARKER_GAP);
  const centres = drawn.map((d) => ({ x: qx(d.x), y: qy(d.y) }));
  // A zone label moves to its zone's other corner, or is left out (the legend names every class), rather than sit under a marker.
  const labelY = (z: TZone) => {
    const width = Math.max(...z.lines.map((l) => l.length)) * 3.9;
    const left = z.anchor === "end" ? z.x - width : z.x;
    return z.ys.find((y) => centres.every((c) => c.x < left - 8 || c.x > left + width + 8 || c.y < y - 7 - 8 || c.y > y + 11 + 8));
  };
  return (
    <Svg width={Q.width} height={Q.height} viewBox={`0 0 ${Q.width} ${Q.height}`}>
      <Rect x={Q.left} y={Q.top} width={tx - Q.left} height={ty - Q.top} fill={CLASS_COLOR.behavioral} fillOpacity={0.06} />
      <Rect x={tx} y={Q.top} width={right - tx} height={ty - Q.top} fill={CLASS_COLOR.dual} fillOpacity={0.08} />
      <Rect x={tx} y={ty} width={right - tx} height={bottom - ty} fill={CLASS_COLOR.execution} fillOpacity={0.06} />
      <Rect x={Q.left} y={ty} width={tx - Q.left} height={bottom - ty} fill={CLASS_COLOR.no_clear_deficit} fillOpacity={0.04} />
      {TICKS.map((t) => (
        <G key={t}>
          <Line x1={qx(t)} y1={Q.top} x2={qx(t)} y2={bottom} stroke={COLORS.line} strokeWidth={0.5} />
          <Line x1={Q.left} y1={qy(t)} x2={right} y2={qy(t)} stroke={COLORS.line} strokeWidth={0.5} />
          <Text x={qx(t)} y={bottom + 10} textAnchor="middle" fill={COLORS.muted} style={svgText(7)}>{String(t)}</Text>
          <Text x={Q.left - 4} y={qy(t) + 2.5} textAnchor="end" fill={COLORS.muted} style={svgText(7)}>{String(t)}</Text>
        </G>
      ))}
      <Rect x={Q.left} y={Q.top} width={Q.size} height={Q.size} fill="none" stroke={COLORS.muted} strokeWidth={0.75} />
      <Line x1={tx} y1={Q.top} x2={tx} y2={bottom} stroke={COLORS.ink} strokeWidth={1} strokeDasharray="4 3" />
      <Line x1={Q.left} y1={ty} x2={right} y2={ty} stroke={COLORS.ink} strokeWidth={1} strokeDasharray="4 3" />
      {zones.map((z) => {
        const y = labelY(z);
        if (y === undefined) return null;
        return (
          <G key={z.lines.join(" ")}>
            <Text x={z.x} y={y} textAnchor={z.anchor} fill={z.fill} style={svgText(7, true)}>{z.lines[0]}</Text>
            <Text x={z.x} y={y + 9} textAnchor={z.anchor} fill={z.fill} style={svgText(7, true)}>{z.lines[1]}</Text>
          </G>
        );
      })}
      <Text x={Q.left + Q.size / 2} y={bottom + 22} textAnchor="middle" fill={COLORS.ink} style={svgText(8, true)}>Execution deficit -&gt;</Text>
      <G transform={`rotate(-90 10 ${Q.top + Q.size / 2})`}>
        <Text x={10} y={Q.top + Q.size / 2} textAnchor="middle" fill={COLORS.ink} style={svgText(8, true)}>Behavioral deficit -&gt;</Text>
      </G>
      {placed.map(({ c, n }, i) => {
        // Markers with equal or close scores are drawn apart, each tied to a dot at its exact position.
        const at = drawn[i] ?? { x: c.executionScore, y: c.behavioralScore };
        const [x0, y0, cx, cy] = [qx(c.executionScore), qy(c.behavioralScore), qx(at.x), qy(at.y)];
        const moved = Math.hypot(cx - x0, cy - y0) > 1;
        return (
          <G key={c.constraintId}>
            {moved ? <Line x1={x0} y1={y0} x2={cx} y2={cy} stroke={COLORS.muted} strokeWidth={0.75} /> : null}
            {moved ? <Circle cx={x0} cy={y0} r={1.6} fill={COLORS.ink} /> : null}
            <Circle cx={cx} cy={cy} r={6.5} fill={CLASS_COLOR[c.class]} stroke={COLORS.white} strokeWidth={1.2} />
            <Text x={cx} y={cy + 2.6} textAnchor="middle" fill={COLORS.white} style={svgText(7.5, true)}>{String(n)}</Text>
          </G>
        );
      })}
    </Svg>
  );
}

// ---------------------------------------------------------------- cost

const C = { width: 503, height: 210, left: 52, right: 14, top: 26, bottom: 30 } as const;
export const ACTION_COLOR = COLORS.accent;
export const INACTION_COLOR = COLORS.danger;

/** Smallest "nice" step (1, 2, 2.5 or 5 times a power of ten) so that about `count` steps cover `max`. */
function niceStep(max: number, count: number): number {
  const raw = max / count;
  const pow = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 2.5, 5, 10].find((m) => m * pow >= raw) ?? 10) * pow;
}

/** Cumulative cost of action (solid) against cost of inaction (dashed), by month. */
export function CostChart({ costs }: { costs: TCostEstimate }) {
  const series = costs.series;
  const lastMonth = Math.max(1, ...series.map((s) => s.month));
  const maxValue = Math.max(1, ...series.flatMap((s) => [s.action, s.inaction]));
  const yStep = niceStep(maxValue, 4);
  const yMax = Math.ceil(maxValue / yStep) * yStep;
  const xStep = Math.max(1, niceStep(lastMonth, 8));
  const plotW = C.width - C.left - C.right;
  const plotH = C.height - C.top - C.bottom;
  const px = (month: number) => C.left + (month / lastMonth) * plotW;
  const py = (value: number) => C.top + plotH - (value / yMax) * plotH;
  const yTicks = Array.from({ length: Math.round(yMax / yStep) + 1 }, (_, i) => i * yStep);
  const xTicks = Array.from({ length: Math.floor(lastMonth / xStep) + 1 }, (_, i) => i * xStep);
  const points = (key: "action" | "inaction") => series.map((s) => `${px(s.month).toFixed(1)},${py(s[key]).toFixed(1)}`).join(" ");
  return (
    <View wrap={false}>
      <Svg width={C.width} height={C.height} viewBox={`0 0 ${C.width} ${C.height}`}>
        {yTicks.map((t) => (
          <G key={`y${t}`}>
            <Line x1={C.left} y1={py(t)} x2={C.width - C.right} y2={py(t)} stroke={COLORS.line} strokeWidth={0.5} />
            <Text x={C.left - 5} y={py(t) + 2.5} textAnchor="end" fill={COLORS.muted} style={svgText(7)}>{formatMoneyCompact(t, costs.currency)}</Text>
          </G>
        ))}
        {xTicks.map((t) => (
          <Text key={`x${t}`} x={px(t)} y={C.height - C.bottom + 11} textAnchor="middle" fill={COLORS.muted} style={svgText(7)}>{String(t)}</Text>
        ))}
        <Line x1={C.left} y1={C.top + plotH} x2={C.width - C.right} y2={C.top + plotH} stroke={COLORS.muted} strokeWidth={0.75} />
        <Text x={C.left + plotW / 2} y={C.height - 4} textAnchor="middle" fill={COLORS.ink} style={svgText(8, true)}>Months from today</Text>
        <Polyline points={points("action")} fill="none" stroke={ACTION_COLOR} strokeWidth={2} strokeLinejoin="round" />
        <Polyline points={points("inaction")} fill="none" stroke={INACTION_COLOR} strokeWidth={2} strokeDasharray="6 4" strokeLinejoin="round" />
        <Line x1={C.left} y1={9} x2={C.left + 24} y2={9} stroke={ACTION_COLOR} strokeWidth={2} />
        <Text x={C.left + 30} y={12} fill={COLORS.ink} style={svgText(8, true)}>Cost of action (solid)</Text>
        <Line x1={C.left + 150} y1={9} x2={C.left + 174} y2={9} stroke={INACTION_COLOR} strokeWidth={2} strokeDasharray="6 4" />
        <Text x={C.left + 180} y={12} fill={COLORS.ink} style={svgText(8, true)}>Cost of inaction (dashed)</Text>
      </Svg>
    </View>
  );
}
