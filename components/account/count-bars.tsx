import { useId, type ReactNode } from "react";

export type TCountBar = {
  key: string;
  label: string;
  count: number;
  /** The bar's colour: a Tailwind text colour class (the bar is drawn in currentColor). */
  colorClass: string;
  /** A shape beside the label, so bars differ without colour (decorative). */
  symbol?: ReactNode;
};

/**
 * A small horizontal bar chart of counts, drawn on the server (no chart script to load, prints as
 * seen). The bars are hidden from assistive technology; the table after them, named by the same
 * title, is the text alternative, and `summary` says it in one sentence under the chart.
 */
export function CountBars({ title, bars, summary, unit }: { title: string; bars: readonly TCountBar[]; summary: string; unit: string }) {
  const id = useId();
  const max = Math.max(1, ...bars.map((b) => b.count));
  return (
    <figure className="rounded-lg border border-line bg-white p-4" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="font-semibold">{title}</figcaption>
      <ul aria-hidden="true" className="mt-3 space-y-2">
        {bars.map((bar) => (
          <li key={bar.key} className="text-sm">
            <span className="flex items-center justify-between gap-2">
              <span className="inline-flex min-w-0 items-center gap-1.5 break-words">
                {bar.symbol}
                {bar.label}
              </span>
              <span className="font-semibold tabular-nums">{bar.count}</span>
            </span>
            <span className="mt-1 block h-2.5 w-full rounded-full bg-paper">
              <span className={`block h-full rounded-full bg-current ${bar.colorClass}`} style={{ width: `${Math.max(3, (bar.count / max) * 100)}%` }} />
            </span>
          </li>
        ))}
      </ul>
      {/* The wrapper clips: a table is never narrower than its cells, so on its own it would widen the page. */}
      <div className="sr-only">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Group</th>
              <th scope="col">{unit}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.key}>
                <th scope="row">{bar.label}</th>
                <td>{bar.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-3 text-sm text-muted">{summary}</p>
    </figure>
  );
}
