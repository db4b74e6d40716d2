import type { Metadata } from "next";
import Link from "next/link";
import { HandoffChecklist } from "@/components/account/handoff-checklist";
import { ProgressChart } from "@/components/account/progress-chart";
import { CLASS_META } from "@/components/results/class-meta";
import { CURRENT_QUESTIONNAIRE_VERSION, requireQuestionnaire } from "@/lib/diagnostic";
import { leaderProgress } from "@/lib/workspace/leader-progress";
import { openPage } from "@/app/_boundary/open-page";
import { PAGES } from "@/lib/contract/pages";
import { formatDay } from "@/lib/format-date";

export const metadata: Metadata = { title: "Leader progress", robots: { index: false } };


/** Diagnose, act, evaluate: each constraint's scores and class across re-assessments, and the handoff. */
export default async function LeaderProgressPage({ params }: PageProps<"/workspace/leaders/[id]">) {
  const { leader, progress, blueprint, handoff } = await openPage(PAGES.leader, params, ({ consultant, leader }) => leaderProgress(consultant, leader));
  const threshold = requireQuestionnaire(CURRENT_QUESTIONNAIRE_VERSION).scoring.deficitThreshold;
  return (
    <div className="space-y-8">
      <p className="text-sm">
        <Link href="/workspace" className="text-accent underline">Back to the workspace</Link>
      </p>
      <header>
        <h1 className="text-2xl font-semibold break-words">
          {leader.name}
          {leader.title ? <span className="font-normal text-muted">, {leader.title}</span> : null}
        </h1>
        <p className="text-muted break-words">{leader.clientName} · progress across assessments</p>
      </header>
      {!progress ? (
        <p className="rounded-lg border border-dashed border-line p-6 text-center text-muted">No finished assessment yet. Start an intake session from the workspace.</p>
      ) : (
        <>
          <p className="rounded-lg border border-line bg-white p-4">
            <strong>{progress.assessments} assessment{progress.assessments === 1 ? "" : "s"}.</strong> {progress.summary}
          </p>
          {blueprint && handoff ? (
            <HandoffChecklist leaderId={leader.id} handoff={handoff} summary={blueprint.handoff.summary} />
          ) : null}
          {progress.constraints.map((constraint) => (
            <section key={constraint.key} aria-labelledby={`c-${constraint.key}`} className="space-y-3 rounded-lg border border-line bg-white p-4 sm:p-5">
              <h2 id={`c-${constraint.key}`} className="text-lg font-semibold break-words">
                {constraint.title} {constraint.resolved ? <span className="text-sm font-normal text-accent">· resolved</span> : null}
              </h2>
              <ProgressChart
                threshold={threshold}
                points={constraint.points.map((p) => ({ label: formatDay(p.assessedAt), behavioral: p.behavioralScore, execution: p.executionScore }))}
              />
              <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={`Scores of ${constraint.title} by assessment`}>
                <table className="w-full text-left text-sm">
                  <caption className="sr-only">Scores and class of {constraint.title} at each assessment</caption>
                  <thead>
                    <tr className="border-b border-line">
                      <th scope="col" className="py-2 pr-3">Assessed</th>
                      <th scope="col" className="py-2 pr-3">Behavioral</th>
                      <th scope="col" className="py-2 pr-3">Execution</th>
                      <th scope="col" className="py-2">Class</th>
                    </tr>
                  </thead>
                  <tbody>
                    {constraint.points.map((p) => (
                      <tr key={p.assessedAt} className="border-b border-line last:border-0">
                        <td className="py-2 pr-3">{formatDay(p.assessedAt)}</td>
                        <td className="py-2 pr-3">{p.behavioralScore}</td>
                        <td className="py-2 pr-3">{p.executionScore}</td>
                        <td className="py-2">{CLASS_META[p.class].label}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          ))}
        </>
      )}
    </div>
  );
}
