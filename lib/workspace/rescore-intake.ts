import "server-only";
import { z } from "zod";
import { findVerdictBasis, isUniqueViolation, reviseResult, type StoredDiagnostic, type StoredResult } from "@/lib/data/diagnostic-store";
import { ZBasisPerspective, type TBasisPerspective } from "@/lib/diagnostic";
import { submittedRespondents } from "@/lib/report/assemble-report";
import { scoreAnswers } from "@/lib/self-serve/score-answers";

const ZStoredBasis = z.array(ZBasisPerspective).min(1);

/** The perspectives an intake's verdict rests on, as the consultant chose them; null for the default (decided by the engine). */
export async function readVerdictBasis(diagnosticId: string): Promise<TBasisPerspective[] | null> {
  const parsed = ZStoredBasis.safeParse(await findVerdictBasis(diagnosticId));
  return parsed.success ? parsed.data : null;
}

const ATTEMPTS = 4;

/**
 * Scores a finished intake again on every view submitted so far and stores the verdict as a new
 * revision. Two respondents submitting at once both rescore: a revision number taken by the other
 * is retried, and a rescore that ran before the other's answers were in runs once more, so the
 * latest revision always counts every submitted view.
 */
export async function rescoreIntake(diagnostic: StoredDiagnostic): Promise<StoredResult | null> {
  if (diagnostic.status !== "finished") return null;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    const [respondents, chosen] = await Promise.all([submittedRespondents(diagnostic.id), readVerdictBasis(diagnostic.id)]);
    let stored: StoredResult;
    try {
      stored = await reviseResult({
        diagnosticId: diagnostic.id,
        answers: [],
        compute: (rows) => scoreAnswers(diagnostic.questionnaireVersion, rows, { respondents, chosen }),
      });
    } catch (error) {
      if (isUniqueViolation(error) && attempt < ATTEMPTS) continue;
      throw error;
    }
    const after = await submittedRespondents(diagnostic.id);
    if (after.length === respondents.length || attempt === ATTEMPTS) return stored;
  }
  return null;
}
