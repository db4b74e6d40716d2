import type { Metadata } from "next";
import { EngagementHeader } from "@/components/account/engagement-header";
import { redirect } from "next/navigation";
import { QuestionnaireWizard } from "@/components/questionnaire/questionnaire-wizard";
import { requireQuestionnaire } from "@/lib/diagnostic";
import { openingStep } from "@/lib/diagnostic/plan-steps";
import { openPage } from "@/app/_boundary/open-page";
import { PAGES } from "@/lib/contract/pages";
import { MAX_NOTE_LENGTH } from "@/lib/contract/requests";
import { openIntake } from "@/lib/workspace/open-intake";
import { openEngagement } from "@/lib/workspace/open-engagement";

export const metadata: Metadata = { title: "Intake session", robots: { index: false } };

/** The consultant runs the same questionnaire with the client on screen. */
export default async function IntakePage({ params, searchParams }: PageProps<"/workspace/diagnostics/[id]">) {
  const { id } = await params;
  const { step } = await searchParams;
  const [{ diagnostic, answers, notes }, engagement] = await openPage(PAGES.intake, params, (access) =>
    Promise.all([openIntake(access.diagnostic), openEngagement(access.consultant, access.diagnostic)]),
  );
  if (diagnostic.status === "finished") redirect(`/workspace/diagnostics/${id}/results`);
  const questionnaire = requireQuestionnaire(diagnostic.questionnaireVersion);
  const rows = answers.map(({ questionId, constraintId, value }) => ({ questionId, constraintId, value }));
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <EngagementHeader engagement={engagement} finished={false} />
      {engagement.previous && answers.length > 0 ? (
        <p className="rounded-md border border-line bg-accent-soft p-3 text-sm" data-testid="carried-over">
          Started from assessment {engagement.previous.number}: the context, constraints, plan and cost assumptions are filled in from it; check
          them with the client. The leader profile and each constraint&apos;s questions are asked afresh, so the change is measured, not copied.
        </p>
      ) : null}
      <QuestionnaireWizard
        apiBase={`/api/workspace/diagnostics/${id}`}
        resultsPath={`/workspace/diagnostics/${id}/results`}
        consultantNotes={{ initial: notes, apiBase: `/api/workspace/diagnostics/${id}/notes`, maxLength: MAX_NOTE_LENGTH }}
        questionnaire={questionnaire}
        initialAnswers={rows}
        initialStepId={openingStep(questionnaire, rows, step)}
      />
    </div>
  );
}
