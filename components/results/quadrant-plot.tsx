"use client";

import { CartesianGrid, ReferenceArea, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, XAxis, YAxis } from "recharts";
import type { LabelProps } from "recharts";
import type { TConstraintClass } from "@/lib/diagnostic";
import { CLASS_META } from "@/components/results/class-meta";
import { SHAPE_PATHS, SHAPE_TEXT_DY } from "@/components/results/class-symbol";

/** x, y: the true scores; dx, dy: where the marker is drawn, in px from there (see spreadMarkers). */
export type TQuadrantPoint = { x: number; y: number; dx: number; dy: number; marker: string; cls: TConstraintClass };
type TQuadrantPlotProps = { points: readonly TQuadrantPoint[]; threshold: number; height: number };
/** A zone of the chart in scores, and where its two-line label prefers to sit. */
type TZone = { lines: [string, string]; x1: number; x2: number; y1: number; y2: number; right: boolean; bottom: boolean };
type TViewBox = { x?: number; y?: number; width?: number; height?: number };

const ZONE_FONT_PX = 11;
const ZONE_LINE_PX = 13;

/**
 * Two-line zone label in a corner of its ReferenceArea (so it fits at 360 px). When a marker would
 * sit on it, the label moves to the zone's other vertical corner; when both are taken it is left
 * out (the legend and the table name every class), so a label never hides a constraint's number.
 */
function zoneLabel(zone: TZone, points: readonly TQuadrantPoint[]) {
  function ZoneLabel(props: LabelProps) {
    const vb = (props.viewBox ?? {}) as TViewBox;
    const [bx, by, bw, bh] = [vb.x ?? 0, vb.y ?? 0, vb.width ?? 0, vb.height ?? 0];
    // Marker centres in px, from the zone's own box (the same scale Recharts uses for the points).
    const centres = points.map((p) => ({
      x: bx + ((p.x - zone.x1) / (zone.x2 - zone.x1 || 1)) * bw + p.dx,
      y: by + ((zone.y2 - p.y) / (zone.y2 - zone.y1 || 1)) * bh + p.dy,
    }));
    const width = Math.max(...zone.lines.map((l) => l.length)) * ZONE_FONT_PX * 0.62;
    const x = bx + (zone.right ? bw - 6 : 6);
    const place = (bottom: boolean) => {
      const top = bottom ? by + bh - 22 - ZONE_FONT_PX : by + 14 - ZONE_FONT_PX;
      const left = zone.right ? x - width : x;
      const pad = MARKER_PX / 2 + 2;
      const free = centres.every((c) => c.x < left - pad || c.x > left + width + pad || c.y < top - pad || c.y > top + ZONE_LINE_PX * 2 + pad);
      return free ? (bottom ? by + bh - 22 : by + 14) : null;
    };
    const y = place(zone.bottom) ?? place(!zone.bottom);
    if (y === null) return null;
    return (
      <text x={x} y={y} textAnchor={zone.right ? "end" : "start"} fontSize={ZONE_FONT_PX} fontWeight={600} fill="#4a5a66">
        <tspan x={x}>{zone.lines[0]}</tspan>
        <tspan x={x} dy={ZONE_LINE_PX}>
          {zone.lines[1]}
        </tspan>
      </text>
    );
  }
  return ZoneLabel;
}

/** Marker size in px: the 16-unit shapes of class-symbol.tsx drawn at this width. */
export const MARKER_PX = 22;

/**
 * The class's shape with the constraint's number inside, outlined in white. A marker moved off its
 * true position (two constraints with close scores) keeps a thin line to a dot at that position.
 */
function Point(props: { cx?: number; cy?: number; payload?: TQuadrantPoint }) {
  const { cx = 0, cy = 0, payload } = props;
  if (!payload) return null;
  const meta = CLASS_META[payload.cls];
  const x = cx + payload.dx;
  const y = cy + payload.dy;
  const scale = MARKER_PX / 16;
  const moved = Math.hypot(payload.dx, payload.dy) > 2;
  return (
    <g>
      {moved ? (
        <>
          <line x1={cx} y1={cy} x2={x} y2={y} stroke="#4a5a66" strokeWidth={1} />
          <circle cx={cx} cy={cy} r={2.5} fill="#14212b" />
        </>
      ) : null}
      <path d={SHAPE_PATHS[meta.shape]} transform={`translate(${x - MARKER_PX / 2} ${y - MARKER_PX / 2}) scale(${scale})`} fill={meta.color}
        stroke="#ffffff" strokeWidth={1.5 / scale} />
      <text x={x} y={y + SHAPE_TEXT_DY[meta.shape] * scale} textAnchor="middle" dominantBaseline="central" fontSize={12} fontWeight={700} fill="#ffffff">
        {payload.marker}
      </text>
    </g>
  );
}

// Types only from the engine: this chunk must not pull zod and the engine into the browser.
const CLASS_ORDER = Object.keys(CLASS_META) as TConstraintClass[];

/** The Recharts scatter itself (decorative for assistive technology: the figure caption carries the data). */
export function QuadrantPlot({ points, threshold, height }: TQuadrantPlotProps) {
  const t = threshold;
  const zones: (TZone & { fill: string; opacity: number })[] = [
    { lines: ["Behavioral", "→ coaching"], x1: 0, x2: t, y1: t, y2: 100, right: false, bottom: false, fill: "#6a3d9a", opacity: 0.06 },
    { lines: ["Dual → Scaffolded", "Ascent"], x1: t, x2: 100, y1: t, y2: 100, right: true, bottom: false, fill: "#1f5f5b", opacity: 0.07 },
    { lines: ["Execution", "→ fractional"], x1: t, x2: 100, y1: 0, y2: t, right: true, bottom: true, fill: "#b35900", opacity: 0.06 },
    { lines: ["No clear", "deficit"], x1: 0, x2: t, y1: 0, y2: t, right: false, bottom: true, fill: "#4a5a66", opacity: 0.04 },
  ];
  const series = CLASS_ORDER.map((cls) => ({ cls, points: points.filter((p) => p.cls === cls) })).filter((s) => s.points.length > 0);
  return (
    <div aria-hidden="true" style={{ width: "100%", height }}>
      <ResponsiveContainer width="100%" height={height}>
        <ScatterChart margin={{ top: 8, right: 12, bottom: 28, left: 4 }} accessibilityLayer={false}>
          {zones.map((zone) => (
            <ReferenceArea key={zone.lines.join(" ")} x1={zone.x1} x2={zone.x2} y1={zone.y1} y2={zone.y2} fill={zone.fill} fillOpacity={zone.opacity}
              ifOverflow="hidden" label={{ content: zoneLabel(zone, points) }} />
          ))}
          <CartesianGrid stroke="#d9e0e5" strokeDasharray="2 4" />
          <XAxis type="number" dataKey="x" domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} tick={{ fontSize: 12, fill: "#4a5a66" }}
            label={{ value: "Execution deficit →", position: "insideBottom", offset: -18, fontSize: 12, fill: "#14212b" }} />
          <YAxis type="number" dataKey="y" domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} width={44} tick={{ fontSize: 12, fill: "#4a5a66" }}
            label={{ value: "Behavioral deficit →", angle: -90, position: "insideLeft", offset: 10, fontSize: 12, fill: "#14212b", style: { textAnchor: "middle" } }} />
          <ReferenceLine x={threshold} stroke="#14212b" strokeWidth={1.5} strokeDasharray="6 4" />
          <ReferenceLine y={threshold} stroke="#14212b" strokeWidth={1.5} strokeDasharray="6 4" />
          {series.map(({ cls, points }) => (
            <Scatter key={cls} name={CLASS_META[cls].label} data={points} shape={Point} fill={CLASS_META[cls].color} isAnimationActive={false} />
          ))}
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
