import type { TCostEstimate } from "@/lib/diagnostic";
import { formatMoney } from "@/components/results/cost-format";

type TFigure = { label: string; value: number; note: string; tone: string };

/** The headline figures of the cost estimate and the engine's own summary sentence. */
export function CostHeadline({ costs }: { costs: TCostEstimate }) {
  const money = (n: number) => formatMoney(n, costs.currency);
  const figures: TFigure[] = [];
  if (costs.applicable) {
    figures.push({ label: "Cost of action", value: costs.costOfAction, note: `Fees over ${costs.durationMonths} months`, tone: "border-t-accent" });
    figures.push({
      label: "Cost of inaction",
      value: costs.costOfInaction.total,
      note: `A failed tenure (${money(costs.costOfInaction.failedTenure)}) plus ${money(costs.costOfInaction.amountAtRiskOverDelay)} at risk until then`,
      tone: "border-t-danger",
    });
  }
  if (costs.misapplicationTax.applies) {
    figures.push({ label: "Misapplication tax", value: costs.misapplicationTax.total, note: `${costs.misapplicationTax.months} months on an approach that does not fit`, tone: "border-t-warn" });
  }
  figures.push({ label: "Already lost", value: costs.alreadyLost, note: "While the problem has lasted so far", tone: "border-t-muted" });

  return (
    <div className="rounded-lg border border-line bg-white p-5">
      <p className="text-ink/90">{costs.summary}</p>
      <dl className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {figures.map((f) => (
          <div key={f.label} className={`rounded-md border border-line border-t-4 ${f.tone} p-3`}>
            <dt className="text-sm font-semibold text-muted">{f.label}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums tracking-tight [overflow-wrap:anywhere]">{money(f.value)}</dd>
            <dd className="mt-1 text-xs text-muted">{f.note}</dd>
          </div>
        ))}
      </dl>
      {costs.misapplicationTax.applies ? <p className="mt-3 text-sm text-ink/90">{costs.misapplicationTax.explanation}</p> : null}
    </div>
  );
}
