"use client";

import dynamic from "next/dynamic";
import { ChartWhenNear } from "@/components/results/chart-when-near";
import type { TQuadrantConstraint } from "@/components/results/quadrant-data";
import { spreadMarkers } from "@/lib/spread-markers";
import { CLASS_META, constraintMarker } from "@/components/results/class-meta";
import { ClassSymbol } from "@/components/results/class-symbol";
import { QuadrantPrintChart } from "@/components/results/quadrant-print-chart";
import type { TQuadrantPoint } from "@/components/results/quadrant-plot";

/**
 * Markers are kept this far apart: 22 px shapes plus a little air, at the narrowest plot (a 360 px
 * phone leaves about 234 px for 100 points, 2.3 px a point). Wider plots only space them further.
 */
const NARROWEST_PX_PER_POINT = 2.3;
const MARKER_GAP_PX = 25;

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
  const drawn = spreadMarkers(markers.map(({ c }) => ({ x: c.executionScore, y: c.behavioralScore })), MARKER_GAP_PX / NARROWEST_PX_PER_POINT);
  const points: TQuadrantPoint[] = markers.map(({ c, marker }, i) => {
    const at = drawn[i] ?? { x: c.executionScore, y: c.behavioralScore };
    // Offsets in px (screen y grows downwards), so they stay the same whatever the chart's width.
    const dx = (at.x - c.executionScore) * NARROWEST_PX_PER_POINT;
    const dy = -(at.y - c.behavioralScore) * NARROWEST_PX_PER_POINT;
    return { x: c.executionScore, y: c.behavioralScore, dx, dy, marker, cls: c.class };
  });
  const spread = points.some((p) => Math.hypot(p.dx, p.dy) > 2);
  return (
    <figure className="rounded-lg border border-line bg-white p-4 sm:p-5">
      {/* Screen: the interactive chart, loaded when near. Print: a static SVG that is always in the page. */}
      <div className="print:hidden">
        <ChartWhenNear height={height}>
          <QuadrantPlot points={points} threshold={threshold} height={height} />
        </ChartWhenNear>
      </div>
      <QuadrantPrintChart points={points} threshold={threshold} />
      <figcaption className="mt-3 space-y-2 text-sm">
        <p className="text-muted">
          Each constraint placed by its execution deficit (across) and behavioral deficit (up), both 0–100. Dashed lines mark the
          deficit threshold of {threshold}.
          {spread ? " Constraints with close scores are drawn side by side, each linked to a dot at its exact position." : ""}
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
                <span className="text-muted tabular-nums" aria-hidden="true"> · execution {c.executionScore}, behavioral {c.behavioralScore}</span>
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
