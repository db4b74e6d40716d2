import "server-only";
import { AppError } from "@/lib/app-error";
import type { StoredAnswer } from "@/lib/data/diagnostic-store";
import { assembleDiagnosticInput, ENGINE_VERSION, questionnaireProgress, runDiagnostic } from "@/lib/diagnostic";

/** Runs the engine on a diagnostic's stored answers, or explains what is missing. */
export function scoreAnswers(questionnaireVersion: string, answers: StoredAnswer[]) {
  const progress = questionnaireProgress(questionnaireVersion, answers);
  if (!progress.canFinish) throw new AppError("INVALID_INPUT", progress.messages.join(" "));
  const assembled = assembleDiagnosticInput(questionnaireVersion, answers);
  if (!assembled.ok) throw new AppError("INVALID_INPUT", assembled.errors.join(" "));
  const snapshot = runDiagnostic(assembled.input);
  return { snapshot, questionnaireVersion, engineVersion: ENGINE_VERSION, recommendation: snapshot.recommendation.kind };
}
