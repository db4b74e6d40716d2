import { CLASS_META } from "@/components/results/class-meta";
import { SHAPE_PATHS, SHAPE_TEXT_DY } from "@/components/results/class-symbol";
import type { TQuadrantPoint } from "@/components/results/quadrant-plot";

const SIZE = 300;
const PAD = { left: 48, top: 10, right: 10, bottom: 40 } as const;
const TICKS = [0, 20, 40, 60, 80, 100];
const MARKER = 22;

/**
 * The quadrant as plain SVG, shown only in print: the interactive chart loads when scrolled near,
 * too late for a print started before that. Same markers, spread and zones as on screen.
 */
export function QuadrantPrintChart({ points, threshold }: { points: readonly TQuadrantPoint[]; threshold: number }) {
  const w = PAD.left + SIZE + PAD.right;
  const h = PAD.top + SIZE + PAD.bottom;
  const x = (score: number) => PAD.left + (score / 100) * SIZE;
  const y = (score: number) => PAD.top + ((100 - score) / 100) * SIZE;
  const [tx, ty, right, bottom] = [x(threshold), y(threshold), x(100), y(0)];
  const centres = points.map((p) => ({ x: x(p.x) + p.dx, y: y(p.y) + p.dy }));
  // As on screen: a zone label moves to its zone's other corner, or is left out, rather than cover a marker.
  const zone = (text: [string, string], zx: number, tops: [number, number], anchor: "start" | "end") => {
    const width = Math.max(...text.map((l) => l.length)) * 6.2;
    const left = anchor === "end" ? zx - width : zx;
    const pad = MARKER / 2 + 2;
    const zy = tops.find((top) => centres.every((c) => c.x < left - pad || c.x > left + width + pad || c.y < top - 10 - pad || c.y > top + 14 + pad));
    if (zy === undefined) return null;
    return (
      <text x={zx} y={zy} textAnchor={anchor} fontSize={10} fontWeight={600} fill="#4a5a66">
        <tspan x={zx}>{text[0]}</tspan>
        <tspan x={zx} dy={12}>{text[1]}</tspan>
      </text>
    );
  };
  return (
    <svg aria-hidden="true" focusable="false" viewBox={`0 0 ${w} ${h}`} className="mx-auto hidden h-auto w-full max-w-md print:block">
      <rect x={PAD.left} y={PAD.top} width={tx - PAD.left} height={ty - PAD.top} fill="#6a3d9a" fillOpacity={0.06} />
      <rect x={tx} y={PAD.top} width={right - tx} height={ty - PAD.top} fill="#1f5f5b" fillOpacity={0.07} />
      <rect x={tx} y={ty} width={right - tx} height={bottom - ty} fill="#b35900" fillOpacity={0.06} />
      {TICKS.map((t) => (
        <g key={t}>
          <line x1={x(t)} y1={PAD.top} x2={x(t)} y2={bottom} stroke="#d9e0e5" strokeDasharray="2 4" />
          <line x1={PAD.left} y1={y(t)} x2={right} y2={y(t)} stroke="#d9e0e5" strokeDasharray="2 4" />
          <text x={x(t)} y={bottom + 14} textAnchor="middle" fontSize={10} fill="#4a5a66">{t}</text>
          <text x={PAD.left - 6} y={y(t) + 3.5} textAnchor="end" fontSize={10} fill="#4a5a66">{t}</text>
        </g>
      ))}
      <rect x={PAD.left} y={PAD.top} width={SIZE} height={SIZE} fill="none" stroke="#4a5a66" />
      <line x1={tx} y1={PAD.top} x2={tx} y2={bottom} stroke="#14212b" strokeWidth={1.5} strokeDasharray="6 4" />
      <line x1={PAD.left} y1={ty} x2={right} y2={ty} stroke="#14212b" strokeWidth={1.5} strokeDasharray="6 4" />
      {zone(["Behavioral", "→ coaching"], PAD.left + 5, [PAD.top + 13, ty - 18], "start")}
      {zone(["Dual → Scaffolded", "Ascent"], right - 5, [PAD.top + 13, ty - 18], "end")}
      {zone(["Execution", "→ fractional"], right - 5, [bottom - 18, ty + 13], "end")}
      {zone(["No clear", "deficit"], PAD.left + 5, [bottom - 18, ty + 13], "start")}
      <text x={PAD.left + SIZE / 2} y={h - 6} textAnchor="middle" fontSize={11} fill="#14212b">Execution deficit →</text>
      <text transform={`rotate(-90 12 ${PAD.top + SIZE / 2})`} x={12} y={PAD.top + SIZE / 2} textAnchor="middle" fontSize={11} fill="#14212b">
        Behavioral deficit →
      </text>
      {points.map((p) => {
        const meta = CLASS_META[p.cls];
        const [x0, y0] = [x(p.x), y(p.y)];
        const [cx, cy] = [x0 + p.dx, y0 + p.dy];
        const scale = MARKER / 16;
        const moved = Math.hypot(p.dx, p.dy) > 2;
        return (
          <g key={p.marker}>
            {moved ? <line x1={x0} y1={y0} x2={cx} y2={cy} stroke="#4a5a66" /> : null}
            {moved ? <circle cx={x0} cy={y0} r={2.5} fill="#14212b" /> : null}
            <path d={SHAPE_PATHS[meta.shape]} transform={`translate(${cx - MARKER / 2} ${cy - MARKER / 2}) scale(${scale})`} fill={meta.color}
              stroke="#ffffff" strokeWidth={1.5 / scale} />
            <text x={cx} y={cy + SHAPE_TEXT_DY[meta.shape] * scale + 4} textAnchor="middle" fontSize={12} fontWeight={700} fill="#ffffff">
              {p.marker}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
