import type { TAssessmentChange } from "@/lib/diagnostic";
import { formatDay } from "@/lib/format-date";

const DIRECTION = {
  better: { label: "Improved", className: "text-accent" },
  worse: { label: "Worse", className: "text-danger" },
  same: { label: "About the same", className: "text-muted" },
  new: { label: "New", className: "text-ink" },
  dropped: { label: "Not assessed", className: "text-muted" },
} as const;

/** The change since the previous assessment, constraint by constraint, in the engine's words. */
export function AssessmentChange({ change, previousNumber }: { change: TAssessmentChange; previousNumber: number }) {
  return (
    <section aria-labelledby="change-title" className="space-y-3 rounded-lg border border-line bg-white p-4 sm:p-5">
      <h2 id="change-title" className="text-lg font-semibold">
        Change since assessment {previousNumber} ({formatDay(change.previousAssessedAt)})
      </h2>
      <p>{change.summary}</p>
      <ul className="divide-y divide-line">
        {change.constraints.map((c) => (
          <li key={c.key} className="py-2.5">
            <p className="flex flex-wrap items-baseline justify-between gap-x-3">
              <span className="font-medium break-words">{c.title}</span>
              <span className={`text-sm font-semibold ${DIRECTION[c.direction].className}`}>{DIRECTION[c.direction].label}</span>
            </p>
            <p className="text-sm text-ink/80">{c.sentence}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
