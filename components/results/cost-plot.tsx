"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { LabelProps } from "recharts";
import type { TCostEstimate } from "@/lib/diagnostic";
import { ACTION_LINE as ACTION, INACTION_LINE as INACTION, formatMoney, formatMoneyCompact } from "@/components/results/cost-format";

type TCostPlotProps = { costs: TCostEstimate; height: number };

/** Direct label at the last point of a line, so the lines are named without a colour legend. */
function endLabel(text: string, lastIndex: number, color: string, below: boolean) {
  function EndLabel(props: LabelProps & { index?: number }) {
    if (props.index !== lastIndex) return null;
    const x = Number(props.x ?? 0);
    const y = Number(props.y ?? 0);
    return (
      <text x={x - 4} y={below ? y + 18 : y - 10} textAnchor="end" fontSize={12} fontWeight={700} fill={color}>
        {text}
      </text>
    );
  }
  return EndLabel;
}

/** The Recharts line chart of cumulative costs; the surrounding CostChart carries the text alternative. */
export function CostPlot({ costs, height }: TCostPlotProps) {
  const { series, currency } = costs;
  const last = series.length - 1;
  const lastPoint = series[last];
  const actionBelow = lastPoint ? lastPoint.action <= lastPoint.inaction : true;
  return (
    <div style={{ width: "100%", height }}>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={series} margin={{ top: 24, right: 16, bottom: 24, left: 4 }}>
          <CartesianGrid stroke="#d9e0e5" strokeDasharray="2 4" />
          <XAxis dataKey="month" type="number" domain={[0, "dataMax"]} allowDecimals={false} tick={{ fontSize: 12, fill: "#4a5a66" }}
            label={{ value: "Months from today", position: "insideBottom", offset: -14, fontSize: 12, fill: "#14212b" }} />
          <YAxis width={64} tick={{ fontSize: 12, fill: "#4a5a66" }} tickFormatter={(v: number) => formatMoneyCompact(v, currency)} />
          <Tooltip
            formatter={(value, name) => [formatMoney(Number(value), currency), name]}
            labelFormatter={(label) => `Month ${String(label)}`}
          />
          <Line type="linear" dataKey={ACTION.key} name={ACTION.name} stroke={ACTION.color} strokeWidth={2.5} dot={false} isAnimationActive={false}
            label={endLabel("Action", last, ACTION.color, actionBelow)} />
          <Line type="linear" dataKey={INACTION.key} name={INACTION.name} stroke={INACTION.color} strokeWidth={2.5} strokeDasharray={INACTION.dash}
            dot={false} isAnimationActive={false} label={endLabel("Inaction", last, INACTION.color, !actionBelow)} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
