"use client";

import dynamic from "next/dynamic";
import { ChartWhenNear } from "@/components/results/chart-when-near";
import type { TQuadrantConstraint } from "@/components/results/quadrant-data";
import { CLASS_META, constraintMarker } from "@/components/results/class-meta";
import { ClassSymbol } from "@/components/results/class-symbol";
import type { TQuadrantPoint } from "@/components/results/quadrant-plot";

type TQuadrantChartProps = {
  constraints: readonly TQuadrantConstraint[];
  /** The questionnaire's deficit threshold: `requireQuestionnaire(version).scoring.deficitThreshold`. */
  threshold: number;
  /** Chart height in px (Recharts needs a measured parent). */
  height?: number;
};

export const QUADRANT_CHART_HEIGHT = 320;

/** Recharts loads only when the chart comes near the viewport (ChartWhenNear); the placeholder keeps the layout still. */
const QuadrantPlot = dynamic(() => import("@/components/results/quadrant-plot").then((m) => m.QuadrantPlot), {
  ssr: false,
  loading: () => <div aria-hidden="true" className="h-full w-full animate-pulse rounded-md bg-paper" />,
});

/**
 * Each constraint placed by its two deficit scores. Zones come from the threshold passed in; the
 * class shown is always the engine's own class. Caption, legend and table are rendered on the server.
 */
export function QuadrantChart({ constraints, threshold, height = QUADRANT_CHART_HEIGHT }: TQuadrantChartProps) {
  const markers = constraints.map((c, i) => ({ c, marker: constraintMarker(i) }));
  const points: TQuadrantPoint[] = markers.map(({ c, marker }) => ({ x: c.executionScore, y: c.behavioralScore, marker, cls: c.class }));
  return (
    <figure className="rounded-lg border border-line bg-white p-4 sm:p-5">
      <ChartWhenNear height={height}>
        <QuadrantPlot points={points} threshold={threshold} height={height} />
      </ChartWhenNear>
      <figcaption className="mt-3 space-y-2 text-sm">
        <p className="text-muted">
          Each constraint placed by its execution deficit (across) and behavioral deficit (up), both 0–100. Dashed lines mark the
          deficit threshold of {threshold}.
        </p>
        <ol aria-label="Constraints on the chart" className="space-y-1">
          {markers.map(({ c, marker }) => (
            <li key={c.constraintId} className="flex items-start gap-2">
              <span className="inline-grid h-5 min-w-5 place-items-center rounded-full border border-ink px-1 text-xs font-bold" aria-hidden="true">
                {marker}
              </span>
              <span className="mt-0.5"><ClassSymbol cls={c.class} /></span>
              <span className="min-w-0 [overflow-wrap:anywhere]">
                <span className="sr-only">Constraint {marker}: </span>
                {c.title} <span className={`font-semibold ${CLASS_META[c.class].textClass}`}>({CLASS_META[c.class].label})</span>
              </span>
            </li>
          ))}
        </ol>
        <div className="sr-only">
          <table>
            <caption>Constraint scores and zones</caption>
            <thead>
              <tr>
                <th scope="col">Constraint</th>
                <th scope="col">Behavioral deficit (0–100)</th>
                <th scope="col">Execution deficit (0–100)</th>
                <th scope="col">Zone</th>
              </tr>
            </thead>
            <tbody>
              {markers.map(({ c, marker }) => (
                <tr key={c.constraintId}>
                  <th scope="row">{marker}. {c.title}</th>
                  <td>{c.behavioralScore}</td>
                  <td>{c.executionScore}</td>
                  <td>{CLASS_META[c.class].zone}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </figcaption>
    </figure>
  );
}
