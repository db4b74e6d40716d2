import type { TConstraintResult, TEvidenceItem } from "@/lib/diagnostic";
import { CLASS_META } from "@/components/results/class-meta";
import { ClassSymbol } from "@/components/results/class-symbol";

type TConstraintCardProps = {
  constraint: TConstraintResult;
  /** Short marker matching the quadrant chart point and legend, e.g. "1". */
  marker?: string;
  /** Heading id; defaults to one derived from the constraint id. */
  headingId?: string;
};

const CONFIDENCE_LABEL = { low: "Low", medium: "Medium", high: "High" } as const;

export function ClassBadge({ cls }: { cls: TConstraintResult["class"] }) {
  const meta = CLASS_META[cls];
  return (
    <span className={`inline-flex items-center gap-1.5 rounded-full border bg-white px-2.5 py-0.5 text-xs font-semibold ${meta.borderClass} ${meta.textClass}`}>
      <ClassSymbol cls={cls} size={12} />
      {meta.label}
    </span>
  );
}

function ScoreBar({ label, score, colorClass }: { label: string; score: number; colorClass: string }) {
  return (
    <div>
      <div className="flex items-baseline justify-between gap-3 text-sm">
        <span className="font-medium">{label}</span>
        <span className="tabular-nums">
          <span className="font-semibold">{score}</span>
          <span className="text-muted"> / 100</span>
        </span>
      </div>
      <div aria-hidden="true" className="mt-1 h-2.5 w-full overflow-hidden rounded-full bg-line/70">
        <div className={`h-full rounded-full ${colorClass}`} style={{ width: `${Math.max(0, Math.min(100, score))}%` }} />
      </div>
    </div>
  );
}

function EvidenceList({ title, items, empty }: { title: string; items: readonly TEvidenceItem[]; empty: string }) {
  return (
    <div>
      <h4 className="text-sm font-semibold">{title}</h4>
      {items.length === 0 ? (
        <p className="mt-1 text-sm text-muted">{empty}</p>
      ) : (
        <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-ink/90">
          {items.map((item) => (
            <li key={`${item.questionId}-${item.axis}`}>
              <span className="font-medium">{item.indicator}:</span> {item.sentence}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** One constraint as the engine classified it: class, both scores, confidence, summary and evidence. */
export function ConstraintCard({ constraint, marker, headingId }: TConstraintCardProps) {
  const id = headingId ?? `constraint-${constraint.constraintId}-title`;
  const confidencePct = Math.round(constraint.confidence.value * 100);
  return (
    <article aria-labelledby={id} className="rounded-lg border border-line bg-white p-5">
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <h3 id={id} className="min-w-0 flex-1 text-lg font-semibold leading-snug [overflow-wrap:anywhere]">
          {marker ? (
            <span className="mr-2 inline-grid h-6 min-w-6 place-items-center rounded-full border border-ink px-1.5 align-[0.1em] text-xs font-bold">
              <span className="sr-only">Constraint </span>
              {marker}
            </span>
          ) : null}
          {constraint.title}
        </h3>
        <ClassBadge cls={constraint.class} />
      </div>
      <p className="mt-2 text-ink/90">{constraint.summary}</p>

      <div className="mt-4 grid gap-3 sm:grid-cols-2">
        <ScoreBar label="Behavioral deficit" score={constraint.behavioralScore} colorClass="bg-behavioral" />
        <ScoreBar label="Execution deficit" score={constraint.executionScore} colorClass="bg-execution" />
      </div>
      <p className="mt-3 text-sm text-muted">
        Confidence: <span className="font-semibold text-ink">{CONFIDENCE_LABEL[constraint.confidence.level]}</span> ({confidencePct}%) ·{" "}
        {Math.round(constraint.answeredShare * 100)}% of questions answered
      </p>

      <div className="mt-4 grid gap-4 border-t border-line pt-4 md:grid-cols-2">
        <EvidenceList title="Behavioral evidence" items={constraint.evidence.behavioral} empty="No behavioral signs were reported." />
        <EvidenceList title="Execution evidence" items={constraint.evidence.execution} empty="No execution signs were reported." />
      </div>
    </article>
  );
}
