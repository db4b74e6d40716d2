"use client";

import { useState } from "react";
import type { TQuestion } from "@/lib/diagnostic/schemas";
import { validateAnswerValue } from "@/lib/diagnostic/validate-answer-value";

type Props = {
  question: Exclude<TQuestion, { kind: "constraint_picker" }>;
  /** Unique within the page: the question id plus its constraint slot. */
  fieldId: string;
  value: unknown;
  /** A refusal from the server, or "please answer" from the step check. */
  error?: string;
  onAnswer: (value: unknown) => void;
};

const errorId = (fieldId: string) => `${fieldId}-error`;

function FieldError({ fieldId, message }: { fieldId: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={errorId(fieldId)} className="mt-2 text-sm font-medium text-danger">
      {message}
    </p>
  );
}

/** One question, rendered from its definition: radio groups for choices, inputs for numbers and text. */
export function QuestionField({ question, fieldId, value, error, onAnswer }: Props) {
  const [draft, setDraft] = useState<string>(value === undefined || value === null ? "" : String(value));
  const [localError, setLocalError] = useState<string | undefined>();
  const shownError = localError ?? error;
  const describedBy = [question.help ? `${fieldId}-help` : null, shownError ? errorId(fieldId) : null].filter(Boolean).join(" ") || undefined;

  if (question.kind === "single_choice" || question.kind === "scale_probe") {
    const isScale = question.kind === "scale_probe";
    return (
      <fieldset className="rounded-lg border border-line bg-white p-4 sm:p-5" aria-describedby={describedBy} aria-invalid={shownError ? true : undefined}>
        <legend className="float-left mb-3 w-full text-base font-semibold leading-snug">
          {question.prompt}
          {question.required ? null : <span className="ml-2 text-sm font-normal text-muted">(optional)</span>}
        </legend>
        {question.help && !isScale ? (
          <p id={`${fieldId}-help`} className="clear-left mb-3 text-sm text-muted">
            {question.help}
          </p>
        ) : null}
        <div className={isScale ? "clear-left grid grid-cols-1 gap-2 sm:grid-cols-5" : "clear-left grid gap-2"}>
          {question.options.map((option) => {
            const id = `${fieldId}-${String(option.value)}`;
            const checked = value === option.value;
            return (
              <label
                key={String(option.value)}
                htmlFor={id}
                className={`flex min-h-12 cursor-pointer items-center gap-3 rounded-md border px-3 py-2 text-sm has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-accent ${
                  checked ? "border-accent bg-accent-soft font-semibold" : "border-line hover:border-muted"
                }`}
              >
                <input
                  id={id}
                  type="radio"
                  name={fieldId}
                  value={String(option.value)}
                  checked={checked}
                  onChange={() => onAnswer(option.value)}
                  className="h-5 w-5 shrink-0 accent-accent"
                />
                <span>{option.label}</span>
              </label>
            );
          })}
        </div>
        <FieldError fieldId={fieldId} message={shownError} />
      </fieldset>
    );
  }

  const commit = (raw: string) => {
    if (question.kind === "number") {
      if (raw.trim() === "") return setLocalError(undefined);
      const parsed = Number(raw);
      const checked = validateAnswerValue(question, parsed);
      if (!checked.ok) return setLocalError(checked.error);
      setLocalError(undefined);
      if (parsed !== value) onAnswer(parsed);
      return;
    }
    const checked = validateAnswerValue(question, raw);
    if (!checked.ok) return setLocalError(checked.error);
    setLocalError(undefined);
    if (checked.value !== value) onAnswer(checked.value);
  };

  return (
    <div className="rounded-lg border border-line bg-white p-4 sm:p-5">
      <label htmlFor={fieldId} className="block text-base font-semibold leading-snug">
        {question.prompt}
        {question.required ? null : <span className="ml-2 text-sm font-normal text-muted">(optional)</span>}
      </label>
      {question.help ? (
        <p id={`${fieldId}-help`} className="mt-1 text-sm text-muted">
          {question.help}
        </p>
      ) : null}
      {question.kind === "number" ? (
        <div className="mt-3 space-y-2">
          <div className="flex items-center gap-2">
            <input
              id={fieldId}
              type="number"
              inputMode="decimal"
              min={question.min}
              max={question.max}
              step={question.integer ? 1 : "any"}
              value={draft}
              placeholder={String(question.defaultValue)}
              aria-describedby={[describedBy, `${fieldId}-default`].filter(Boolean).join(" ")}
              aria-invalid={shownError ? true : undefined}
              onChange={(event) => setDraft(event.target.value)}
              onBlur={(event) => commit(event.target.value)}
              className="min-h-12 w-44 rounded-md border border-field px-3 text-base"
            />
            <span className="text-sm text-muted">{question.unit}</span>
          </div>
          <p id={`${fieldId}-default`} className="text-sm text-muted">
            Default if left empty: <strong className="font-semibold text-ink">{question.defaultValue.toLocaleString("en")}</strong>.{" "}
            {question.defaultSource}
          </p>
        </div>
      ) : (
        <input
          id={fieldId}
          type="text"
          maxLength={question.maxLength}
          value={draft}
          aria-describedby={describedBy}
          aria-invalid={shownError ? true : undefined}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={(event) => commit(event.target.value)}
          className="mt-3 min-h-12 w-full rounded-md border border-field px-3 text-base"
        />
      )}
      <FieldError fieldId={fieldId} message={shownError} />
    </div>
  );
}
