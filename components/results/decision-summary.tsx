import type { ReactNode } from "react";
import type { TDecision, TRecommendation } from "@/lib/diagnostic";
import { IN_PLACE_META, LEVER_META } from "@/components/results/class-meta";

type TDecisionSummaryProps = {
  decision: TDecision;
  recommendation: TRecommendation;
  /** Id of the decision's title, so a surrounding section can use it as its accessible name. */
  headingId?: string;
  /** 2 by default; 1 when the decision is the page's title. Every part is one level below. */
  headingLevel?: 1 | 2;
  /** A consultant's intake: whose views the verdict rests on, in the engine's words. */
  restsOn?: string;
  /** Constraints the counted views read on opposite sides, to settle before acting. */
  splits?: readonly string[];
};

const CONFIDENCE_LABEL = { low: "Low", medium: "Medium", high: "High" } as const;

/** Amber panel for what needs attention before acting; the heading says so in words, not colour alone. */
export const WARNING_BOX = "rounded-lg border border-warn border-l-8 bg-[#fdf6ec] p-4 sm:p-5";

function WarningIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 20 20" className="mt-0.5 shrink-0 text-warn">
      <path d="M10 2 L19 18 H1 Z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
      <path d="M10 8 V12.5 M10 15 V15.2" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

function Panel({ title, level, children }: { title: string; level: "h2" | "h3"; children: ReactNode }) {
  const Heading = level;
  return (
    <div className="rounded-lg border border-line bg-white p-4 sm:p-5 print:break-inside-avoid print:p-3">
      <Heading className="text-base font-semibold">{title}</Heading>
      <div className="mt-2">{children}</div>
    </div>
  );
}

/**
 * The v2 result's opening: what to do (primary lever, a scoped second step), what to do with what is
 * in place, whether it fits the deadline, the first thirty days, answers to check, then why and what
 * would change it. Everything is the engine's wording; nothing is decided here.
 */
export function DecisionSummary({ decision, recommendation, headingId = "decision-title", headingLevel = 2, restsOn, splits = [] }: TDecisionSummaryProps) {
  const meta = LEVER_META[decision.primary.lever];
  const Title = headingLevel === 1 ? "h1" : "h2";
  const Part = headingLevel === 1 ? "h2" : "h3";
  const deadline = decision.deadlineFit;
  return (
    <div className="space-y-4 print:space-y-3">
      <div className={`rounded-lg border border-l-8 border-line ${meta.borderClass} ${meta.softBgClass} p-5 sm:p-6 print:break-inside-avoid print:p-4`}>
        <p className={`text-sm font-semibold uppercase tracking-wide ${meta.textClass}`}>
          Decision · <span className="normal-case">{recommendation.label}</span>
        </p>
        <Title id={headingId} className="mt-2 text-2xl font-semibold leading-snug tracking-tight text-ink sm:text-3xl print:text-xl">
          {decision.primary.title}
        </Title>
        <p className="mt-2 text-lg text-ink/90 print:text-base">{decision.primary.sentence}</p>
        {restsOn ? (
          <p className="mt-3 text-sm text-ink/80" data-testid="verdict-basis">
            <span className="font-semibold text-ink">Whose view: </span>
            {restsOn}
          </p>
        ) : null}
        {splits.length > 0 ? (
          <ul className="mt-2 space-y-1 text-sm font-medium text-warn" data-testid="verdict-splits">
            {splits.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        ) : null}
        {decision.secondary ? (
          <div className="mt-4 border-t border-line pt-4">
            <p className="text-xs font-semibold uppercase tracking-wide text-muted">Second step</p>
            <p className="mt-1 font-semibold">{decision.secondary.title}</p>
            <p className="text-ink/90">{decision.secondary.sentence}</p>
          </div>
        ) : null}
        {decision.fundFirst ? (
          <p className="mt-4 border-t border-line pt-4 text-ink/90">
            <span className="font-semibold text-ink">If you can fund one lever now: </span>
            {decision.fundFirst}
          </p>
        ) : null}
      </div>

      {deadline ? (
        deadline.fits ? (
          <p className="flex gap-3 rounded-lg border border-line bg-white p-4 text-ink/90">
            <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 20 20" className="mt-0.5 shrink-0 text-accent">
              <path d="M4 10.5 L8.5 15 L16 5.5" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            <span>
              <span className="font-semibold text-ink">Fits the deadline. </span>
              {deadline.sentence}
            </span>
          </p>
        ) : (
          <div className={`${WARNING_BOX} flex gap-3`}>
            <WarningIcon />
            <p>
              <span className="font-semibold text-warn">Does not fit the deadline. </span>
              {deadline.sentence}
            </p>
          </div>
        )
      ) : null}

      <div className="grid gap-4 md:grid-cols-2 print:grid-cols-2 print:gap-3">
        <Panel title="What is in place, and what to add" level={Part}>
          <ul className="divide-y divide-line">
            {decision.inPlace.map((item, i) => {
              const action = IN_PLACE_META[item.action];
              // The advice to add the primary lever often repeats its sentence word for word: say it once.
              const why = item.why === decision.primary.sentence ? null : item.why;
              return (
                <li key={`${item.action}-${i}`} className="flex gap-3 py-2.5 first:pt-0 last:pb-0">
                  <span className={`mt-0.5 inline-flex h-6 w-20 shrink-0 items-center justify-center rounded-full border bg-white text-xs font-semibold ${action.className}`}>
                    {action.label}
                    <span className="sr-only">:</span>
                  </span>
                  <span className="min-w-0">
                    <span className="block font-semibold [overflow-wrap:anywhere]">{item.what}</span>
                    {why ? <span className="block text-sm text-ink/90">{why}</span> : null}
                  </span>
                </li>
              );
            })}
          </ul>
        </Panel>
        <Panel title="First 30 days" level={Part}>
          <ol className="space-y-2">
            {decision.firstThirtyDays.map((step, i) => (
              <li key={`${i}-${step}`} className="flex gap-2.5">
                <span aria-hidden="true" className="mt-px inline-grid h-5 w-5 shrink-0 place-items-center rounded-full bg-accent text-xs font-bold text-white [print-color-adjust:exact]">
                  {i + 1}
                </span>
                <span className="text-sm text-ink/90">{step}</span>
              </li>
            ))}
          </ol>
        </Panel>
      </div>

      {decision.checkAnswers.length > 0 ? (
        <div className={`${WARNING_BOX} flex gap-3`}>
          <WarningIcon />
          <div className="min-w-0">
            <Part className="font-semibold text-warn">Check these answers before acting</Part>
            <p className="mt-1 text-sm text-ink/90">They contradict each other; the decision could change once they are corrected.</p>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-ink/90">
              {decision.checkAnswers.map((item, i) => (
                <li key={`${i}-${item}`}>{item}</li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}

      <div className="grid gap-4 md:grid-cols-2 print:grid-cols-2 print:gap-3">
        <Panel title="Why" level={Part}>
          <ul className="list-disc space-y-1.5 pl-5 text-sm text-ink/90">
            {recommendation.why.map((reason, i) => (
              <li key={`${i}-${reason}`}>{reason}</li>
            ))}
          </ul>
          <p className="mt-3 text-sm text-muted">
            Rule applied: <span className="text-ink">{decision.rule}</span>
          </p>
        </Panel>
        <Panel title="What would change this" level={Part}>
          <ul className="list-disc space-y-1.5 pl-5 text-sm text-ink/90">
            {decision.whatWouldChange.map((item, i) => (
              <li key={`${i}-${item}`}>{item}</li>
            ))}
          </ul>
          <p className="mt-3 border-t border-line pt-3 text-sm text-ink/90">
            <span className="font-semibold text-ink">Confidence: {CONFIDENCE_LABEL[decision.confidence.level]}. </span>
            {decision.confidence.sentence}
          </p>
        </Panel>
      </div>
    </div>
  );
}
