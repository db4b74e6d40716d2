import "server-only";
import { AppError } from "@/lib/app-error";
import { submitRespondent } from "@/lib/data/respondent-store";
import { requireQuestionnaire } from "@/lib/diagnostic";
import { constraintSlotsInUse, planSteps, unansweredInStep } from "@/lib/diagnostic/plan-steps";
import { countRespondentWrite } from "@/lib/respondents/respondent-link";
import { openRespondentSession } from "@/lib/respondents/open-respondent-session";
import { rescoreIntake } from "@/lib/workspace/rescore-intake";

/** Submits once every required probe is answered; answers are locked from then on. */
export async function submitRespondentAnswers(token: string, clientAddress: string, now: Date = new Date()): Promise<void> {
  await countRespondentWrite(clientAddress);
  const session = await openRespondentSession(token);
  if (session.respondent.submittedAt) return;
  const q = requireQuestionnaire(session.diagnostic.questionnaireVersion);
  const slots = constraintSlotsInUse(q, session.rows).length;
  const missing = planSteps(q, session.rows, "probes").reduce((n, step) => n + unansweredInStep(step, session.rows, slots).length, 0);
  if (missing > 0) throw new AppError("INVALID_INPUT", `${missing} question${missing === 1 ? " is" : "s are"} still unanswered.`);
  if (await submitRespondent({ id: session.respondent.id, now })) {
    // The verdict rests on the submitted views: score it again now. If this fails, the consultant's
    // results page finds the verdict stale and scores it then; the submission itself stands.
    await rescoreIntake(session.diagnostic).catch(() => undefined);
  }
}
