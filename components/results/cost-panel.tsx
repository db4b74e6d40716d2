"use client";

import { useEffect, useRef, useState } from "react";
import type { TCostEstimate, TDiagnosticInput, TDiagnosticResult, TEconomicsInput } from "@/lib/diagnostic";
import { CURRENCIES, ECONOMICS_QUESTION_IDS, economicsAnswers, type TEconomicsLimits } from "@/lib/diagnostic/economics-fields";
import { AssumptionList } from "@/components/results/assumption-list";
import type { TAssumptionField } from "@/components/results/assumption-list";
import { CostChart } from "@/components/results/cost-chart";
import { CostHeadline } from "@/components/results/cost-headline";
import { CostRanges } from "@/components/results/cost-ranges";
import { Disclosure } from "@/components/results/disclosure";
import { formatNumber } from "@/components/results/cost-format";

type TCostPanelProps = {
  input: TDiagnosticInput;
  result: TDiagnosticResult;
  editable: boolean;
  saveUrl?: string;
  /** Bounds of each numeric assumption, read from the questionnaire on the server. */
  limits: TEconomicsLimits;
};
type TKey = keyof TEconomicsInput;
type TLimits = { min: number; max: number; integer: boolean };
type TStatus = { kind: "idle" } | { kind: "saving" } | { kind: "saved"; revision: number } | { kind: "error"; message: string };

const KEY_BY_QUESTION_ID = new Map(Object.entries(ECONOMICS_QUESTION_IDS).map(([key, id]) => [id, key as TKey]));

/** Checks typed text against the questionnaire's own limits for that question. */
function parseDraft(draft: string, limits: TLimits | undefined): { value: number } | { error: string } {
  const text = draft.trim();
  const value = Number(text);
  if (text === "" || !Number.isFinite(value)) return { error: "Enter a number." };
  if (value < 0) return { error: "Enter a number of 0 or more." };
  if (limits && value < limits.min) return { error: `Enter ${formatNumber(limits.min)} or more.` };
  if (limits && value > limits.max) return { error: `Enter ${formatNumber(limits.max)} or less.` };
  if (limits?.integer && !Number.isInteger(value)) return { error: "Enter a whole number." };
  return { value };
}

async function readError(response: Response): Promise<string> {
  try {
    const body: unknown = await response.json();
    if (body && typeof body === "object" && "error" in body && typeof body.error === "string") return body.error;
  } catch {
    // not JSON: fall through
  }
  return `The assumptions could not be saved (error ${response.status}).`;
}

/** Cost of action against inaction, the figures behind it and, when editable, inputs to change them. */
export function CostPanel({ input, result, editable, saveUrl, limits: limitsById }: TCostPanelProps) {
  const limits = new Map<string, TLimits>(Object.entries(limitsById));

  const [economics, setEconomics] = useState<TEconomicsInput>(input.economics);
  const [drafts, setDrafts] = useState<Record<string, string>>(() =>
    Object.fromEntries(result.costs.assumptions.filter((a) => KEY_BY_QUESTION_ID.has(a.id)).map((a) => [a.id, String(a.value)])),
  );
  const [savedJson, setSavedJson] = useState(() => JSON.stringify(economicsAnswers(input.economics)));
  const [status, setStatus] = useState<TStatus>({ kind: "idle" });

  // The stored estimate shows first; the engine that re-prices it loads only once a figure changes,
  // so readers who never edit do not pay for it on a phone.
  const [costs, setCosts] = useState<TCostEstimate>(result.costs);
  const edited = useRef(false);
  useEffect(() => {
    if (!editable || !edited.current) return;
    let current = true;
    void import("@/lib/diagnostic/recompute-costs").then(({ recomputeCosts }) => {
      if (current) setCosts(recomputeCosts(input, result, economics));
    });
    return () => {
      current = false;
    };
  }, [editable, input, result, economics]);

  const fields: Record<string, TAssumptionField> = {};
  if (editable) {
    for (const [id, draft] of Object.entries(drafts)) {
      if (KEY_BY_QUESTION_ID.get(id) === "currency") {
        fields[id] = { kind: "currency", draft, error: null };
        continue;
      }
      const lim = limits.get(id);
      const parsed = parseDraft(draft, lim);
      fields[id] = { kind: "number", draft, error: "error" in parsed ? parsed.error : null, ...lim };
    }
  }
  const invalid = Object.values(fields).some((f) => f.error !== null);
  const answers = economicsAnswers(economics);
  const dirty = JSON.stringify(answers) !== savedJson;
  useEffect(() => {
    if (!dirty) return;
    // Leaving with edited but unsaved assumptions asks first, as the questionnaire does for answers.
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  function handleChange(id: string, value: string) {
    const key = KEY_BY_QUESTION_ID.get(id);
    if (!key) return;
    edited.current = true;
    setDrafts((d) => ({ ...d, [id]: value }));
    if (status.kind !== "saving") setStatus({ kind: "idle" });
    if (key === "currency") {
      const currency = CURRENCIES.find((c) => c === value);
      if (currency) setEconomics((e) => ({ ...e, currency }));
      return;
    }
    const parsed = parseDraft(value, limits.get(id));
    if ("value" in parsed) setEconomics((e) => ({ ...e, [key]: parsed.value }));
  }

  async function handleSave() {
    if (!saveUrl || invalid || status.kind === "saving") return;
    const sent = JSON.stringify(answers);
    setStatus({ kind: "saving" });
    try {
      const response = await fetch(saveUrl, {
        method: "PUT",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ answers }),
      });
      if (!response.ok) {
        setStatus({ kind: "error", message: await readError(response) });
        return;
      }
      const body: unknown = await response.json().catch(() => null);
      const revision = body && typeof body === "object" && "revision" in body && typeof body.revision === "number" ? body.revision : null;
      if (revision === null) {
        setStatus({ kind: "error", message: "The server answered in an unexpected way; your changes may not be saved." });
        return;
      }
      setSavedJson(sent);
      setStatus({ kind: "saved", revision });
    } catch {
      setStatus({ kind: "error", message: "Could not reach the server. Your changes are kept here; try again." });
    }
  }

  const assumptionIntro = editable
    ? "Every figure behind the estimate. Change any of them and the estimate above updates straight away."
    : "Every figure behind the estimate, with where it comes from.";
  const assumptions = (
    <>
      <AssumptionList assumptions={costs.assumptions} currency={costs.currency} fields={editable ? fields : undefined} onChange={handleChange} />
      {editable && saveUrl ? (
        <div className="mt-5 flex flex-wrap items-center gap-x-4 gap-y-2 border-t border-line pt-4">
          <button type="button" onClick={handleSave} disabled={invalid || status.kind === "saving"}
            className="inline-flex min-h-11 items-center rounded-md bg-accent px-5 font-semibold text-white hover:bg-accent-strong disabled:cursor-not-allowed disabled:bg-muted">
            Save assumptions
          </button>
          <p aria-live="polite" role="status" className="text-sm">
            {status.kind === "saving" ? "Saving…" : null}
            {status.kind === "saved" ? `Saved as revision ${status.revision}.` : null}
            {status.kind === "error" ? <span className="font-medium text-danger">{status.message}</span> : null}
            {status.kind === "idle" && invalid ? <span className="text-danger">Correct the highlighted figures to save.</span> : null}
            {status.kind === "idle" && !invalid && dirty ? <span className="text-muted">You have unsaved changes.</span> : null}
          </p>
        </div>
      ) : null}
    </>
  );

  if (costs.v2) {
    // v2: the ranges lead; the month-by-month chart and the assumptions are one click away.
    const defaults = costs.assumptions.filter((a) => a.origin === "default").length;
    return (
      <div className="space-y-4">
        <CostRanges costs={costs} v2={costs.v2} />
        <div className="rounded-lg border border-line bg-white px-4 py-2 sm:px-5">
          {costs.applicable && costs.series.length > 1 ? (
            <Disclosure summary="Cumulative cost by month" className="border-b border-line pb-2 last:border-0">
              <CostChart costs={costs} />
            </Disclosure>
          ) : null}
          <Disclosure
            summary={`Assumptions: ${costs.assumptions.length} figures, ${defaults} of them defaults${editable ? " (change them to re-price)" : ""}`}
            className="pb-2">
            <p className="mb-4 text-sm text-muted">{assumptionIntro}</p>
            {assumptions}
          </Disclosure>
        </div>
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <CostHeadline costs={costs} />
      {costs.applicable && costs.series.length > 1 ? (
        <div className="rounded-lg border border-line bg-white p-4 sm:p-5">
          <h3 className="text-lg font-semibold">Cumulative cost by month</h3>
          <div className="mt-3">
            <CostChart costs={costs} />
          </div>
        </div>
      ) : null}
      <div className="rounded-lg border border-line bg-white p-5">
        <h3 className="text-lg font-semibold">Assumptions</h3>
        <p className="mt-1 mb-4 text-sm text-muted">{assumptionIntro}</p>
        {assumptions}
      </div>
    </div>
  );
}
