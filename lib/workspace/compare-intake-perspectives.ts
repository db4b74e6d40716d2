import "server-only";
import type { StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { comparePerspectives, type TPerspectiveComparison } from "@/lib/diagnostic";
import { latestResultOf } from "@/lib/self-serve/open-result";
import { submittedRespondents } from "@/lib/report/assemble-report";

/** Every perspective side by side with the perception gaps, from the answers submitted so far. */
export async function compareIntakePerspectives(diagnostic: StoredDiagnostic): Promise<TPerspectiveComparison | null> {
  const opened = await latestResultOf(diagnostic);
  if (!opened) return null;
  return comparePerspectives({
    questionnaireVersion: opened.result.questionnaireVersion,
    constraints: opened.input.constraints,
    intake: opened.result.constraints,
    respondents: await submittedRespondents(diagnostic.id),
  });
}
