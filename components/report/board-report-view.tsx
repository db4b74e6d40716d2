import type { ReactNode } from "react";
import { BlueprintView } from "@/components/results/blueprint-view";
import { constraintMarker } from "@/components/results/class-meta";
import { ConstraintCard } from "@/components/results/constraint-card";
import { CostChart } from "@/components/results/cost-chart";
import { CostHeadline } from "@/components/results/cost-headline";
import { CostRanges } from "@/components/results/cost-ranges";
import { DecisionSummary } from "@/components/results/decision-summary";
import { FailureModeList } from "@/components/results/failure-mode-list";
import { QuadrantChart } from "@/components/results/quadrant-chart";
import { toQuadrantConstraints } from "@/components/results/quadrant-data";
import { PerspectivesView } from "@/components/report/perspectives-view";
import { RecommendationSummary } from "@/components/results/recommendation-summary";
import type { TBoardReport } from "@/lib/diagnostic";
import { formatDay } from "@/lib/format-date";
import { BrandMark, BrandScope } from "@/components/report/brand-mark";
import { ConstraintsLayout } from "@/components/results/constraints-layout";

function Section({ id, title, children, breakBefore = false }: { id: string; title: string; children: ReactNode; breakBefore?: boolean }) {
  return (
    <section aria-labelledby={`${id}-title`} className={`space-y-4 ${breakBefore ? "print:break-before-page" : ""}`}>
      <h2 id={`${id}-title`} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * The read-only report of a release, for the board or for the leader (titled for them; what it
 * holds was decided by the leader's release rules in lib/diagnostic). The board's report: an executive summary that fits one printed page, then the sections
 * its owner chose. A consultant's branding puts their logo and name on top and, when readable, their
 * colour on the report's accents and buttons (BrandScope). The engine's versions are in the appendix only.
 * A v2 result opens with its decision and shows costs as ranges; a v1 result renders as it always has.
 */
export function BoardReportView({ report, pdfHref }: { report: TBoardReport; pdfHref?: string }) {
  const { meta, result, topRisks, branding } = report;
  const { decision } = result;
  const compact = decision !== undefined;
  const chart = <QuadrantChart constraints={toQuadrantConstraints(result.constraints)} threshold={report.deficitThreshold} />;
  const cards = (
    <div className={compact ? "space-y-3" : "space-y-4"}>
      {result.constraints.map((constraint, i) => (
        // A v1 card prints whole; a v2 card may break (its evidence is open in print), see ConstraintCard.
        <div key={constraint.constraintId} className={compact ? undefined : "break-inside-avoid"}>
          <ConstraintCard constraint={constraint} marker={constraintMarker(i)} />
        </div>
      ))}
    </div>
  );
  const has = (section: TBoardReport["sections"][number]) => report.sections.includes(section);
  return (
    <BrandScope branding={branding}>
      <article className="space-y-10" data-board-report>
        <header
          className={`flex flex-wrap items-start justify-between gap-4 border-b border-line pb-5 ${branding ? "border-t-[6px] border-t-accent pt-4" : ""}`}
        >
          <div className="space-y-1">
            {branding ? <BrandMark branding={branding} /> : null}
            <p className="text-sm font-semibold uppercase tracking-wide text-accent">
              Leadership intervention diagnostic · {report.audience === "leader" ? "your report" : "board report"}
            </p>
            <p className="text-lg font-semibold">{meta.leaderLabel}</p>
            <p className="text-sm text-muted">
              Prepared by {meta.preparedBy} · {formatDay(meta.preparedAt)}
              {meta.freeTextIncluded ? "" : " · free-text descriptions withheld by the owner"}
            </p>
          </div>
          {pdfHref ? (
            <a
              href={pdfHref}
              className="inline-flex min-h-11 items-center rounded-md bg-accent px-4 font-semibold text-on-accent hover:bg-accent-strong print:hidden"
            >
              Download PDF
            </a>
          ) : null}
        </header>

        <section aria-labelledby="summary-title" className="space-y-6 print:break-after-page">
          <h2 id="summary-title" className="sr-only">
            Executive summary
          </h2>
          {!result.recommendation ? (
            <div className="space-y-2 rounded-lg border border-line bg-white p-4 sm:p-5">
              <h1 className="text-2xl font-semibold">Your constraints, as the diagnostic reads them</h1>
              <p className="text-ink/90">
                This report sets out each constraint and what holds it in place. {meta.preparedBy} will take you through the recommendation
                and the plan in person.
              </p>
            </div>
          ) : decision ? (
            <DecisionSummary decision={decision} recommendation={result.recommendation} headingLevel={1} restsOn={result.basis?.sentence} splits={result.basis?.contested.map((c) => c.sentence)} />
          ) : (
            <RecommendationSummary recommendation={result.recommendation} headingLevel={1} />
          )}
          {topRisks.length > 0 || report.audience === "board" ? (
            <div className="space-y-3">
              <h3 className="text-lg font-semibold">Top risks</h3>
              <FailureModeList failureModes={topRisks} compact={compact} />
            </div>
          ) : null}
          {result.costs ? (
            <div className="space-y-3">
              <h3 className="text-lg font-semibold">Cost of action against inaction</h3>
              {result.costs.v2 ? <CostRanges costs={result.costs} v2={result.costs.v2} headingLevel={4} /> : <CostHeadline costs={result.costs} />}
            </div>
          ) : null}
        </section>

        {has("perspectives") && report.perspectives ? (
          <Section id="report-perspectives" title="Perspectives and perception gaps" breakBefore>
            <PerspectivesView comparison={report.perspectives} />
          </Section>
        ) : null}

        {has("constraints") ? (
          <Section id="report-constraints" title="Constraint by constraint">
            <ConstraintsLayout compact={compact} chart={chart} cards={cards} />
          </Section>
        ) : null}

        {has("constraints") && result.failureModes.length > topRisks.length ? (
          <Section id="report-warnings" title="All warnings">
            <FailureModeList failureModes={result.failureModes} compact={compact} />
          </Section>
        ) : null}

        {has("consultant_notes") && report.consultantNotes.length > 0 ? (
          <Section id="report-notes" title="Consultant's notes">
            <dl className="space-y-3">
              {report.consultantNotes.map((note) => (
                <div key={note.constraintId} className="break-inside-avoid">
                  <dt className="font-semibold [overflow-wrap:anywhere]">{note.title}</dt>
                  <dd className="whitespace-pre-wrap [overflow-wrap:anywhere] text-ink/90">{note.text}</dd>
                </div>
              ))}
            </dl>
          </Section>
        ) : null}

        {has("blueprint") && result.blueprint ? (
          <Section id="report-blueprint" title="Engagement blueprint and handoff" breakBefore>
            <BlueprintView blueprint={result.blueprint} compact={compact} />
          </Section>
        ) : null}

        {has("costs") && result.costs ? (
          <Section id="report-costs" title="Cost over time">
            <CostChart costs={result.costs} />
          </Section>
        ) : null}

        {has("methodology") ? (
          <Section id="report-methodology" title="Appendix: methodology" breakBefore>
            {report.methodology.map((section) => (
              <div key={section.id} className="space-y-2 break-inside-avoid">
                <h3 className="font-semibold">{section.title}</h3>
                {section.paragraphs.map((paragraph) => (
                  <p key={paragraph} className="text-sm leading-relaxed text-ink/90">
                    {paragraph}
                  </p>
                ))}
              </div>
            ))}
            <p className="text-sm text-muted">
              Questionnaire {meta.questionnaireVersion} · engine {meta.engineVersion}
            </p>
          </Section>
        ) : null}
      </article>
    </BrandScope>
  );
}
