import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AssessmentChange } from "@/components/account/assessment-change";
import { EngagementHeader } from "@/components/account/engagement-header";
import { ReinvitePanel } from "@/components/account/reinvite-panel";
import { ReleasePanel } from "@/components/account/release-panel";
import { RespondentsPanel } from "@/components/account/respondents-panel";
import { VerdictBasisForm } from "@/components/account/verdict-basis-form";
import { PerspectivesView } from "@/components/report/perspectives-view";
import { ShareLinksPanel } from "@/components/report/share-links-panel";
import { ResultsView } from "@/components/results/results-view";
import {
  BASIS_PERSPECTIVE_LABELS,
  DEFAULT_VERDICT_BASIS,
  ZBasisPerspective,
  type TBasisPerspective,
  forecastWithheldGroups,
  LEADER_OPT_INS,
  RELEASE_SECTION_OPTIONS,
  PERSPECTIVE_LABELS,
  probeQuestions,
  REPORT_SECTION_LABELS,
  requireQuestionnaire,
  ZPerspective,
  ZReportAudience,
  type TReportAudience,
} from "@/lib/diagnostic";
import { EMAIL_OFF, emailEnabled } from "@/lib/email/mailer";
import { toShareLinkRow } from "@/lib/sharing/list-share-links";
import { listIntakeRespondents } from "@/lib/workspace/list-intake-respondents";
import { openPage } from "@/app/_boundary/open-page";
import { PAGES } from "@/lib/contract/pages";
import { listIntakeShareLinks } from "@/lib/workspace/list-intake-share-links";
import { readIntakeReleases } from "@/lib/workspace/read-intake-release";
import { openIntakeNotes } from "@/lib/workspace/open-intake-notes";
import { openIntakeResult } from "@/lib/workspace/open-intake-result";
import { changeSinceLastAssessment } from "@/lib/workspace/change-since-last-assessment";
import { openEngagement } from "@/lib/workspace/open-engagement";
import { respondentsToReinvite } from "@/lib/workspace/reinvite-respondents";

export const metadata: Metadata = { title: "Intake results", robots: { index: false } };

const BASIS_HINTS: Record<TBasisPerspective, string> = {
  intake: "Whoever answered this intake with you.",
  self: "Usually left out: counting it lets the leader's own view move their diagnosis.",
  manager: "A named view. If the CEO answered the intake, do not count them twice.",
  board: "Counted with peers as one view, whatever its size; from three raters, or two who consented.",
  peer: "Counted with board members as one view, whatever its size; from three raters, or two who consented.",
};

const NOTICES = {
  released: { leader: "Released to the leader.", board: "Released to the board." },
  withdrawn: { leader: "Withdrawn: the leader's link no longer shows the report.", board: "Withdrawn: every board link now shows “not available”." },
} as const;

export default async function IntakeResultsPage({ params, searchParams }: PageProps<"/workspace/diagnostics/[id]/results">) {
  const { id } = await params;
  const query = await searchParams;
  const basisNotice = query.basis;
  const notice = (audience: TReportAudience) =>
    query.released === audience ? NOTICES.released[audience] : query.withdrawn === audience ? NOTICES.withdrawn[audience] : null;
  // The session, the workspace and the diagnostic are looked up once; the parts load side by side.
  const [intake, notes, respondents, releases, links, engagement, toReinvite] = await openPage(PAGES.intakeResults, params, ({ consultant, diagnostic }) =>
    Promise.all([
      openIntakeResult(diagnostic),
      openIntakeNotes(diagnostic),
      listIntakeRespondents(diagnostic),
      readIntakeReleases(diagnostic),
      listIntakeShareLinks(diagnostic),
      openEngagement(consultant, diagnostic),
      respondentsToReinvite(consultant, diagnostic),
    ]),
  );
  if (!intake) redirect(`/workspace/diagnostics/${id}`);
  const { opened, comparison } = intake;
  const change = await changeSinceLastAssessment(engagement, opened.result);
  const probeCount = probeQuestions(requireQuestionnaire(opened.result.questionnaireVersion)).length * opened.result.constraints.length;
  const respondentRows = respondents.map((r) => {
    const perspective = ZPerspective.safeParse(r.perspective);
    return {
      id: r.id,
      name: r.name,
      perspectiveLabel: perspective.success ? PERSPECTIVE_LABELS[perspective.data].one : r.perspective,
      invitedAt: r.invitedAt.toISOString(),
      submittedAt: r.submittedAt?.toISOString() ?? null,
      answered: r.answered,
      email: r.email,
      openedAt: r.openedAt?.toISOString() ?? null,
      remindedAt: r.remindedAt?.toISOString() ?? null,
      dueAt: r.dueAt?.toISOString() ?? null,
      overdue: r.overdue,
      delivery: r.delivery
        ? { ...r.delivery, nextAttemptAt: r.delivery.nextAttemptAt?.toISOString() ?? null, sentAt: r.delivery.sentAt?.toISOString() ?? null }
        : null,
    };
  });
  const noted = opened.result.constraints.filter((c) => notes[c.constraintId]);
  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <EngagementHeader engagement={engagement} finished asTitle />
      {change && engagement.previous ? <AssessmentChange change={change} previousNumber={engagement.previous.number} /> : null}
      <div id="results" className="scroll-mt-4">
        <ResultsView input={opened.input} result={opened.result} editableCosts={false} headlineLevel={2} foldDetails />
      </div>
      {noted.length > 0 ? (
        <section aria-labelledby="notes-title" className="rounded-lg border border-dashed border-accent bg-accent-soft p-4 sm:p-5">
          <h2 id="notes-title" className="text-lg font-semibold">Your private notes</h2>
          <dl className="mt-2 space-y-3">
            {noted.map((c) => (
              <div key={c.constraintId}>
                <dt className="font-semibold break-words">{c.title}</dt>
                <dd className="whitespace-pre-wrap break-words text-ink/90">{notes[c.constraintId]}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      {/* Rendered while there is a previous assessment, even once everyone is invited again: the new links stay on screen after the refresh. */}
      {toReinvite.previousNumber !== null ? (
        <ReinvitePanel
          diagnosticId={id}
          previousNumber={toReinvite.previousNumber}
          respondents={toReinvite.respondents.map((r) => {
            const perspective = ZPerspective.safeParse(r.perspective);
            return { name: r.name, perspectiveLabel: perspective.success ? PERSPECTIVE_LABELS[perspective.data].one : r.perspective };
          })}
        />
      ) : null}
      <RespondentsPanel
        diagnosticId={id}
        emailOff={emailEnabled() ? null : EMAIL_OFF}
        respondents={respondentRows}
        probesPerRespondent={probeCount}
        perspectives={ZPerspective.options.map((p) => ({ value: p, label: PERSPECTIVE_LABELS[p].one }))}
        withheld={forecastWithheldGroups(respondents.flatMap((r) => ZPerspective.safeParse(r.perspective).data ?? []))}
      />
      {respondents.length > 0 || comparison.groups.length > 2 ? (
        <section id="perspectives" aria-labelledby="perspectives-title" className="scroll-mt-4 space-y-4">
          <h2 id="perspectives-title" className="text-xl font-semibold">Perspectives and perception gaps</h2>
          {opened.result.basis ? <p className="text-ink/90">{opened.result.basis.sentence}</p> : null}
          <VerdictBasisForm
            diagnosticId={id}
            chosen={opened.result.basis?.chosen ?? [...DEFAULT_VERDICT_BASIS]}
            options={ZBasisPerspective.options.map((p) => ({ value: p, label: BASIS_PERSPECTIVE_LABELS[p], hint: BASIS_HINTS[p] }))}
            notice={basisNotice === "saved" || basisNotice === "empty" ? basisNotice : undefined}
          />
          {comparison.groups.length > 2 || comparison.withheld.length > 0 ? <PerspectivesView comparison={comparison} /> : null}
        </section>
      ) : null}
      <div id="release" className="scroll-mt-4 space-y-8">
        {ZReportAudience.options.map((audience) => (
          <ReleasePanel
            key={audience}
            diagnosticId={id}
            audience={audience}
            releasedAt={releases[audience].releasedAt?.toISOString() ?? null}
            resultRevision={releases[audience].resultRevision}
            newerResult={releases[audience].newerResult}
            chosen={releases[audience].sections}
            options={RELEASE_SECTION_OPTIONS[audience].map((value) => ({ value, label: REPORT_SECTION_LABELS[value], optIn: (LEADER_OPT_INS as readonly string[]).includes(value) }))}
            notice={notice(audience)}
          />
        ))}
        {/* Links stay listed (to revoke) while the board's release is withdrawn; they show "not available" meanwhile. */}
        {releases.board.releasedAt || links.length > 0 ? <ShareLinksPanel apiBase={`/api/workspace/diagnostics/${id}`} links={links.map(toShareLinkRow)} /> : null}
      </div>
    </div>
  );
}
