import type { Metadata } from "next";
import { ClaimPanel } from "@/components/account/claim-panel";
import { redirect } from "next/navigation";
import { openPage } from "@/app/_boundary/open-page";
import { DeleteDiagnostic } from "@/components/delete-diagnostic";
import { ResultsView } from "@/components/results/results-view";
import { ShareLinksPanel } from "@/components/report/share-links-panel";
import { ResumeLinkPanel } from "@/components/resume-link-panel";
import { PAGES } from "@/lib/contract/pages";
import { openResult } from "@/lib/self-serve/open-result";
import { formatDayTime } from "@/lib/format-date";

export const metadata: Metadata = { title: "Your results", robots: { index: false, follow: false } };
// Nothing here reads the request, but a stored result must never be served from Next's own cache.
export const dynamic = "force-dynamic";

/**
 * The same for everyone holding the link, for a given result: the proxy serves it from its page
 * rendered once per result (lib/self-serve/results-document.ts). What changes between visits (the
 * board links and their views, whether the visitor is signed in) the panels load themselves.
 */
export default async function ResultsPage({ params }: PageProps<"/d/[token]/results">) {
  const { token } = await params;
  const opened = await openPage(PAGES.results, params, (access) => openResult(access.params.token));
  if (!opened) redirect(`/d/${token}`);
  const { input, result, revision, scoredAt } = opened;

  return (
    <div className="mx-auto max-w-4xl space-y-10" data-results-page>
      <header className="space-y-1">
        <p className="text-sm font-semibold uppercase tracking-wide text-accent">Diagnostic results</p>
        <p className="text-sm text-muted">
          Scored {formatDayTime(scoredAt)} · revision {revision} · questionnaire {result.questionnaireVersion} · engine{" "}
          {result.engineVersion}
        </p>
      </header>
      <ResultsView input={input} result={result} editableCosts saveCostsUrl={`/api/diagnostics/${token}/assumptions`} headlineLevel={1} />
      <ShareLinksPanel apiBase={`/api/diagnostics/${token}`} />
      <ClaimPanel token={token} />
      <ResumeLinkPanel path={`/d/${token}/results`} finished />
      <DeleteDiagnostic token={token} />
    </div>
  );
}
