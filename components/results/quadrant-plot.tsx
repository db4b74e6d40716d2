"use client";

import { CartesianGrid, LabelList, ReferenceArea, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Symbols, XAxis, YAxis } from "recharts";
import type { LabelProps, SymbolType } from "recharts";
import type { TConstraintClass } from "@/lib/diagnostic";
import { CLASS_META } from "@/components/results/class-meta";

export type TQuadrantPoint = { x: number; y: number; marker: string; cls: TConstraintClass };
type TQuadrantPlotProps = { points: readonly TQuadrantPoint[]; threshold: number; height: number };
type TCorner = { lines: [string, string]; right: boolean; bottom: boolean };
/** Two-line zone label drawn in a corner of its ReferenceArea, so it fits at 360 px. */
function zoneLabel({ lines, right, bottom }: TCorner) {
  function ZoneLabel(props: LabelProps) {
    const vb = (props.viewBox ?? {}) as { x?: number; y?: number; width?: number; height?: number };
    const x = (vb.x ?? 0) + (right ? (vb.width ?? 0) - 6 : 6);
    const y = (vb.y ?? 0) + (bottom ? (vb.height ?? 0) - 22 : 14);
    return (
      <text x={x} y={y} textAnchor={right ? "end" : "start"} fontSize={11} fontWeight={600} fill="#4a5a66">
        <tspan x={x}>{lines[0]}</tspan>
        <tspan x={x} dy={13}>
          {lines[1]}
        </tspan>
      </text>
    );
  }
  return ZoneLabel;
}

/** A larger symbol than Recharts' default, outlined in white so overlapping points stay distinct. */
function pointShape(type: SymbolType, color: string) {
  function Point(props: { cx?: number; cy?: number }) {
    return <Symbols cx={props.cx} cy={props.cy} type={type} size={240} fill={color} stroke="#ffffff" strokeWidth={1.5} />;
  }
  return Point;
}

const CLASS_ORDER: TConstraintClass[] = ["behavioral", "execution", "dual", "no_clear_deficit", "insufficient_evidence"];

/** The Recharts scatter itself (decorative for assistive technology: the figure caption carries the data). */
export function QuadrantPlot({ points, threshold, height }: TQuadrantPlotProps) {
  const series = CLASS_ORDER.map((cls) => ({ cls, points: points.filter((p) => p.cls === cls) })).filter((s) => s.points.length > 0);
  return (
    <div aria-hidden="true" style={{ width: "100%", height }}>
      <ResponsiveContainer width="100%" height={height}>
        <ScatterChart margin={{ top: 8, right: 12, bottom: 28, left: 4 }} accessibilityLayer={false}>
          <ReferenceArea x1={0} x2={threshold} y1={threshold} y2={100} fill="#6a3d9a" fillOpacity={0.06} ifOverflow="hidden"
            label={{ content: zoneLabel({ lines: ["Behavioral", "→ coaching"], right: false, bottom: false }) }} />
          <ReferenceArea x1={threshold} x2={100} y1={threshold} y2={100} fill="#1f5f5b" fillOpacity={0.07} ifOverflow="hidden"
            label={{ content: zoneLabel({ lines: ["Dual → Scaffolded", "Ascent"], right: true, bottom: false }) }} />
          <ReferenceArea x1={threshold} x2={100} y1={0} y2={threshold} fill="#b35900" fillOpacity={0.06} ifOverflow="hidden"
            label={{ content: zoneLabel({ lines: ["Execution", "→ fractional"], right: true, bottom: true }) }} />
          <ReferenceArea x1={0} x2={threshold} y1={0} y2={threshold} fill="#4a5a66" fillOpacity={0.04} ifOverflow="hidden"
            label={{ content: zoneLabel({ lines: ["No clear", "deficit"], right: false, bottom: true }) }} />
          <CartesianGrid stroke="#d9e0e5" strokeDasharray="2 4" />
          <XAxis type="number" dataKey="x" domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} tick={{ fontSize: 12, fill: "#4a5a66" }}
            label={{ value: "Execution deficit →", position: "insideBottom", offset: -18, fontSize: 12, fill: "#14212b" }} />
          <YAxis type="number" dataKey="y" domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} width={44} tick={{ fontSize: 12, fill: "#4a5a66" }}
            label={{ value: "Behavioral deficit →", angle: -90, position: "insideLeft", offset: 10, fontSize: 12, fill: "#14212b", style: { textAnchor: "middle" } }} />
          <ReferenceLine x={threshold} stroke="#14212b" strokeWidth={1.5} strokeDasharray="6 4" />
          <ReferenceLine y={threshold} stroke="#14212b" strokeWidth={1.5} strokeDasharray="6 4" />
          {series.map(({ cls, points }) => (
            <Scatter key={cls} name={CLASS_META[cls].label} data={points} shape={pointShape(CLASS_META[cls].shape, CLASS_META[cls].color)}
              fill={CLASS_META[cls].color} isAnimationActive={false}>
              <LabelList dataKey="marker" position="top" offset={16} fill="#14212b" fontSize={13} fontWeight={700} />
            </Scatter>
          ))}
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
