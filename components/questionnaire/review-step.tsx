"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { unansweredInStep, type TPlanScope, type TStep, type TStepAnswer } from "@/lib/diagnostic/plan-steps";

type Props = {
  finishUrl: string;
  resultsPath: string;
  steps: TStep[];
  answers: TStepAnswer[];
  slotsInUse: number;
  savesPending: boolean;
  onGoTo: (stepId: string) => void;
  scope: TPlanScope;
};

const WORDING: Record<TPlanScope, { ready: string; action: string; busy: string }> = {
  diagnostic: {
    ready: "Every question is answered. Finishing scores your answers and locks them; you can still adjust the cost assumptions on the results page.",
    action: "Finish and see results",
    busy: "Scoring…",
  },
  probes: {
    ready: "Every question is answered. Submitting sends your answers to the consultant and locks them.",
    action: "Submit answers",
    busy: "Submitting…",
  },
};

/** Lists what is still missing, step by step, and finishes the diagnostic when nothing is. */
export function ReviewStep({ finishUrl, resultsPath, steps, answers, slotsInUse, savesPending, onGoTo, scope }: Props) {
  const wording = WORDING[scope];
  const router = useRouter();
  const [finishing, setFinishing] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const checked = steps.map((step, index) => ({ step, index, missing: unansweredInStep(step, answers, slotsInUse) }));
  const gaps = checked.filter((gap) => gap.missing.length > 0);
  const answeredIn = (step: TStep) =>
    step.kind === "questions"
      ? step.questions.filter((q) => answers.some((a) => a.questionId === q.id && a.constraintId === step.constraintId)).length
      : 0;

  const finish = async () => {
    setFinishing(true);
    setError(undefined);
    try {
      const response = await fetch(finishUrl, { method: "POST" });
      if (response.ok) {
        // A respondent's "results" are the same page without the step; refresh re-renders it on the server.
        router.push(resultsPath);
        router.refresh();
        return;
      }
      const body = (await response.json().catch(() => ({}))) as { error?: string };
      setError(body.error ?? "The diagnostic could not be finished.");
    } catch {
      setError("No connection: nothing was lost. Try again in a moment.");
    }
    setFinishing(false);
  };

  return (
    <div className="space-y-4">
      {gaps.length === 0 ? (
        <p className="rounded-lg border border-line bg-white p-4">{wording.ready}</p>
      ) : (
        <div className="rounded-lg border border-line bg-white p-4">
          <h2 className="font-semibold">Still missing</h2>
          <ul className="mt-2 space-y-2">
            {gaps.map(({ step, index, missing }) => (
              <li key={step.id} className="flex flex-wrap items-center justify-between gap-2">
                <span className="break-words">
                  Step {index + 1}, {step.title}: {step.kind === "constraints" ? "add at least one constraint" : `${missing.length} unanswered`}
                </span>
                <button type="button" onClick={() => onGoTo(step.id)} className="min-h-10 rounded-md border border-line px-3 text-sm font-semibold">
                  Go to step {index + 1}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="rounded-lg border border-line bg-white p-4">
        <h2 className="font-semibold">Your answers, step by step</h2>
        <ol className="mt-2 divide-y divide-line">
          {checked
            .filter(({ step }) => step.kind !== "review")
            .map(({ step, index }) => (
              <li key={step.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                <span className="min-w-0 break-words">
                  {index + 1}. {step.title}
                  {step.kind === "questions" && step.loopLabel ? <span className="text-muted"> ({step.loopLabel})</span> : null}
                  <span className="text-muted">
                    {" "}
                    · {step.kind === "questions" ? `${answeredIn(step)} of ${step.questions.length} answered` : `${slotsInUse} listed`}
                  </span>
                </span>
                <button type="button" onClick={() => onGoTo(step.id)} className="min-h-10 rounded-md border border-line px-3 font-semibold" aria-label={`Review step ${index + 1}, ${step.title}`}>
                  Review
                </button>
              </li>
            ))}
        </ol>
      </div>
      {error ? (
        <p role="alert" className="rounded-lg border border-danger bg-white p-4 font-medium text-danger">
          {error}
        </p>
      ) : null}
      <button
        type="button"
        onClick={() => void finish()}
        disabled={finishing || savesPending}
        className="min-h-12 w-full rounded-md bg-accent px-6 font-semibold text-white hover:bg-accent-strong disabled:opacity-50 sm:w-auto"
      >
        {finishing ? wording.busy : savesPending ? "Waiting for answers to save…" : wording.action}
      </button>
    </div>
  );
}
