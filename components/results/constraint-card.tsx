import type { TConstraintResult, TEvidenceItem } from "@/lib/diagnostic";
import { CLASS_META } from "@/components/results/class-meta";
import { ClassSymbol } from "@/components/results/class-symbol";
import { Disclosure } from "@/components/results/disclosure";

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

type TConstraintV2 = NonNullable<TConstraintResult["v2"]>;

const SEVERITY_LABEL: Record<TConstraintV2["severity"], string> = { none: "none", minor: "minor", clear: "clear", strong: "strong" };
const ATTRIBUTION_LABEL: Record<TConstraintV2["attribution"], string> = {
  person: "the leader",
  mixed: "both the leader and the system",
  system: "the system around the leader",
  unknown: "no one in particular (not known)",
};
const SIDE_LABEL: Record<NonNullable<TConstraintV2["openSide"]>, string> = { behavioral: "behavioral", execution: "execution" };

function MarkerBadge({ marker }: { marker: string }) {
  return (
    <span className="mr-2 inline-grid h-6 min-w-6 place-items-center rounded-full border border-ink px-1.5 align-[0.1em] text-xs font-bold">
      <span className="sr-only">Constraint </span>
      {marker}
    </span>
  );
}

/** A score as a number over a thin bar: three of them share one row, so the card stays short. */
function MiniScore({ label, score, colorClass, className = "" }: { label: string; score: number; colorClass: string; className?: string }) {
  return (
    <div className={`min-w-0 ${className}`}>
      <div className="flex items-baseline justify-between gap-2 text-sm">
        <span className="truncate font-medium">{label}</span>
        <span className="shrink-0 tabular-nums">
          <span className="font-semibold">{score}</span>
          <span className="text-muted">/100</span>
        </span>
      </div>
      <div aria-hidden="true" className="mt-1 h-1.5 overflow-hidden rounded-full bg-line/70 [print-color-adjust:exact]">
        <div className={`h-full rounded-full ${colorClass}`} style={{ width: `${Math.max(0, Math.min(100, score))}%` }} />
      </div>
    </div>
  );
}

/**
 * The v2 card: short enough that three constraints fit beside the chart. Key answers stand in for
 * the evidence sentences, which stay one click away; a borderline class says what would settle it.
 */
function CompactConstraintCard({ constraint, v2, marker, id }: { constraint: TConstraintResult; v2: TConstraintV2; marker?: string; id: string }) {
  const evidenceCount = constraint.evidence.behavioral.length + constraint.evidence.execution.length;
  return (
    // In print the card may break across pages (its evidence is open there); its head stays together.
    <article aria-labelledby={id} className="rounded-lg border border-line bg-white p-4">
      <div className="break-inside-avoid">
        <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1.5">
          {/* The title keeps at least 14rem; below that the badges move to the next line instead of squeezing it. */}
          <h3 id={id} className="min-w-0 flex-[1_1_14rem] text-lg font-semibold leading-snug [overflow-wrap:anywhere]">
            {marker ? <MarkerBadge marker={marker} /> : null}
            {constraint.title}
          </h3>
          <span className="flex flex-wrap gap-1.5">
            <ClassBadge cls={constraint.class} />
            {v2.borderline ? (
              <span className="inline-flex items-center rounded-full border border-warn bg-white px-2.5 py-0.5 text-xs font-semibold text-warn">Borderline</span>
            ) : null}
          </span>
        </div>
        <p className="mt-1 text-ink/90">{constraint.summary}</p>

        <div className="mt-2.5 grid grid-cols-2 gap-x-4 gap-y-2">
          <MiniScore label="Behavioral" score={constraint.behavioralScore} colorClass="bg-behavioral" />
          <MiniScore label="Execution" score={constraint.executionScore} colorClass="bg-execution" />
          {v2.adoptionScore !== null ? <MiniScore label="Team adoption gap" score={v2.adoptionScore} colorClass="bg-[#2a5d9f]" className="col-span-2 sm:col-span-1" /> : null}
        </div>
        <p className="mt-2 text-sm text-muted">
          Deficit <span className="font-semibold text-ink">{SEVERITY_LABEL[v2.severity]}</span> · Confidence{" "}
          <span className="font-semibold text-ink">{CONFIDENCE_LABEL[constraint.confidence.level].toLowerCase()}</span> (
          {Math.round(constraint.confidence.value * 100)}%) · {Math.round(constraint.answeredShare * 100)}% answered · Answers point to{" "}
          {ATTRIBUTION_LABEL[v2.attribution]}
        </p>
      </div>

      {v2.keyAnswers.length > 0 ? (
        <div className="mt-2 text-sm">
          <h4 className="inline font-semibold">Key answers: </h4>
          <ul className="inline">
            {v2.keyAnswers.map((answer, i) => (
              <li key={answer} className="inline">
                {i > 0 ? <span aria-hidden="true" className="text-muted"> · </span> : null}
                {answer}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {v2.borderline ? (
        <div className="mt-2 break-inside-avoid rounded-md border border-warn/60 px-3 py-2 text-sm">
          <p className="font-semibold text-warn">One answer from another class. What would settle it:</p>
          <ul className="mt-0.5 list-disc space-y-0.5 pl-5 text-ink/90">
            {v2.borderline.settle.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {v2.openSide ? (
        <p className="mt-2 text-sm text-ink/90">
          <span className="font-semibold">The {SIDE_LABEL[v2.openSide]} side is still open:</span> too few answers on it to rule a{" "}
          {SIDE_LABEL[v2.openSide]} deficit out.
        </p>
      ) : null}
      {v2.checks.length > 0 ? (
        <div className="mt-2 text-sm">
          <p className="font-semibold text-warn">Check these answers</p>
          <ul className="mt-0.5 list-disc space-y-0.5 pl-5 text-ink/90">
            {v2.checks.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {evidenceCount > 0 ? (
        <Disclosure summary={`Evidence behind this (${evidenceCount} answer${evidenceCount === 1 ? "" : "s"})`} className="mt-1 text-sm">
          <div className="grid gap-4 md:grid-cols-2">
            <EvidenceList title="Behavioral evidence" items={constraint.evidence.behavioral} empty="No behavioral signs were reported." />
            <EvidenceList title="Execution evidence" items={constraint.evidence.execution} empty="No execution signs were reported." />
          </div>
        </Disclosure>
      ) : null}
    </article>
  );
}

/**
 * One constraint as the engine classified it: class, both scores, confidence, summary and evidence.
 * A v2 result gets the compact card; a v1 result the full one, as it always had.
 */
export function ConstraintCard({ constraint, marker, headingId }: TConstraintCardProps) {
  const id = headingId ?? `constraint-${constraint.constraintId}-title`;
  if (constraint.v2) return <CompactConstraintCard constraint={constraint} v2={constraint.v2} marker={marker} id={id} />;
  const confidencePct = Math.round(constraint.confidence.value * 100);
  return (
    <article aria-labelledby={id} className="rounded-lg border border-line bg-white p-5">
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <h3 id={id} className="min-w-0 flex-1 text-lg font-semibold leading-snug [overflow-wrap:anywhere]">
          {marker ? <MarkerBadge marker={marker} /> : null}
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
