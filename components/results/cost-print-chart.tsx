import type { TCostEstimate } from "@/lib/diagnostic";
import { ACTION_LINE as ACTION, INACTION_LINE as INACTION, formatMoneyCompact } from "@/components/results/cost-format";

const W = 640;
const H = 240;
const PAD = { left: 64, right: 16, top: 28, bottom: 34 } as const;

/** Smallest "nice" step (1, 2, 2.5 or 5 times a power of ten) so that about `count` steps cover `max`. */
function niceStep(max: number, count: number): number {
  const raw = max / count;
  const pow = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 2.5, 5, 10].find((m) => m * pow >= raw) ?? 10) * pow;
}

/**
 * The cumulative cost chart as plain SVG, shown only in print. The interactive chart loads when
 * scrolled near, too late for a print started before that; this one is in the page from the start.
 */
export function CostPrintChart({ costs }: { costs: TCostEstimate }) {
  const { series, currency } = costs;
  const lastMonth = Math.max(1, ...series.map((s) => s.month));
  const maxValue = Math.max(1, ...series.flatMap((s) => [s.action, s.inaction]));
  const yStep = niceStep(maxValue, 4);
  const yMax = Math.ceil(maxValue / yStep) * yStep;
  const xStep = Math.max(1, niceStep(lastMonth, 8));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const px = (month: number) => PAD.left + (month / lastMonth) * plotW;
  const py = (value: number) => PAD.top + plotH - (value / yMax) * plotH;
  const yTicks = Array.from({ length: Math.round(yMax / yStep) + 1 }, (_, i) => i * yStep);
  const xTicks = Array.from({ length: Math.floor(lastMonth / xStep) + 1 }, (_, i) => i * xStep);
  const line = (key: "action" | "inaction") => series.map((s) => `${px(s.month).toFixed(1)},${py(s[key]).toFixed(1)}`).join(" ");
  return (
    <svg aria-hidden="true" focusable="false" viewBox={`0 0 ${W} ${H}`} className="hidden h-auto w-full print:block">
      {yTicks.map((t) => (
        <g key={`y${t}`}>
          <line x1={PAD.left} y1={py(t)} x2={W - PAD.right} y2={py(t)} stroke="#d9e0e5" strokeWidth={1} />
          <text x={PAD.left - 6} y={py(t) + 4} textAnchor="end" fontSize={11} fill="#4a5a66">{formatMoneyCompact(t, currency)}</text>
        </g>
      ))}
      {xTicks.map((t) => (
        <text key={`x${t}`} x={px(t)} y={H - PAD.bottom + 15} textAnchor="middle" fontSize={11} fill="#4a5a66">{t}</text>
      ))}
      <text x={PAD.left + plotW / 2} y={H - 4} textAnchor="middle" fontSize={12} fill="#14212b">Months from today</text>
      <polyline points={line("action")} fill="none" stroke={ACTION.color} strokeWidth={2.5} strokeLinejoin="round" />
      <polyline points={line("inaction")} fill="none" stroke={INACTION.color} strokeWidth={2.5} strokeDasharray={INACTION.dash} strokeLinejoin="round" />
      <line x1={PAD.left} y1={12} x2={PAD.left + 28} y2={12} stroke={ACTION.color} strokeWidth={2.5} />
      <text x={PAD.left + 34} y={16} fontSize={12} fontWeight={700} fill="#14212b">{ACTION.name} (solid)</text>
      <line x1={PAD.left + 210} y1={12} x2={PAD.left + 238} y2={12} stroke={INACTION.color} strokeWidth={2.5} strokeDasharray={INACTION.dash} />
      <text x={PAD.left + 244} y={16} fontSize={12} fontWeight={700} fill="#14212b">{INACTION.name} (dashed)</text>
    </svg>
  );
}
