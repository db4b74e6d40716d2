import type { TAssumption, TCostEstimate } from "@/lib/diagnostic";
import { ZCurrency } from "@/lib/diagnostic";
import { formatNumber, unitText } from "@/components/results/cost-format";

export type TAssumptionField = {
  kind: "number" | "currency";
  /** Text in the input (may be invalid while typing). */
  draft: string;
  error: string | null;
  min?: number;
  max?: number;
  integer?: boolean;
};

type TAssumptionListProps = {
  assumptions: readonly TAssumption[];
  currency: TCostEstimate["currency"];
  /** Editable fields by assumption id; assumptions without one are shown read-only. */
  fields?: Readonly<Record<string, TAssumptionField>>;
  onChange?: (assumptionId: string, value: string) => void;
};

function OriginTag({ origin }: { origin: TAssumption["origin"] }) {
  return origin === "user" ? (
    <span className="rounded-full border border-accent px-2 py-0.5 text-xs font-semibold text-accent">your figure</span>
  ) : (
    <span className="rounded-full border border-line px-2 py-0.5 text-xs font-semibold text-muted">default</span>
  );
}

function displayValue(a: TAssumption, currency: TCostEstimate["currency"]): string {
  const unit = unitText(a.unit, currency);
  const value = typeof a.value === "number" ? formatNumber(a.value) : a.value;
  return unit ? `${value} ${unit}` : value;
}

/** Every figure behind the cost estimate, with its origin and reasoning; optionally as inputs. */
export function AssumptionList({ assumptions, currency, fields, onChange }: TAssumptionListProps) {
  return (
    <ul className="divide-y divide-line">
      {assumptions.map((a) => {
        const field = fields?.[a.id];
        const inputId = `assumption-${a.id}`;
        const errorId = `${inputId}-error`;
        const sourceId = `${inputId}-source`;
        return (
          <li key={a.id} className="py-3 first:pt-0 last:pb-0">
            <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
              {field ? (
                <label htmlFor={inputId} className="min-w-0 flex-1 font-medium">{a.label}</label>
              ) : (
                <span className="min-w-0 flex-1 font-medium">{a.label}</span>
              )}
              <OriginTag origin={a.origin} />
            </div>
            {field?.kind === "currency" ? (
              <select id={inputId} value={field.draft} aria-describedby={sourceId} onChange={(e) => onChange?.(a.id, e.target.value)}
                className="mt-2 block min-h-11 rounded-md border border-muted bg-white px-3 text-base">
                {ZCurrency.options.map((c) => (
                  <option key={c} value={c}>{c}</option>
                ))}
              </select>
            ) : field ? (
              <div className="mt-2 flex flex-wrap items-center gap-2">
                <input id={inputId} type="number" inputMode="decimal" value={field.draft} min={field.min} max={field.max}
                  step={field.integer ? 1 : "any"} aria-invalid={field.error ? true : undefined}
                  aria-describedby={field.error ? `${errorId} ${sourceId}` : sourceId}
                  onChange={(e) => onChange?.(a.id, e.target.value)}
                  className={`min-h-11 w-44 max-w-full rounded-md border bg-white px-3 text-base tabular-nums ${field.error ? "border-danger" : "border-muted"}`} />
                {a.unit ? <span className="text-sm text-muted">{unitText(a.unit, currency)}</span> : null}
              </div>
            ) : (
              <p className="mt-1 tabular-nums">{displayValue(a, currency)}</p>
            )}
            {field?.error ? (
              <p id={errorId} className="mt-1 text-sm font-medium text-danger">{field.error}</p>
            ) : null}
            <p id={sourceId} className="mt-1 text-sm text-muted">{a.source}</p>
          </li>
        );
      })}
    </ul>
  );
}
