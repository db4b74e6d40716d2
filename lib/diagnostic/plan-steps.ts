import { audienceFrom, isAsked, wordQuestion, wordText, type TAudience } from "@/lib/diagnostic/question-wording";
import type { TQuestion, TQuestionnaire, TSectionId } from "@/lib/diagnostic/schemas";

/**
 * The guided questionnaire as a sequence of steps, derived from the questionnaire data and the
 * answers so far: context, the constraint list, then for each constraint its behavioral probes and
 * its execution probes (the "list, then ask about each" loop), the current plan, the economics, and a
 * review. Imports only types, so the questionnaire page can re-plan in the browser as constraints
 * are added or removed.
 */

export type TStepAnswer = { questionId: string; constraintId: string | null; value: unknown };

type TStepBase = { id: string; title: string; intro: string; section: TSectionId | "review" };

export type TQuestionsStep = TStepBase & {
  kind: "questions";
  constraintId: string | null;
  /** e.g. "Constraint 2 of 3 · part 1 of 2", for per-constraint steps. */
  loopLabel: string | null;
  /** The first step about a constraint (where a consultant keeps their note on it). */
  firstOfConstraint?: boolean;
  questions: TQuestion[];
};
export type TConstraintsStep = TStepBase & { kind: "constraints"; maxConstraints: number; question: Extract<TQuestion, { kind: "constraint_picker" }> };
export type TReviewStep = TStepBase & { kind: "review" };
export type TStep = TQuestionsStep | TConstraintsStep | TReviewStep;

export const CONSTRAINT_DEFINITION_ID = "constraint_definition";

const key = (questionId: string, constraintId: string | null) => `${questionId}|${constraintId ?? ""}`;

/** The constraint slots in use, in slot order. */
export function constraintSlotsInUse(q: TQuestionnaire, answers: readonly TStepAnswer[]): string[] {
  const used = new Set(answers.filter((a) => a.questionId === CONSTRAINT_DEFINITION_ID && a.constraintId).map((a) => a.constraintId));
  return q.constraintSlots.filter((slot) => used.has(slot));
}

/** A constraint's display title from its stored definition (catalog label or custom title). */
export function constraintLabel(q: TQuestionnaire, definition: unknown): string {
  const d = (definition ?? {}) as { kind?: unknown; catalogId?: unknown; title?: unknown };
  if (d.kind === "custom" && typeof d.title === "string") return d.title;
  const picker = q.questions.find((question) => question.kind === "constraint_picker");
  const option = picker?.kind === "constraint_picker" ? picker.options.find((o) => o.value === d.catalogId) : undefined;
  return option?.label ?? "Constraint";
}

/**
 * "diagnostic" is the whole questionnaire. "probes" is what a respondent answers about a finished
 * intake: only the constraint probes, for the constraints the intake defined (passed in as answers).
 */
export type TPlanScope = "diagnostic" | "probes";

export function planSteps(q: TQuestionnaire, answers: readonly TStepAnswer[], scope: TPlanScope = "diagnostic", audienceOverride?: TAudience): TStep[] {
  const answerOf = (questionId: string) => answers.find((a) => a.questionId === questionId && a.constraintId === null)?.value;
  const audience = audienceOverride ?? audienceFrom(answerOf);
  const sectionOf = (id: TSectionId) => {
    const section = q.sections.find((s) => s.id === id) ?? { id, title: id, intro: "" };
    return { ...section, intro: wordText(section.intro, audience) };
  };
  // Diagnostic-level questions are asked only when their condition holds, in the respondent's words.
  const questionsIn = (section: TSectionId) =>
    q.questions
      .filter((question) => question.section === section && (question.scope === "constraint" || isAsked(q, question, answerOf)))
      .map((question) => wordQuestion(question, audience));
  const steps: TStep[] = [];
  const whole = scope === "diagnostic";
  const slots = constraintSlotsInUse(q, answers);

  for (const { id } of q.sections) {
    if (id === "constraints") {
      const picker = q.questions.find((question) => question.kind === "constraint_picker");
      if (whole && picker?.kind === "constraint_picker") {
        const section = sectionOf("constraints");
        steps.push({ id: "constraints", kind: "constraints", section: "constraints", title: section.title, intro: section.intro, maxConstraints: q.constraintSlots.length, question: picker });
      }
      continue;
    }
    if (id === "probes") {
      steps.push(...constraintSteps(q, answers, slots, questionsIn("probes"), sectionOf("probes").intro));
      continue;
    }
    if (!whole) continue;
    const questions = questionsIn(id);
    if (questions.length === 0) continue;
    const section = sectionOf(id);
    steps.push({ id, kind: "questions", section: id, title: section.title, intro: section.intro, constraintId: null, loopLabel: null, questions });
  }
  steps.push(
    whole
      ? { id: "review", kind: "review", section: "review", title: "Review and finish", intro: "Check what is still missing, then see your results." }
      : { id: "review", kind: "review", section: "review", title: "Review and submit", intro: "Check what is still missing, then submit your answers." },
  );
  return steps;
}

/**
 * The per-constraint loop. v1 asks about the leader, then the system, in two parts; v2 asks its
 * eight items in one step, since the leader's habits are asked once in the profile.
 */
function constraintSteps(q: TQuestionnaire, answers: readonly TStepAnswer[], slots: readonly string[], probes: TQuestion[], intro: string): TQuestionsStep[] {
  const splitByAxis = !q.sections.some((section) => section.id === "profile");
  const parts: { id: string; label: string; questions: TQuestion[] }[] = splitByAxis
    ? [
        { id: "behavioral", label: "the leader", questions: probes.filter((p) => p.kind === "scale_probe" && p.axis === "behavioral") },
        { id: "execution", label: "the system around them", questions: probes.filter((p) => !(p.kind === "scale_probe" && p.axis === "behavioral")) },
      ]
    : [{ id: "evidence", label: "", questions: probes }];
  return slots.flatMap((slot, index) => {
    const definition = answers.find((a) => a.questionId === CONSTRAINT_DEFINITION_ID && a.constraintId === slot)?.value;
    const title = constraintLabel(q, definition);
    return parts.map((part, partIndex) => ({
      id: `${slot}-${part.id}`,
      kind: "questions" as const,
      section: "probes" as const,
      title,
      intro: !splitByAxis ? intro : partIndex === 0 ? `${intro} First, ${part.label}.` : `Now ${part.label}.`,
      constraintId: slot,
      firstOfConstraint: partIndex === 0,
      loopLabel: parts.length > 1 ? `Constraint ${index + 1} of ${slots.length} · part ${partIndex + 1} of ${parts.length}` : `Constraint ${index + 1} of ${slots.length}`,
      questions: part.questions,
    }));
  });
}

/** Required questions of a step that have no answer yet. */
export function unansweredInStep(step: TStep, answers: readonly TStepAnswer[], slotsInUse: number): TQuestion[] {
  if (step.kind === "review") return [];
  if (step.kind === "constraints") return slotsInUse === 0 ? [step.question] : [];
  const given = new Set(answers.map((a) => key(a.questionId, a.constraintId)));
  return step.questions.filter((question) => question.required && !given.has(key(question.id, step.constraintId)));
}

/** Where a returning person continues: the first step with a required answer missing, else the review. */
export function firstIncompleteStep(q: TQuestionnaire, answers: readonly TStepAnswer[], scope: TPlanScope = "diagnostic", audience?: TAudience): string {
  const steps = planSteps(q, answers, scope, audience);
  const slots = constraintSlotsInUse(q, answers).length;
  return steps.find((step) => unansweredInStep(step, answers, slots).length > 0)?.id ?? "review";
}

/**
 * The step a page opens on: the one named in the URL when it exists in the current plan (a reload
 * stays put), otherwise where the person left off.
 */
export function openingStep(q: TQuestionnaire, answers: readonly TStepAnswer[], requested: unknown, scope: TPlanScope = "diagnostic", audience?: TAudience): string {
  if (typeof requested === "string" && planSteps(q, answers, scope, audience).some((step) => step.id === requested)) return requested;
  return firstIncompleteStep(q, answers, scope, audience);
}
