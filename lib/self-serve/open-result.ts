import "server-only";
import { AppError } from "@/lib/app-error";
import { findLatestResult, listAnswers, type StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { assembleDiagnosticInput, verdictInput, ZDiagnosticResult, type TDiagnosticInput, type TDiagnosticResult } from "@/lib/diagnostic";
import { findByResumeLink } from "@/lib/self-serve/resume-link";

export type OpenedResult = {
  diagnostic: StoredDiagnostic;
  /** The input the verdict was scored from: for an intake that rests on several views, their combined answers. */
  input: TDiagnosticInput;
  /** The answers as given in the diagnostic (the facilitated intake's own). */
  ownInput: TDiagnosticInput;
  result: TDiagnosticResult;
  revision: number;
  scoredAt: Date;
};

/** The latest result of a finished diagnostic, with the input it was computed from. Null while unfinished. */
export async function openResult(token: string): Promise<OpenedResult | null> {
  return latestResultOf(await findByResumeLink(token));
}

export async function latestResultOf(diagnostic: StoredDiagnostic): Promise<OpenedResult | null> {
  if (diagnostic.status !== "finished") return null;
  const [stored, answers] = await Promise.all([findLatestResult(diagnostic.id), listAnswers(diagnostic.id)]);
  if (!stored) throw new AppError("NOT_FOUND", "This diagnostic has no result yet.");
  const assembled = assembleDiagnosticInput(diagnostic.questionnaireVersion, answers);
  if (!assembled.ok) throw new Error(`Stored answers no longer assemble: ${assembled.errors.join(" ")}`);
  const result = ZDiagnosticResult.parse(stored.snapshot);
  return {
    diagnostic,
    input: verdictInput(assembled.input, result),
    ownInput: assembled.input,
    result,
    revision: stored.revision,
    scoredAt: stored.createdAt,
  };
}
