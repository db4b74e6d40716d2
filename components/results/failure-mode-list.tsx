import type { TFailureMode } from "@/lib/diagnostic";
import { Disclosure } from "@/components/results/disclosure";

type TFailureModeListProps = {
  failureModes: readonly TFailureMode[];
  /** v2 results: the answers that raised each warning sit behind a disclosure. */
  compact?: boolean;
};

const SEVERITY: Record<TFailureMode["severity"], { label: string; className: string }> = {
  high: { label: "High severity", className: "border-danger text-danger" },
  medium: { label: "Medium severity", className: "border-warn text-warn" },
  low: { label: "Low severity", className: "border-muted text-muted" },
};

/** The failure modes the engine flagged in the current plan, each with the answers that raised it. */
export function FailureModeList({ failureModes, compact = false }: TFailureModeListProps) {
  if (failureModes.length === 0) {
    return (
      <p className="rounded-lg border border-line bg-white p-5 text-ink/90">No failure modes detected in the current plan.</p>
    );
  }
  return (
    <ul className={compact ? "grid items-start gap-3 lg:grid-cols-2" : "space-y-4"}>
      {failureModes.map((mode) => {
        const severity = SEVERITY[mode.severity];
        const triggers = (
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-ink/90">
            {mode.triggers.map((trigger, i) => (
              <li key={`${trigger.questionId}-${trigger.constraintId ?? "all"}-${i}`}>{trigger.sentence}</li>
            ))}
          </ul>
        );
        return (
          <li key={mode.id} className={`rounded-lg border border-line bg-white print:break-inside-avoid ${compact ? "px-4 pt-4 pb-2 sm:px-5" : "p-5"}`}>
            <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
              <h3 className="text-lg font-semibold">{mode.name}</h3>
              <span className={`rounded-full border bg-white px-2.5 py-0.5 text-xs font-semibold ${severity.className}`}>
                {severity.label}
              </span>
            </div>
            <p className="mt-2 text-ink/90">{mode.explanation}</p>
            {compact ? (
              <Disclosure summary="Raised by" className="mt-1 text-sm">{triggers}</Disclosure>
            ) : (
              <>
                <h4 className="mt-3 text-sm font-semibold">Raised by</h4>
                {triggers}
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
