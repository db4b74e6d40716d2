import type { Metadata } from "next";
import { openPage } from "@/app/_boundary/open-page";
import { QuestionnaireWizard } from "@/components/questionnaire/questionnaire-wizard";
import { BoardReportView } from "@/components/report/board-report-view";
import { PAGES } from "@/lib/contract/pages";
import { answerVisibility, requireQuestionnaire } from "@/lib/diagnostic";
import { openingStep } from "@/lib/diagnostic/plan-steps";
import { formatLongDayTime } from "@/lib/format-date";
import { openRespondentSession } from "@/lib/respondents/open-respondent-session";
import { releasedReportForLeader } from "@/lib/respondents/released-report-for-leader";

export const metadata: Metadata = { title: "Your view", robots: { index: false, follow: false } };

/** A respondent's personal link: the intake's constraint questions, then (for the leader, once released) the report. */
export default async function RespondPage({ params, searchParams }: PageProps<"/respond/[token]">) {
  const { token } = await params;
  const { step } = await searchParams;
  const session = await openPage(PAGES.respond, params, (access) => openRespondentSession(access.params.token, { recordOpen: true }));
  const { respondent, leader } = session;
  const about = `${leader.name}${leader.title ? `, ${leader.title}` : ""}`;
  // The leader answers in the first person; everyone else is asked about the leader by name.
  const audience = { self: respondent.perspective === "self", leaderName: leader.name };

  if (respondent.submittedAt) {
    const report = await releasedReportForLeader(session);
    return (
      <div className="space-y-8">
        <section className="mx-auto max-w-2xl space-y-2 rounded-lg border border-line bg-white p-5" aria-labelledby="thanks-title">
          <h1 id="thanks-title" className="text-2xl font-semibold">Thank you</h1>
          <p>
            Your answers about {about} were submitted {formatLongDayTime(respondent.submittedAt)} and can no longer change.
          </p>
          <p className="text-muted">
            {report
              ? "Your consultant has released the results: they follow below."
              : respondent.perspective === "self"
                ? `${session.invitedBy} will release the results when they are ready; this link will show them.`
                : `${session.invitedBy} will take it from here. You can close this page.`}
          </p>
        </section>
        {report ? <BoardReportView report={report} /> : null}
      </div>
    );
  }

  const questionnaire = requireQuestionnaire(session.diagnostic.questionnaireVersion);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <section className="space-y-2 rounded-lg border border-line bg-white p-4 sm:p-5" aria-label="About these questions">
        <p className="text-sm font-semibold uppercase tracking-wide text-accent">Invited by {session.invitedBy}</p>
        <p>
          You are asked for your view of <strong className="[overflow-wrap:anywhere]">{about}</strong>: for each constraint below, a few
          questions about the system behind it and how it is led. It takes two or three minutes per constraint, and every answer is
          saved as you go.
        </p>
        <p className="text-sm text-muted">{answerVisibility(respondent.perspective).sentence}</p>
      </section>
      <QuestionnaireWizard
        apiBase={`/api/respondents/${token}`}
        resultsPath={`/respond/${token}`}
        questionnaire={questionnaire}
        initialAnswers={session.rows}
        initialStepId={openingStep(questionnaire, session.rows, step, "probes", audience)}
        scope="probes"
        audience={audience}
      />
    </div>
  );
}
