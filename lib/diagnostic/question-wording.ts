import type { TQuestion, TQuestionnaire } from "@/lib/diagnostic/schemas";

/**
 * Which questions are asked, and in whose words. Imports only types, so the questionnaire page
 * applies exactly the rules the server applies.
 */

/** leaderName is used as given ("Ana Ruiz"); leaderTitle is a role ("the VP of Sales"). */
export type TAudience = { self: boolean; leaderTitle?: string | null; leaderName?: string | null };

type TLookup = (questionId: string) => unknown;

/** Whether a diagnostic-level question is asked, given the answers so far (and its parent's visibility). */
export function isAsked(q: TQuestionnaire, question: TQuestion, answerOf: TLookup, depth = 0): boolean {
  if (question.hideForSelf && answerOf("respondent_role") === "self") return false;
  const when = question.showWhen;
  if (!when) return true;
  const value = answerOf(when.questionId);
  if (typeof value !== "string" || !when.in.includes(value)) return false;
  const parent = q.questions.find((other) => other.id === when.questionId);
  return !parent || depth > 3 || isAsked(q, parent, answerOf, depth + 1);
}

/** The audience from the answers: the leader answering about themself, or someone else about their title. */
export function audienceFrom(answerOf: TLookup): TAudience {
  const title = answerOf("leader_title");
  return { self: answerOf("respondent_role") === "self", leaderTitle: typeof title === "string" && title.trim() ? title.trim() : null };
}

/** Replaces {leader}/{Leader} with the leader's title, or uses the first-person wording for the leader. */
export function wordText(text: string, audience: TAudience): string {
  const name = audience.leaderName?.trim() || (audience.leaderTitle ? `the ${audience.leaderTitle}` : "the leader");
  const subject = audience.self ? "you" : name;
  return text
    .replaceAll("{Leader}'s", `${subject.charAt(0).toUpperCase()}${subject.slice(1)}${audience.self ? "r" : "'s"}`)
    .replaceAll("{leader}'s", audience.self ? "your" : `${name}'s`)
    .replaceAll("{Leader}", `${subject.charAt(0).toUpperCase()}${subject.slice(1)}`)
    .replaceAll("{leader}", subject);
}

export function wordQuestion<T extends TQuestion>(question: T, audience: TAudience): T {
  const prompt = audience.self && question.promptSelf ? question.promptSelf : wordText(question.prompt, audience);
  return prompt === question.prompt ? question : { ...question, prompt };
}
