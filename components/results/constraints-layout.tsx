import type { ReactNode } from "react";

/**
 * The quadrant chart and the constraint cards. Compact (v2) results put the chart beside the cards
 * on wide screens, where it stays in view while the cards scroll; v1 results stack them as before.
 */
export function ConstraintsLayout({ compact, chart, cards }: { compact: boolean; chart: ReactNode; cards: ReactNode }) {
  if (!compact) {
    return (
      <>
        {chart}
        {cards}
      </>
    );
  }
  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)] lg:items-start">
      <div className="lg:sticky lg:top-4">{chart}</div>
      {cards}
    </div>
  );
}
