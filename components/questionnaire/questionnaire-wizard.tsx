"use client";

import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { ConsultantNoteField } from "@/components/questionnaire/consultant-note-field";
import { ConstraintListEditor, type TListedConstraint } from "@/components/questionnaire/constraint-list-editor";
import { QuestionField } from "@/components/questionnaire/question-field";
import { ReviewStep } from "@/components/questionnaire/review-step";
import { SaveStatus } from "@/components/questionnaire/save-status";
import { answerKey, useAnswerSaver } from "@/components/questionnaire/use-answer-saver";
import {
  CONSTRAINT_DEFINITION_ID,
  constraintLabel,
  constraintSlotsInUse,
  planSteps,
  unansweredInStep,
  type TPlanScope,
  type TStepAnswer,
} from "@/lib/diagnostic/plan-steps";
import type { TAudience } from "@/lib/diagnostic/question-wording";
import type { TQuestionnaire } from "@/lib/diagnostic/schemas";

const noSubscription = () => () => {};

type Props = {
  /** Base of the diagnostic's API: /api/diagnostics/<resume token> or /api/workspace/diagnostics/<id>. */
  apiBase: string;
  /** Where the results are shown after finishing. */
  resultsPath: string;
  /** Intake sessions only: the consultant's private notes per constraint and where to save them. */
  consultantNotes?: { initial: Record<string, string>; apiBase: string; maxLength: number };
  questionnaire: TQuestionnaire;
  initialAnswers: TStepAnswer[];
  initialStepId: string;
  /** "probes" for a respondent: only the constraint probes of the intake's constraints. */
  scope?: TPlanScope;
  /** Whose words the questions use; derived from the answers when not given (respondents pass theirs). */
  audience?: TAudience;
};

const pleaseAnswer = (kind: string) => (kind === "scale_probe" ? "Please answer this question, or choose “Don't know”." : "Please answer this question.");

/** The guided questionnaire: one step at a time, every answer saved the moment it is given. */
export function QuestionnaireWizard({ apiBase, resultsPath, consultantNotes, questionnaire, initialAnswers, initialStepId, scope = "diagnostic", audience }: Props) {
  const [answers, setAnswers] = useState<TStepAnswer[]>(initialAnswers);
  const [stepId, setStepId] = useState(initialStepId);
  const [missingShown, setMissingShown] = useState(false);
  const [removeError, setRemoveError] = useState<string | undefined>();
  const [pendingConstraint, setPendingConstraint] = useState(false);
  // True once the wizard runs in the browser and can save: an answer clicked before then would only
  // change the page, not the record (false in the server's HTML).
  const interactive = useSyncExternalStore(noSubscription, () => true, () => false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const saver = useAnswerSaver(`${apiBase}/answers`);

  const steps = useMemo(() => planSteps(questionnaire, answers, scope, audience), [questionnaire, answers, scope, audience]);
  const slots = useMemo(() => constraintSlotsInUse(questionnaire, answers), [questionnaire, answers]);
  const index = Math.max(0, steps.findIndex((s) => s.id === stepId));
  const step = steps[index] ?? steps[0]!;
  const valueOf = (questionId: string, constraintId: string | null) =>
    answers.find((a) => a.questionId === questionId && a.constraintId === constraintId)?.value;

  useEffect(() => {
    const url = new URL(window.location.href);
    url.searchParams.set("step", step.id);
    window.history.replaceState(null, "", url);
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step.id]);

  const answer = (questionId: string, constraintId: string | null, value: unknown) => {
    setAnswers((current) => [...current.filter((a) => !(a.questionId === questionId && a.constraintId === constraintId)), { questionId, constraintId, value }]);
    saver.save(questionId, constraintId, value);
  };

  const removeConstraint = async (constraintId: string) => {
    setRemoveError(undefined);
    try {
      const response = await fetch(`${apiBase}/constraints/${constraintId}`, { method: "DELETE" });
      if (!response.ok) throw new Error(((await response.json().catch(() => ({}))) as { error?: string }).error ?? "The constraint could not be removed.");
      setAnswers((current) => current.filter((a) => a.constraintId !== constraintId));
    } catch (error) {
      setRemoveError(error instanceof TypeError ? "No connection: the constraint was not removed. Try again." : (error as Error).message);
    }
  };

  const goTo = (target: number) => {
    const next = steps[Math.min(Math.max(target, 0), steps.length - 1)];
    if (!next) return;
    setMissingShown(false);
    setStepId(next.id);
    window.scrollTo({ top: 0 });
  };

  const unanswered = unansweredInStep(step, answers, slots.length);
  const next = () => {
    if (step.kind === "constraints" && pendingConstraint) {
      setMissingShown(true);
      return;
    }
    if (unanswered.length > 0) {
      setMissingShown(true);
      const first = unanswered[0];
      if (first) document.getElementsByName(`${first.id}-${step.kind === "questions" ? (step.constraintId ?? "all") : "all"}`)[0]?.focus();
      return;
    }
    goTo(index + 1);
  };

  const listed: TListedConstraint[] = slots.map((slot) => {
    const definition = valueOf(CONSTRAINT_DEFINITION_ID, slot) as { description?: string } | undefined;
    return { constraintId: slot, title: constraintLabel(questionnaire, definition), description: definition?.description ?? null };
  });

  return (
    <div className="space-y-6" data-wizard-ready={interactive ? "true" : undefined}>
      <div className="space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-muted">
          <span>
            Step {index + 1} of {steps.length}
            {step.kind === "questions" && step.loopLabel ? <> · {step.loopLabel}</> : null}
          </span>
          <SaveStatus state={saver.state} pendingCount={saver.pendingCount} lastSavedAt={saver.lastSavedAt} />
        </div>
        <div
          className="h-2 overflow-hidden rounded-full bg-line"
          role="progressbar"
          aria-label="Progress through the diagnostic"
          aria-valuemin={1}
          aria-valuemax={steps.length}
          aria-valuenow={index + 1}
          aria-valuetext={`Step ${index + 1} of ${steps.length}`}
        >
          <div className="h-full rounded-full bg-accent transition-[width]" style={{ width: `${Math.round(((index + 1) / steps.length) * 100)}%` }} />
        </div>
      </div>

      <header className="space-y-1">
        <h1 ref={headingRef} tabIndex={-1} className="text-2xl font-semibold tracking-tight break-words focus:outline-none">
          {step.title}
        </h1>
        <p className="text-muted">{step.intro}</p>
      </header>

      {step.kind === "questions" ? (
        <div className="space-y-4">
          {step.questions.map((question) =>
            question.kind === "constraint_picker" ? null : (
              <QuestionField
                key={`${question.id}-${step.constraintId ?? "all"}`}
                question={question}
                fieldId={`${question.id}-${step.constraintId ?? "all"}`}
                value={valueOf(question.id, step.constraintId)}
                error={
                  saver.errors[answerKey(question.id, step.constraintId)] ??
                  (missingShown && unanswered.includes(question) ? pleaseAnswer(question.kind) : undefined)
                }
                onAnswer={(value) => answer(question.id, step.constraintId, value)}
              />
            ),
          )}
          {consultantNotes && step.constraintId && step.firstOfConstraint ? (
            <ConsultantNoteField
              key={step.constraintId}
              url={`${consultantNotes.apiBase}/${step.constraintId}`}
              initial={consultantNotes.initial[step.constraintId] ?? ""}
              maxLength={consultantNotes.maxLength}
            />
          ) : null}
        </div>
      ) : null}

      {step.kind === "constraints" ? (
        <ConstraintListEditor
          step={step}
          constraints={listed}
          freeSlot={questionnaire.constraintSlots.find((slot) => !slots.includes(slot)) ?? null}
          error={
            removeError ??
            (missingShown && pendingConstraint
              ? "You picked a constraint but have not added it: press “Add constraint”, or clear the choice."
              : missingShown && unanswered.length > 0
                ? "Add at least one constraint to continue."
                : undefined)
          }
          onPendingChange={setPendingConstraint}
          onAdd={(slot, definition) => answer(CONSTRAINT_DEFINITION_ID, slot, definition)}
          onRemove={(slot) => void removeConstraint(slot)}
        />
      ) : null}

      {step.kind === "review" ? (
        <ReviewStep
          finishUrl={`${apiBase}/finish`}
          resultsPath={resultsPath}
          steps={steps}
          answers={answers}
          slotsInUse={slots.length}
          savesPending={saver.pendingCount > 0}
          onGoTo={(id) => goTo(steps.findIndex((s) => s.id === id))}
          scope={scope}
        />
      ) : null}

      <nav aria-label="Questionnaire steps" className="flex items-center justify-between gap-3 border-t border-line pt-5">
        <button
          type="button"
          onClick={() => goTo(index - 1)}
          disabled={index === 0}
          className="min-h-12 rounded-md border border-line bg-white px-5 font-semibold disabled:opacity-40"
        >
          Back
        </button>
        {step.kind !== "review" ? (
          <button type="button" onClick={next} className="min-h-12 rounded-md bg-accent px-6 font-semibold text-white hover:bg-accent-strong">
            Next
          </button>
        ) : null}
      </nav>
    </div>
  );
}
