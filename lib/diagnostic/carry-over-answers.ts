import type { TAnswerRow } from "@/lib/diagnostic/answers";
import { findQuestion, getQuestionnaire } from "@/lib/diagnostic/questionnaires";

/**
 * What a re-assessment starts from: the facts and the frame of the last assessment (context, what
 * already works, the constraints themselves, what is in place, the cost assumptions), not its
 * ratings. The leader profile and the per-constraint items are what the engagement is meant to
 * move, so they are asked afresh: copying them would anchor the new ratings on the old ones.
 */
const CARRIED_SECTIONS = new Set(["context", "strengths", "constraints", "intervention", "economics"]);

export function carryOverAnswers(questionnaireVersion: string, previous: { questionnaireVersion: string; rows: readonly TAnswerRow[] }): TAnswerRow[] {
  // Answers of another questionnaire version do not fit this one's questions.
  if (previous.questionnaireVersion !== questionnaireVersion) return [];
  const q = getQuestionnaire(questionnaireVersion);
  if (!q) return [];
  return previous.rows.filter((row) => {
    const question = findQuestion(q, row.questionId);
    return question !== undefined && CARRIED_SECTIONS.has(question.section);
  });
}
