import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { openPage } from "@/app/_boundary/open-page";
import { DeleteDiagnostic } from "@/components/delete-diagnostic";
import { QuestionnaireWizard } from "@/components/questionnaire/questionnaire-wizard";
import { ResumeLinkPanel } from "@/components/resume-link-panel";
import { PAGES } from "@/lib/contract/pages";
import { requireQuestionnaire } from "@/lib/diagnostic";
import { openingStep } from "@/lib/diagnostic/plan-steps";
import { openDiagnostic } from "@/lib/self-serve/open-diagnostic";

export const metadata: Metadata = { title: "Your diagnostic", robots: { index: false, follow: false } };

export default async function DiagnosticPage({ params, searchParams }: PageProps<"/d/[token]">) {
  const { token } = await params;
  const { step } = await searchParams;
  const { diagnostic, answers } = await openPage(PAGES.diagnostic, params, (access) => openDiagnostic(access.params.token));
  if (diagnostic.status === "finished") redirect(`/d/${token}/results`);

  const questionnaire = requireQuestionnaire(diagnostic.questionnaireVersion);
  const rows = answers.map(({ questionId, constraintId, value }) => ({ questionId, constraintId, value }));

  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <ResumeLinkPanel path={`/d/${token}`} open={rows.length === 0} />
      <QuestionnaireWizard
        apiBase={`/api/diagnostics/${token}`}
        resultsPath={`/d/${token}/results`}
        questionnaire={questionnaire}
        initialAnswers={rows}
        initialStepId={openingStep(questionnaire, rows, step)}
      />
      <DeleteDiagnostic token={token} />
    </div>
  );
}
