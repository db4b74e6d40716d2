"use client";

import dynamic from "next/dynamic";
import { ChartWhenNear } from "@/components/results/chart-when-near";
import type { TCostEstimate } from "@/lib/diagnostic";
import { CostPrintChart } from "@/components/results/cost-print-chart";
import { ACTION_LINE as ACTION, INACTION_LINE as INACTION, formatMoney } from "@/components/results/cost-format";

type TCostChartProps = { costs: TCostEstimate; height?: number };

export const COST_CHART_HEIGHT = 300;

/** Recharts loads only when the chart comes near the viewport (ChartWhenNear); the placeholder keeps the layout still. */
const CostPlot = dynamic(() => import("@/components/results/cost-plot").then((m) => m.CostPlot), {
  ssr: false,
  loading: () => <div aria-hidden="true" className="h-full w-full animate-pulse rounded-md bg-paper" />,
});

/** Cumulative cost of action against inaction, month by month, with the same figures as a table; prints too. */
export function CostChart({ costs, height = COST_CHART_HEIGHT }: TCostChartProps) {
  const { series, currency } = costs;
  return (
    <div>
      {/* Screen: the interactive chart, loaded when near. Print: a static SVG that is always in the page. */}
      <div className="print:hidden">
        <ChartWhenNear height={height}>
          <CostPlot costs={costs} height={height} />
        </ChartWhenNear>
      </div>
      <CostPrintChart costs={costs} />
      <p className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm text-muted print:hidden" aria-hidden="true">
        <span className="inline-flex items-center gap-2">
          <svg width="28" height="8"><line x1="0" y1="4" x2="28" y2="4" stroke={ACTION.color} strokeWidth="2.5" /></svg>
          {ACTION.name} (solid)
        </span>
        <span className="inline-flex items-center gap-2">
          <svg width="28" height="8"><line x1="0" y1="4" x2="28" y2="4" stroke={INACTION.color} strokeWidth="2.5" strokeDasharray={INACTION.dash} /></svg>
          {INACTION.name} (dashed)
        </span>
      </p>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium text-accent underline underline-offset-2">Show the figures month by month</summary>
        <div className="mt-2 max-h-80 overflow-auto rounded-md border border-line">
          <table className="w-full min-w-[18rem] text-left tabular-nums">
            <caption className="sr-only">Cumulative cost of action and of inaction by month, in {currency}</caption>
            <thead className="sticky top-0 bg-paper">
              <tr>
                <th scope="col" className="px-3 py-2 font-semibold">Month</th>
                <th scope="col" className="px-3 py-2 text-right font-semibold">Action</th>
                <th scope="col" className="px-3 py-2 text-right font-semibold">Inaction</th>
              </tr>
            </thead>
            <tbody>
              {series.map((p) => (
                <tr key={p.month} className="border-t border-line">
                  <th scope="row" className="px-3 py-1.5 font-normal">{p.month}</th>
                  <td className="px-3 py-1.5 text-right">{formatMoney(p.action, currency)}</td>
                  <td className="px-3 py-1.5 text-right">{formatMoney(p.inaction, currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
