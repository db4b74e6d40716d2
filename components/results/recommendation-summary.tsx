import type { TRecommendation } from "@/lib/diagnostic";
import { KIND_META } from "@/components/results/class-meta";

type TRecommendationSummaryProps = {
  recommendation: TRecommendation;
  /** Id for the headline, so a surrounding section can use it as its accessible name. */
  headingId?: string;
  /** 2 by default; use 1 when the headline is the page's title. "Why" is one level below. */
  headingLevel?: 1 | 2;
};

/** The recommendation in one sentence, its label and the reasons, as the engine wrote them. */
export function RecommendationSummary({ recommendation, headingId = "recommendation-headline", headingLevel = 2 }: TRecommendationSummaryProps) {
  const meta = KIND_META[recommendation.kind];
  const Headline = headingLevel === 1 ? "h1" : "h2";
  const Why = headingLevel === 1 ? "h2" : "h3";
  return (
    <div className={`rounded-lg border border-l-8 border-line ${meta.borderClass} ${meta.softBgClass} p-5 sm:p-6`}>
      <p className={`text-sm font-semibold uppercase tracking-wide ${meta.textClass}`}>
        Recommendation · <span className="normal-case">{recommendation.label}</span>
      </p>
      <Headline id={headingId} className="mt-2 text-2xl font-semibold leading-snug tracking-tight text-ink sm:text-3xl">
        {recommendation.headline}
      </Headline>
      <Why className="mt-5 text-base font-semibold">Why</Why>
      <ul className="mt-2 list-disc space-y-1.5 pl-5 text-ink/90">
        {recommendation.why.map((reason, i) => (
          <li key={i}>{reason}</li>
        ))}
      </ul>
    </div>
  );
}
