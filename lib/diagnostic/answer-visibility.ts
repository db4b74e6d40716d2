import { ANONYMOUS_PERSPECTIVES, MIN_GROUP_RESPONDENTS, type TPerspective } from "@/lib/diagnostic/compare-perspectives";

/**
 * What a respondent is told about who sees their answers. One wording, read by the respondent page
 * and by the invitation email, so the promise made when inviting is the one kept on the page. The
 * self-view and a single manager are one known person each (named); board members and peers are
 * shown only as a group of at least MIN_GROUP_RESPONDENTS (pooled), as comparePerspectives does.
 */
export type TAnswerVisibility = { named: boolean; headline: string; sentence: string };

const POOLED = (own: string, other: string) =>
  `The leader and the board only ever see your answers averaged with other ${own}' answers (pooled with ${other}' if fewer than ${MIN_GROUP_RESPONDENTS} of you answer), and only once at least ${MIN_GROUP_RESPONDENTS} have answered, unless every one of you agrees to be shown as a group of two; your name is never shown to them. Your consultant holds the individual answers.`;

const SENTENCES: Record<TPerspective, string> = {
  self: "These are your own answers about yourself. Once your consultant releases the results, they appear as the leader's self-view in the report the board and you read, next to how others see the same constraints.",
  manager: "Your answers appear as the manager's or CEO's view in the report your consultant releases to the leader and the board, so they can be attributed to you.",
  board: POOLED("board members", "peers"),
  peer: POOLED("peers", "board members"),
};

export function answerVisibility(perspective: TPerspective): TAnswerVisibility {
  const named = !ANONYMOUS_PERSPECTIVES.includes(perspective);
  return {
    named,
    headline: named ? "Your answers are shown as your own view." : "Your answers are shown only as part of a group, never on their own.",
    sentence: SENTENCES[perspective],
  };
}

/**
 * Two or three minutes per constraint (a handful of probes each): the estimate the respondent page
 * gives, summed for the invitation.
 */
export const RESPONDENT_MINUTES_PER_CONSTRAINT = { low: 2, high: 3 } as const;

export function respondentMinutes(constraints: number): { low: number; high: number } {
  const n = Math.max(1, constraints);
  return { low: RESPONDENT_MINUTES_PER_CONSTRAINT.low * n, high: RESPONDENT_MINUTES_PER_CONSTRAINT.high * n };
}
