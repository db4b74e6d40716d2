import "server-only";
import { AppError } from "@/lib/app-error";
import type { StoredAnswer } from "@/lib/data/diagnostic-store";
import {
  assembleDiagnosticInput,
  ENGINE_VERSION,
  questionnaireProgress,
  runDiagnostic,
  runVerdict,
  type TBasisPerspective,
  type TRespondentAnswers,
} from "@/lib/diagnostic";

/**
 * Runs the engine on a diagnostic's stored answers, or explains what is missing. A consultant's
 * intake passes its perspectives: the verdict then rests on the views the consultant chose.
 */
export function scoreAnswers(
  questionnaireVersion: string,
  answers: StoredAnswer[],
  perspectives?: { respondents: readonly TRespondentAnswers[]; chosen: readonly TBasisPerspective[] | null },
) {
  const progress = questionnaireProgress(questionnaireVersion, answers);
  if (!progress.canFinish) throw new AppError("INVALID_INPUT", progress.messages.join(" "));
  const assembled = assembleDiagnosticInput(questionnaireVersion, answers);
  if (!assembled.ok) throw new AppError("INVALID_INPUT", assembled.errors.join(" "));
  const snapshot = perspectives ? runVerdict({ input: assembled.input, ...perspectives }) : runDiagnostic(assembled.input);
  return { snapshot, questionnaireVersion, engineVersion: ENGINE_VERSION, recommendation: snapshot.recommendation.kind };
}
