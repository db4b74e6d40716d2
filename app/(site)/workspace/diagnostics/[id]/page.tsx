import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { QuestionnaireWizard } from "@/components/questionnaire/questionnaire-wizard";
import { requireQuestionnaire } from "@/lib/diagnostic";
import { openingStep } from "@/lib/diagnostic/plan-steps";
import { openPage } from "@/app/_boundary/open-page";
import { PAGES } from "@/lib/contract/pages";
import { MAX_NOTE_LENGTH } from "@/lib/contract/requests";
import { openIntake } from "@/lib/workspace/open-intake";

export const metadata: Metadata = { title: "Intake session", robots: { index: false } };

/** The consultant runs the same questionnaire with the client on screen. */
export default async function IntakePage({ params, searchParams }: PageProps<"/workspace/diagnostics/[id]">) {
  const { id } = await params;
  const { step } = await searchParams;
  const { diagnostic, answers, notes } = await openPage(PAGES.intake, params, (access) => openIntake(access.diagnostic));
  if (diagnostic.status === "finished") redirect(`/workspace/diagnostics/${id}/results`);
  const questionnaire = requireQuestionnaire(diagnostic.questionnaireVersion);
  const rows = answers.map(({ questionId, constraintId, value }) => ({ questionId, constraintId, value }));
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href="/workspace" className="text-accent underline">
          Back to the workspace
        </Link>
      </p>
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
