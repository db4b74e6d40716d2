import Link from "next/link";
import type { ReactNode } from "react";
import { economicsLimits, requireQuestionnaire } from "@/lib/diagnostic";
import type { TDiagnosticInput, TDiagnosticResult } from "@/lib/diagnostic";
import { BlueprintView } from "@/components/results/blueprint-view";
import { constraintMarker } from "@/components/results/class-meta";
import { ConstraintCard } from "@/components/results/constraint-card";
import { CostPanel } from "@/components/results/cost-panel";
import { DecisionSummary } from "@/components/results/decision-summary";
import { FailureModeList } from "@/components/results/failure-mode-list";
import { QuadrantChart } from "@/components/results/quadrant-chart";
import { toQuadrantConstraints } from "@/components/results/quadrant-data";
import { RecommendationSummary } from "@/components/results/recommendation-summary";
import { ConstraintsLayout } from "@/components/results/constraints-layout";

type TResultsViewProps = {
  input: TDiagnosticInput;
  result: TDiagnosticResult;
  /** Show the cost assumptions as inputs that re-price the estimate live. */
  editableCosts: boolean;
  /** PUT endpoint for the economics answers; without it the edits stay local (no save button). */
  saveCostsUrl?: string;
  /** 2 by default; pass 1 when the page has no h1 of its own and the recommendation should be its title. */
  headlineLevel?: 1 | 2;
  /** Fold the warnings, blueprint and costs away behind their headings (a consultant's page). */
  foldDetails?: boolean;
};

/**
 * A section a consultant's page folds away: its heading stays in the outline and opens it; print
 * shows it open, as the result's other disclosures do.
 */
function FoldedSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`}>
      <details className="group print:details-content:[content-visibility:visible]">
        <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 [&::-webkit-details-marker]:hidden">
          <svg aria-hidden="true" focusable="false" width="14" height="14" viewBox="0 0 12 12" className="shrink-0 text-accent transition-transform group-open:rotate-90 print:hidden">
            <path d="M4 2 L8.5 6 L4 10" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          <h2 id={`${id}-title`} className="text-xl font-semibold">
            {title}
          </h2>
        </summary>
        <div className="mt-4 space-y-4">{children}</div>
      </details>
    </section>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-4">
      <h2 id={`${id}-title`} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * The whole stored result, in reading order. Server component; the charts and cost panel are client
 * islands. A v2 result (one with a decision) opens with the decision, puts the chart beside compact
 * constraint cards and tucks long parts behind disclosures; a v1 result renders as it always has.
 */
export function ResultsView({ input, result, editableCosts, saveCostsUrl, headlineLevel = 2, foldDetails = false }: TResultsViewProps) {
  // A consultant's results page holds far more than the result: its detail sections fold away there.
  const Detail = foldDetails ? FoldedSection : Section;
  const threshold = requireQuestionnaire(result.questionnaireVersion).scoring.deficitThreshold;
  const { decision } = result;
  const compact = decision !== undefined;
  const chart = <QuadrantChart constraints={toQuadrantConstraints(result.constraints)} threshold={threshold} />;
  const cards = (
    <div className={compact ? "space-y-3" : "space-y-4"}>
      {result.constraints.map((constraint, i) => (
        <ConstraintCard key={constraint.constraintId} constraint={constraint} marker={constraintMarker(i)} />
      ))}
    </div>
  );
  return (
    <div className="space-y-10">
      {decision ? (
        <DecisionSummary decision={decision} recommendation={result.recommendation} headingLevel={headlineLevel} restsOn={result.basis?.sentence} splits={result.basis?.contested.map((c) => c.sentence)} />
      ) : (
        <RecommendationSummary recommendation={result.recommendation} headingLevel={headlineLevel} />
      )}

      <Section id="results-constraints" title="Constraints">
        <ConstraintsLayout compact={compact} chart={chart} cards={cards} />
      </Section>

      <Detail id="results-warnings" title="Warnings">
        <FailureModeList failureModes={result.failureModes} compact={compact} />
      </Detail>

      <Detail id="results-blueprint" title="Engagement blueprint">
        <BlueprintView blueprint={result.blueprint} compact={compact} />
      </Detail>

      <Detail id="results-costs" title="Cost of action against inaction">
        <CostPanel input={input} result={result} editable={editableCosts} saveUrl={saveCostsUrl} limits={economicsLimits(input.questionnaireVersion)} />
      </Detail>

      <p>
        <Link href="/methodology" className="font-medium text-accent underline underline-offset-2 hover:text-accent-strong">
          How these results are calculated
        </Link>
      </p>
    </div>
  );
}
