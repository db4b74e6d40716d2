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

export function planSteps(q: TQuestionnaire, answers: readonly TStepAnswer[], scope: TPlanScope = "diagnostic"): TStep[] {
  const sectionOf = (id: TSectionId) => q.sections.find((s) => s.id === id) ?? { id, title: id, intro: "" };
  const questionsIn = (section: TSectionId) => q.questions.filter((question) => question.section === section);
  const steps: TStep[] = [];
  const whole = scope === "diagnostic";

  const context = sectionOf("context");
  if (whole) steps.push({ id: "context", kind: "questions", section: "context", title: context.title, intro: context.intro, constraintId: null, loopLabel: null, questions: questionsIn("context") });

  const picker = q.questions.find((question) => question.kind === "constraint_picker");
  if (whole && picker?.kind === "constraint_picker") {
    const section = sectionOf("constraints");
    steps.push({ id: "constraints", kind: "constraints", section: "constraints", title: section.title, intro: section.intro, maxConstraints: q.constraintSlots.length, question: picker });
  }

  const slots = constraintSlotsInUse(q, answers);
  const probes = questionsIn("probes");
  const parts: { id: string; label: string; questions: TQuestion[] }[] = [
    { id: "behavioral", label: "the leader", questions: probes.filter((p) => p.kind === "scale_probe" && p.axis === "behavioral") },
    { id: "execution", label: "the system around them", questions: probes.filter((p) => !(p.kind === "scale_probe" && p.axis === "behavioral")) },
  ];
  const probeSection = sectionOf("probes");
  slots.forEach((slot, index) => {
    const definition = answers.find((a) => a.questionId === CONSTRAINT_DEFINITION_ID && a.constraintId === slot)?.value;
    const title = constraintLabel(q, definition);
    parts.forEach((part, partIndex) => {
      steps.push({
        id: `${slot}-${part.id}`,
        kind: "questions",
        section: "probes",
        title,
        intro: partIndex === 0 ? `${probeSection.intro} First, ${part.label}.` : `Now ${part.label}.`,
        constraintId: slot,
        loopLabel: `Constraint ${index + 1} of ${slots.length} · part ${partIndex + 1} of ${parts.length}`,
        questions: part.questions,
      });
    });
  });

  for (const id of whole ? (["intervention", "economics"] as const) : []) {
    const section = sectionOf(id);
    steps.push({ id, kind: "questions", section: id, title: section.title, intro: section.intro, constraintId: null, loopLabel: null, questions: questionsIn(id) });
  }
  steps.push(
    whole
      ? { id: "review", kind: "review", section: "review", title: "Review and finish", intro: "Check what is still missing, then see your results." }
      : { id: "review", kind: "review", section: "review", title: "Review and submit", intro: "Check what is still missing, then submit your answers." },
  );
  return steps;
}

/** Required questions of a step that have no answer yet. */
export function unansweredInStep(step: TStep, answers: readonly TStepAnswer[], slotsInUse: number): TQuestion[] {
  if (step.kind === "review") return [];
  if (step.kind === "constraints") return slotsInUse === 0 ? [step.question] : [];
  const given = new Set(answers.map((a) => key(a.questionId, a.constraintId)));
  return step.questions.filter((question) => question.required && !given.has(key(question.id, step.constraintId)));
}

/** Where a returning person continues: the first step with a required answer missing, else the review. */
export function firstIncompleteStep(q: TQuestionnaire, answers: readonly TStepAnswer[], scope: TPlanScope = "diagnostic"): string {
  const steps = planSteps(q, answers, scope);
  const slots = constraintSlotsInUse(q, answers).length;
  return steps.find((step) => unansweredInStep(step, answers, slots).length > 0)?.id ?? "review";
}

/**
 * The step a page opens on: the one named in the URL when it exists in the current plan (a reload
 * stays put), otherwise where the person left off.
 */
export function openingStep(q: TQuestionnaire, answers: readonly TStepAnswer[], requested: unknown, scope: TPlanScope = "diagnostic"): string {
  if (typeof requested === "string" && planSteps(q, answers, scope).some((step) => step.id === requested)) return requested;
  return firstIncompleteStep(q, answers, scope);
}
