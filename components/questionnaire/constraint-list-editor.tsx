"use client";

import { useId, useState } from "react";
import type { TConstraintsStep } from "@/lib/diagnostic/plan-steps";
import { validateAnswerValue } from "@/lib/diagnostic/validate-answer-value";

export type TListedConstraint = { constraintId: string; title: string; description: string | null };

type Props = {
  step: TConstraintsStep;
  constraints: TListedConstraint[];
  freeSlot: string | null;
  error?: string;
  onAdd: (constraintId: string, definition: unknown) => void;
  onRemove: (constraintId: string) => void;
  /** Tells the wizard when a choice is picked but not yet added, so Next does not silently drop it. */
  onPendingChange: (pending: boolean) => void;
};

const CUSTOM = "__custom";

/** The constraint list: pick from the catalog or describe your own, up to the questionnaire's limit. */
export function ConstraintListEditor({ step, constraints, freeSlot, error, onAdd, onRemove, onPendingChange }: Props) {
  const { question } = step;
  const baseId = useId();
  const [choice, setChoiceState] = useState<string>("");
  const setChoice = (value: string) => {
    setChoiceState(value);
    onPendingChange(value !== "");
  };
  const [announcement, setAnnouncement] = useState("");
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [area, setArea] = useState("");
  const [formError, setFormError] = useState<string | undefined>();
  const [confirming, setConfirming] = useState<string | null>(null);
  const taken = new Set(constraints.map((c) => c.title));

  const add = () => {
    if (!freeSlot) return;
    if (!choice) return setFormError("Choose a constraint from the list, or “Something else”.");
    const definition =
      choice === CUSTOM
        ? { kind: "custom", title, ...(description.trim() ? { description } : {}), ...(question.areaOptions ? { area } : {}) }
        : { kind: "catalog", catalogId: choice, ...(description.trim() ? { description } : {}) };
    const checked = validateAnswerValue(question, definition);
    if (!checked.ok) return setFormError(checked.error);
    setFormError(undefined);
    onAdd(freeSlot, checked.value);
    setAnnouncement(`Added: ${choice === CUSTOM ? title.trim() : (question.options.find((o) => o.value === choice)?.label ?? "constraint")}.`);
    setChoice("");
    setTitle("");
    setDescription("");
    setArea("");
  };

  return (
    <div className="space-y-6">
      <section aria-labelledby={`${baseId}-listed`} className="rounded-lg border border-line bg-white p-4 sm:p-5">
        <h2 id={`${baseId}-listed`} className="text-base font-semibold">
          Your constraints ({constraints.length} of {step.maxConstraints})
        </h2>
        {constraints.length === 0 ? (
          <p className="mt-2 text-sm text-muted">None yet. Add the problem that matters most first; you can list up to {step.maxConstraints}.</p>
        ) : (
          <ol className="mt-3 space-y-3">
            {constraints.map((constraint, index) => (
              <li key={constraint.constraintId} className="rounded-md border border-line p-3">
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div className="min-w-0">
                    <p className="font-semibold break-words">
                      {index + 1}. {constraint.title}
                    </p>
                    {constraint.description ? <p className="mt-1 text-sm break-words text-muted">{constraint.description}</p> : null}
                  </div>
                  {confirming === constraint.constraintId ? (
                    <div className="flex flex-wrap items-center gap-2" role="group" aria-label={`Confirm removing ${constraint.title}`}>
                      <span className="text-sm">Remove it and its answers?</span>
                      <button
                        type="button"
                        // The confirmation replaces the button that had focus; focus follows it.
                        autoFocus
                        onClick={() => {
                          setConfirming(null);
                          setAnnouncement(`Removed: ${constraint.title}.`);
                          onRemove(constraint.constraintId);
                        }}
                        className="min-h-10 rounded-md bg-danger px-3 text-sm font-semibold text-white"
                      >
                        Remove
                      </button>
                      <button type="button" onClick={() => setConfirming(null)} className="min-h-10 rounded-md border border-line px-3 text-sm">
                        Keep
                      </button>
                    </div>
                  ) : (
                    <button
                      type="button"
                      onClick={() => setConfirming(constraint.constraintId)}
                      className="min-h-10 rounded-md border border-line px-3 text-sm"
                      aria-label={`Remove ${constraint.title}`}
                    >
                      Remove
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ol>
        )}
        {error ? (
          <p role="alert" className="mt-3 text-sm font-medium text-danger">
            {error}
          </p>
        ) : null}
        <p aria-live="polite" className="sr-only">
          {announcement}
        </p>
      </section>

      {freeSlot ? (
        <fieldset className="rounded-lg border border-line bg-white p-4 sm:p-5" aria-describedby={`${baseId}-help`}>
          <legend className="float-left mb-1 w-full text-base font-semibold">{question.prompt}</legend>
          <p id={`${baseId}-help`} className="clear-left mb-3 text-sm text-muted">
            {question.help}
          </p>
          <div className="grid gap-2">
            {[...question.options, { value: CUSTOM, label: "Something else: describe it in your own words", help: undefined }].map((option) => {
              const id = `${baseId}-${option.value}`;
              const disabled = option.value !== CUSTOM && taken.has(option.label);
              return (
                <label
                  key={option.value}
                  htmlFor={id}
                  className={`flex min-h-12 items-start gap-3 rounded-md border px-3 py-2 text-sm has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-accent ${
                    choice === option.value ? "border-accent bg-accent-soft" : "border-line"
                  } ${disabled ? "opacity-60" : "cursor-pointer"}`}
                >
                  <input
                    id={id}
                    type="radio"
                    name={`${baseId}-choice`}
                    value={option.value}
                    checked={choice === option.value}
                    disabled={disabled}
                    onChange={() => setChoice(option.value)}
                    className="mt-0.5 h-5 w-5 shrink-0 accent-accent"
                  />
                  <span>
                    <span className="font-semibold">{option.label}</span>
                    {disabled ? <span className="text-muted"> (already listed)</span> : null}
                    {option.help ? <span className="block text-muted">{option.help}</span> : null}
                  </span>
                </label>
              );
            })}
          </div>
          {choice === CUSTOM ? (
            <div className="mt-4">
              <label htmlFor={`${baseId}-title`} className="block text-sm font-semibold">
                Short title (up to {question.titleMaxLength} characters)
              </label>
              <input
                id={`${baseId}-title`}
                type="text"
                maxLength={question.titleMaxLength}
                value={title}
                onChange={(event) => setTitle(event.target.value)}
                className="mt-1 min-h-12 w-full rounded-md border border-field px-3 text-base"
              />
              {question.areaOptions ? (
                <>
                  <label htmlFor={`${baseId}-area`} className="mt-4 block text-sm font-semibold">
                    Where does it sit?
                  </label>
                  <p id={`${baseId}-area-help`} className="text-sm text-muted">
                    Used to name the right kind of operator and indicators, if the plan needs them.
                  </p>
                  <select
                    id={`${baseId}-area`}
                    aria-describedby={`${baseId}-area-help`}
                    value={area}
                    onChange={(event) => setArea(event.target.value)}
                    className="mt-1 min-h-12 w-full rounded-md border border-field bg-white px-3 text-base"
                  >
                    <option value="">Choose an area</option>
                    {question.areaOptions.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                </>
              ) : null}
            </div>
          ) : null}
          <div className="mt-4">
            <label htmlFor={`${baseId}-description`} className="block text-sm font-semibold">
              What does it look like here? <span className="font-normal text-muted">(optional, up to {question.descriptionMaxLength} characters)</span>
            </label>
            <textarea
              id={`${baseId}-description`}
              maxLength={question.descriptionMaxLength}
              rows={3}
              value={description}
              onChange={(event) => setDescription(event.target.value)}
              className="mt-1 w-full rounded-md border border-field px-3 py-2 text-base"
            />
          </div>
          {formError ? (
            <p role="alert" className="mt-3 text-sm font-medium text-danger">
              {formError}
            </p>
          ) : null}
          <button type="button" onClick={add} className="mt-4 min-h-12 rounded-md bg-accent px-5 font-semibold text-white hover:bg-accent-strong">
            Add constraint
          </button>
        </fieldset>
      ) : (
        <p className="rounded-lg border border-line bg-white p-4 text-sm text-muted">
          You have listed the maximum of {step.maxConstraints} constraints. Remove one to add another.
        </p>
      )}
    </div>
  );
}
