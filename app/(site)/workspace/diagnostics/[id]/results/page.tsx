import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ReleasePanel } from "@/components/account/release-panel";
import { RespondentsPanel } from "@/components/account/respondents-panel";
import { PerspectivesView } from "@/components/report/perspectives-view";
import { ShareLinksPanel } from "@/components/report/share-links-panel";
import { ResultsView } from "@/components/results/results-view";
import {
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
import { toShareLinkRow } from "@/lib/sharing/list-share-links";
import { compareIntakePerspectives } from "@/lib/workspace/compare-intake-perspectives";
import { listIntakeRespondents } from "@/lib/workspace/list-intake-respondents";
import { openPage } from "@/app/_boundary/open-page";
import { PAGES } from "@/lib/contract/pages";
import { listIntakeShareLinks } from "@/lib/workspace/list-intake-share-links";
import { readIntakeReleases } from "@/lib/workspace/read-intake-release";
import { openIntakeNotes } from "@/lib/workspace/open-intake-notes";
import { openIntakeResult } from "@/lib/workspace/open-intake-result";

export const metadata: Metadata = { title: "Intake results", robots: { index: false } };

const NOTICES = {
  released: { leader: "Released to the leader.", board: "Released to the board." },
  withdrawn: { leader: "Withdrawn: the leader's link no longer shows the report.", board: "Withdrawn: every board link now shows “not available”." },
} as const;

export default async function IntakeResultsPage({ params, searchParams }: PageProps<"/workspace/diagnostics/[id]/results">) {
  const { id } = await params;
  const query = await searchParams;
  const notice = (audience: TReportAudience) =>
    query.released === audience ? NOTICES.released[audience] : query.withdrawn === audience ? NOTICES.withdrawn[audience] : null;
  // The session, the workspace and the diagnostic are looked up once; the parts load side by side.
  const [opened, notes, respondents, comparison, releases, links] = await openPage(PAGES.intakeResults, params, ({ diagnostic }) =>
    Promise.all([
      openIntakeResult(diagnostic),
      openIntakeNotes(diagnostic),
      listIntakeRespondents(diagnostic),
      compareIntakePerspectives(diagnostic),
      readIntakeReleases(diagnostic),
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
  );
}
