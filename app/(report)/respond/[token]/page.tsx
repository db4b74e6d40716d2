import type { Metadata } from "next";
import { openPage } from "@/app/_boundary/open-page";
import { QuestionnaireWizard } from "@/components/questionnaire/questionnaire-wizard";
import { BoardReportView } from "@/components/report/board-report-view";
import { BrandMark } from "@/components/report/brand-mark";
import { PAGES } from "@/lib/contract/pages";
import { answerVisibility, requireQuestionnaire } from "@/lib/diagnostic";
import { openingStep } from "@/lib/diagnostic/plan-steps";
import { formatDayTime } from "@/lib/format-date";
import { openRespondentSession } from "@/lib/respondents/open-respondent-session";
import { releasedReportForLeader } from "@/lib/respondents/released-report-for-leader";

export const metadata: Metadata = { title: "Your view", robots: { index: false, follow: false } };

/** A respondent's personal link: the intake's constraint questions, then (for the leader, once released) the report. */
const GROUP_WORDS = { board: { group: "board members", others: "the other board member" }, peer: { group: "peers", others: "the other peer" } } as const;

/** Asked of board members and peers only: may a group of two be shown on its own (if all agree)? */
function SmallGroupConsent({ token, perspective, consented }: { token: string; perspective: "board" | "peer"; consented: boolean }) {
  const words = GROUP_WORDS[perspective];
  return (
    <form method="post" action={`/api/respondents/${token}/consent`} className="space-y-2 rounded-lg border border-line bg-white p-4 sm:p-5">
      <fieldset>
        <legend className="font-semibold">If only two {words.group} answer</legend>
        <p className="text-sm text-muted">
          With only two of you, the leader may be able to tell who said what, and {words.others} could work out your answers from the
          average. So by default your answers are pooled with the other group; if too few answer even then, your view is held back and does
          not count in the result. The {words.group}&apos; view is shown as a group of two only if every one of you agrees.
        </p>
        <div className="mt-2 space-y-1.5">
          <label className="flex items-start gap-2">
            <input type="radio" name="consent" value="yes" defaultChecked={consented} className="mt-1 h-4 w-4" />
            <span>Show our two answers as the {words.group}&apos; view (the leader may be able to tell who said what)</span>
          </label>
          <label className="flex items-start gap-2">
            <input type="radio" name="consent" value="no" defaultChecked={!consented} className="mt-1 h-4 w-4" />
            <span>Keep mine pooled; if too few of us answer, my view will not count in the result</span>
          </label>
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="rounded-md border border-accent px-3 py-1.5 text-sm font-semibold text-accent hover:bg-accent-soft">
          Save my choice
        </button>
        <p className="text-sm text-muted" data-testid="consent-state">
          Now: {consented ? "you agree to a group of two" : "pooled or held back"}. You can change this until you submit.
        </p>
      </div>
    </form>
  );
}

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
        {session.branding && !report ? <BrandMark branding={session.branding} className="mx-auto max-w-2xl" /> : null}
        <section className="mx-auto max-w-2xl space-y-2 rounded-lg border border-line bg-white p-5" aria-labelledby="thanks-title">
          <h1 id="thanks-title" className="text-2xl font-semibold">Thank you</h1>
          <p>
            Your answers about {about} were submitted {formatDayTime(respondent.submittedAt)} and can no longer change.
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
      {session.branding ? <BrandMark branding={session.branding} /> : null}
      <section className="space-y-2 rounded-lg border border-line bg-white p-4 sm:p-5" aria-label="About these questions">
        <p className="text-sm font-semibold uppercase tracking-wide text-accent">Invited by {session.invitedBy}</p>
        <p>
          You are asked for your view of <strong className="[overflow-wrap:anywhere]">{about}</strong>: for each constraint below, a few
          questions about the system behind it and how it is led. It takes two or three minutes per constraint, and every answer is
          saved as you go.
        </p>
        <p className="text-sm text-muted">{answerVisibility(respondent.perspective).sentence}</p>
      </section>
      {respondent.perspective === "board" || respondent.perspective === "peer" ? (
        <SmallGroupConsent token={token} perspective={respondent.perspective} consented={respondent.smallGroupConsent} />
      ) : null}
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
