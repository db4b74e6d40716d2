import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ReleasePanel } from "@/components/account/release-panel";
import { RespondentsPanel } from "@/components/account/respondents-panel";
import { PerspectivesView } from "@/components/report/perspectives-view";
import { ShareLinksPanel } from "@/components/report/share-links-panel";
import { ResultsView } from "@/components/results/results-view";
import {
  DEFAULT_REPORT_SECTIONS,
  forecastWithheldGroups,
  PERSPECTIVE_LABELS,
  probeQuestions,
  REPORT_SECTION_LABELS,
  requireQuestionnaire,
  ZPerspective,
  ZReportSection,
} from "@/lib/diagnostic";
import { EMAIL_OFF, emailEnabled } from "@/lib/email/mailer";
import { toShareLinkRow } from "@/lib/sharing/list-share-links";
import { compareIntakePerspectives } from "@/lib/workspace/compare-intake-perspectives";
import { listIntakeRespondents } from "@/lib/workspace/list-intake-respondents";
import { openPage } from "@/app/_boundary/open-page";
import { PAGES } from "@/lib/contract/pages";
import { listIntakeShareLinks } from "@/lib/workspace/list-intake-share-links";
import { readIntakeRelease } from "@/lib/workspace/read-intake-release";
import { openIntakeNotes } from "@/lib/workspace/open-intake-notes";
import { openIntakeResult } from "@/lib/workspace/open-intake-result";

export const metadata: Metadata = { title: "Intake results", robots: { index: false } };

export default async function IntakeResultsPage({ params }: PageProps<"/workspace/diagnostics/[id]/results">) {
  const { id } = await params;
  // The session, the workspace and the diagnostic are looked up once; the parts load side by side.
  const [opened, notes, respondents, comparison, release, links] = await openPage(PAGES.intakeResults, params, ({ diagnostic }) =>
    Promise.all([
      openIntakeResult(diagnostic),
      openIntakeNotes(diagnostic),
      listIntakeRespondents(diagnostic),
      compareIntakePerspectives(diagnostic),
      readIntakeRelease(diagnostic),
      listIntakeShareLinks(diagnostic),
    ]),
  );
  if (!opened) redirect(`/workspace/diagnostics/${id}`);
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
      <p className="text-sm">
        <Link href="/workspace" className="text-accent underline">
          Back to the workspace
        </Link>
      </p>
      <ResultsView input={opened.input} result={opened.result} editableCosts={false} headlineLevel={1} />
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
      <RespondentsPanel
        diagnosticId={id}
        emailOff={emailEnabled() ? null : EMAIL_OFF}
        respondents={respondentRows}
        probesPerRespondent={probeCount}
        perspectives={ZPerspective.options.map((p) => ({ value: p, label: PERSPECTIVE_LABELS[p].one }))}
        withheld={forecastWithheldGroups(respondents.flatMap((r) => ZPerspective.safeParse(r.perspective).data ?? []))}
      />
      {comparison && (comparison.groups.length > 1 || comparison.withheld.length > 0) ? (
        <section aria-labelledby="perspectives-title" className="space-y-4">
          <h2 id="perspectives-title" className="text-xl font-semibold">Perspectives and perception gaps</h2>
          <PerspectivesView comparison={comparison} />
        </section>
      ) : null}
      <ReleasePanel
        diagnosticId={id}
        releasedAt={release.releasedAt?.toISOString() ?? null}
        chosen={release.sections ?? [...DEFAULT_REPORT_SECTIONS]}
        options={ZReportSection.options.map((value) => ({ value, label: REPORT_SECTION_LABELS[value] }))}
      />
      {release.releasedAt ? <ShareLinksPanel apiBase={`/api/workspace/diagnostics/${id}`} links={links.map(toShareLinkRow)} /> : null}
    </div>
  );
}
