import type { TCostEstimate } from "@/lib/diagnostic";
import { ACTION_LINE, INACTION_LINE, formatMoney } from "@/components/results/cost-format";
import { Disclosure } from "@/components/results/disclosure";

type TCostV2 = NonNullable<TCostEstimate["v2"]>;
type TRange = { low: number; likely: number; high: number };

/** The label every money figure carries when it rests on defaults only. */
export const ILLUSTRATIVE_LABEL = "Illustrative (defaults)";

export function IllustrativeTag() {
  return (
    <span className="inline-flex shrink-0 items-center rounded-full border border-warn bg-white px-2.5 py-0.5 text-xs font-semibold text-warn">
      {ILLUSTRATIVE_LABEL}
    </span>
  );
}

/** The same label inline, next to a figure in running text. */
function SmallIllustrativeTag() {
  return <span className="mx-1 whitespace-nowrap rounded border border-warn px-1 text-xs font-semibold text-warn">{ILLUSTRATIVE_LABEL}</span>;
}

const percent = (p: number) => `${Math.round(p * 100)}%`;

/**
 * One range as a bar on a shared scale: the band from low to high, a tick at the likely value. The
 * figures are written next to it and in the table below, so the bar itself is decorative.
 */
function RangeBar({ label, range, max, color, dashed, money }: { label: string; range: TRange; max: number; color: string; dashed: boolean; money: (n: number) => string }) {
  const at = (n: number) => `${Math.max(0, Math.min(100, (n / max) * 100))}%`;
  return (
    <div>
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
        <span className="font-semibold">{label}</span>
        <span className="tabular-nums text-ink/90">
          {money(range.low)} – {money(range.high)}, likely <span className="font-semibold text-ink">{money(range.likely)}</span>
        </span>
      </div>
      <div aria-hidden="true" className="relative mt-1 h-4 rounded-sm bg-paper [print-color-adjust:exact]">
        <div className="absolute inset-y-0.5 rounded-sm border-2" style={{ left: at(range.low), width: `calc(${at(range.high)} - ${at(range.low)})`, borderColor: color, borderStyle: dashed ? "dashed" : "solid", backgroundColor: `${color}26` }} />
        <div className="absolute -inset-y-0.5 w-1 -translate-x-1/2 rounded-sm" style={{ left: at(range.likely), backgroundColor: color }} />
      </div>
    </div>
  );
}

type TCurrency = TCostEstimate["currency"];

/** Three significant digits, compact: "$436K", "$1.16M" (fixed locale, as formatMoney). */
const formatMoneyShort = (amount: number, currency: TCurrency) =>
  new Intl.NumberFormat("en-US", { style: "currency", currency, notation: "compact", maximumSignificantDigits: 3 }).format(amount);

/** Full figures from 640 px; on a phone "$436K", so three columns fit without scrolling sideways. */
function Money({ amount, currency }: { amount: number; currency: TCurrency }) {
  return (
    <>
      <span className="sm:hidden">{formatMoneyShort(amount, currency)}</span>
      <span className="hidden sm:inline">{formatMoney(amount, currency)}</span>
    </>
  );
}

function MoneyCells({ range, currency, strong = false }: { range: TRange; currency: TCurrency; strong?: boolean }) {
  const cls = `py-1.5 pl-2 text-right tabular-nums sm:px-3 ${strong ? "font-semibold" : ""}`;
  return (
    <>
      <td className={cls}><Money amount={range.low} currency={currency} /></td>
      <td className={cls}><Money amount={range.likely} currency={currency} /></td>
      <td className={cls}><Money amount={range.high} currency={currency} /></td>
    </>
  );
}

/**
 * The v2 cost comparison: the expected cost of acting (fees, what is kept, the risk that remains)
 * against the expected cost of waiting, as low / likely / high over one horizon. On defaults only,
 * every money figure is labelled illustrative and none is shown as a headline.
 */
export function CostRanges({ costs, v2, headingLevel = 3 }: { costs: TCostEstimate; v2: TCostV2; headingLevel?: 3 | 4 }) {
  const money = (n: number) => formatMoney(n, costs.currency);
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const same = (n: number): TRange => ({ low: n, likely: n, high: n });
  const max = Math.max(1, v2.action.total.high, v2.inaction.high);
  const illustrative = v2.illustrative;
  const base = `Expected cost over ${v2.horizonMonths} months, in ${costs.currency}`;
  const caption = illustrative ? `${base} · ${ILLUSTRATIVE_LABEL}` : base;
  return (
    <div className="space-y-4 rounded-lg border border-line bg-white p-4 sm:p-5">
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <Heading className="text-lg font-semibold">Acting against waiting, over {v2.horizonMonths} months</Heading>
        {illustrative ? <IllustrativeTag /> : null}
      </div>
      <p className="text-ink/90">{costs.summary}</p>

      {illustrative ? null : (
        <dl className="grid gap-3 sm:grid-cols-2">
          <div className="rounded-md border border-line border-t-4 border-t-accent p-3">
            <dt className="text-sm font-semibold text-muted">Cost of action, likely</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums tracking-tight [overflow-wrap:anywhere]">{money(v2.action.total.likely)}</dd>
            <dd className="mt-1 text-xs text-muted">Range {money(v2.action.total.low)} – {money(v2.action.total.high)}</dd>
          </div>
          <div className="rounded-md border border-line border-t-4 border-t-danger p-3">
            <dt className="text-sm font-semibold text-muted">Cost of inaction, likely</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums tracking-tight [overflow-wrap:anywhere]">{money(v2.inaction.likely)}</dd>
            <dd className="mt-1 text-xs text-muted">Range {money(v2.inaction.low)} – {money(v2.inaction.high)}</dd>
          </div>
        </dl>
      )}

      <p className="text-sm text-muted">
        {base}
        {illustrative ? <span className="font-semibold text-warn"> · {ILLUSTRATIVE_LABEL}</span> : null}
      </p>
      <div className="space-y-3">
        <RangeBar label={ACTION_LINE.name} range={v2.action.total} max={max} color={ACTION_LINE.color} dashed={false} money={money} />
        <RangeBar label={`${INACTION_LINE.name} (expected)`} range={v2.inaction} max={max} color={INACTION_LINE.color} dashed money={money} />
        <p className="text-xs text-muted">Bars run from the low to the high estimate on the same scale; the mark is the likely value.</p>
      </div>

      {costs.misapplicationTax.applies ? (
        <p className="text-sm text-ink/90">
          <span className="font-semibold text-ink">Misapplication tax: {money(costs.misapplicationTax.total)}</span>
          {illustrative ? <SmallIllustrativeTag /> : null} over {costs.misapplicationTax.months} months.{" "}
          {costs.misapplicationTax.explanation}
        </p>
      ) : null}
      {costs.alreadyLost > 0 ? (
        <p className="text-sm text-ink/90">
          <span className="font-semibold text-ink">Already lost: {money(costs.alreadyLost)}</span>
          {illustrative ? <SmallIllustrativeTag /> : null} while the problem has lasted so far.
        </p>
      ) : null}

      {/* The breakdown is there for whoever checks the sums; print shows it open. */}
      <Disclosure summary="Low, likely and high figures, and how they are estimated" className="text-sm">
        <div className="space-y-4">
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Cost figures by estimate">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{caption}</caption>
              <thead>
                <tr className="border-b border-line text-muted">
                  <th scope="col" className="py-1.5 pr-2 font-semibold"><span className="sr-only">Figure</span></th>
                  <th scope="col" className="py-1.5 pl-2 text-right font-semibold sm:px-3">Low</th>
                  <th scope="col" className="py-1.5 pl-2 text-right font-semibold sm:px-3">Likely</th>
                  <th scope="col" className="py-1.5 pl-2 text-right font-semibold sm:px-3">High</th>
                </tr>
              </thead>
              <tbody>
                <tr className="border-b border-line">
                  <th scope="row" className="py-1.5 pr-2 font-semibold">Cost of action</th>
                  <MoneyCells range={v2.action.total} currency={costs.currency} strong />
                </tr>
                <tr>
                  <th scope="row" className="py-1 pr-2 pl-3 font-normal text-ink/90">Fees for the plan</th>
                  <MoneyCells range={same(v2.action.fees)} currency={costs.currency} />
                </tr>
                <tr>
                  <th scope="row" className="py-1 pr-2 pl-3 font-normal text-ink/90">What is in place and kept</th>
                  <MoneyCells range={same(v2.action.currentSpend)} currency={costs.currency} />
                </tr>
                <tr className="border-b border-line">
                  <th scope="row" className="py-1 pr-2 pl-3 font-normal text-ink/90">Risk that remains with the plan</th>
                  <MoneyCells range={v2.action.residualRisk} currency={costs.currency} />
                </tr>
                <tr className="border-b border-line">
                  <th scope="row" className="py-1.5 pr-2 font-semibold">Cost of inaction (expected)</th>
                  <MoneyCells range={v2.inaction} currency={costs.currency} strong />
                </tr>
                <tr>
                  <th scope="row" className="py-1.5 pr-2 font-normal text-ink/90">Chance of failure if nothing changes</th>
                  <td className="py-1.5 pl-2 text-right tabular-nums sm:px-3">{percent(v2.failureProbability.low)}</td>
                  <td className="py-1.5 pl-2 text-right tabular-nums sm:px-3">{percent(v2.failureProbability.likely)}</td>
                  <td className="py-1.5 pl-2 text-right tabular-nums sm:px-3">{percent(v2.failureProbability.high)}</td>
                </tr>
              </tbody>
            </table>
          </div>

          <div>
            <p className="text-sm font-semibold">How these figures are estimated</p>
            <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-ink/90">
              {v2.basis.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            {v2.userFigures > 0 ? (
              <p className="mt-1 text-xs text-muted">
                {v2.userFigures} figure{v2.userFigures === 1 ? "" : "s"} supplied by the person answering; the rest are defaults.
              </p>
            ) : null}
          </div>
        </div>
      </Disclosure>
    </div>
  );
}
