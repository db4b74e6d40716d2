import "server-only";
import type { StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { compareWithVerdict, verdictIsStale, type TPerspectiveComparison } from "@/lib/diagnostic";
import { submittedRespondents } from "@/lib/report/assemble-report";
import { latestResultOf, type OpenedResult } from "@/lib/self-serve/open-result";
import { rescoreIntake } from "@/lib/workspace/rescore-intake";

/**
 * An intake's latest verdict with every perspective beside it. A verdict that predates a view
 * submitted since (its rescore failed or raced) is scored again first, so the consultant never
 * reads a verdict that silently leaves out an answer.
 */
export async function openIntakeResult(diagnostic: StoredDiagnostic): Promise<{ opened: OpenedResult; comparison: TPerspectiveComparison } | null> {
  let opened = await latestResultOf(diagnostic);
  if (!opened) return null;
  let respondents = await submittedRespondents(diagnostic.id);
  if (verdictIsStale(opened.result, respondents.length)) {
    await rescoreIntake(diagnostic);
    opened = await latestResultOf(diagnostic);
    if (!opened) return null;
    respondents = await submittedRespondents(diagnostic.id);
  }
  return { opened, comparison: compareWithVerdict({ intakeInput: opened.ownInput, result: opened.result, respondents }) };
}
