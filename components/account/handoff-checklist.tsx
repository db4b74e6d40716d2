"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import type { THandoffReadiness } from "@/lib/diagnostic";
import { formatDay } from "@/lib/format-date";

/**
 * The handoff criteria of the engagement in force: the one the assessments measure, shown as it
 * stands, and the blueprint's exit criteria, which the consultant confirms one by one.
 */
export function HandoffChecklist({ leaderId, handoff, summary }: { leaderId: string; handoff: THandoffReadiness; summary: string }) {
  const router = useRouter();
  const id = useId();
  const [met, setMet] = useState<Record<string, boolean>>(() => Object.fromEntries(handoff.criteria.map((c) => [c.text, c.met])));
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [evidence, setEvidence] = useState<Record<string, string>>({});

  const confirm = async (criterion: string, value: boolean) => {
    setBusy(criterion);
    setError(undefined);
    setStatus("");
    setMet((m) => ({ ...m, [criterion]: value }));
    try {
      const response = await fetch(`/api/workspace/leaders/${leaderId}/handoff-checks`, {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ criterion, met: value, ...(value && evidence[criterion]?.trim() ? { evidence: evidence[criterion].trim() } : {}) }),
      });
      if (!response.ok) throw new Error(((await response.json().catch(() => ({}))) as { error?: string }).error ?? "The change was not saved.");
      setStatus(value ? "Criterion confirmed as met." : "Confirmation withdrawn.");
      router.refresh();
    } catch (caught) {
      setMet((m) => ({ ...m, [criterion]: !value }));
      setError(caught instanceof TypeError ? "No connection: the change was not saved. Try again." : (caught as Error).message);
    }
    setBusy(null);
  };

  return (
    <section aria-labelledby={`${id}-title`} className={`space-y-3 rounded-lg border p-4 sm:p-5 ${handoff.ready ? "border-accent bg-accent-soft" : "border-line bg-white"}`}>
      <h2 id={`${id}-title`} className="text-lg font-semibold">Handoff readiness</h2>
      <p className="text-sm text-muted">{summary}</p>
      <p className="font-semibold">{handoff.summary}</p>
      <ul className="space-y-2">
        {handoff.criteria.map((criterion, i) =>
          criterion.source === "measured" ? (
            <li key={criterion.text} className="flex items-start gap-3 text-sm">
              <span aria-hidden="true" className={`mt-0.5 inline-grid h-5 w-5 shrink-0 place-items-center rounded border ${criterion.met ? "border-accent bg-accent text-white" : "border-field"}`}>
                {criterion.met ? "✓" : ""}
              </span>
              <span>
                {criterion.text} <span className="font-semibold">{criterion.met ? "Met, from the assessments." : "Not met yet, from the assessments."}</span>
              </span>
            </li>
          ) : (
            <li key={criterion.text} className="space-y-1">
              <label htmlFor={`${id}-c${i}`} className="flex min-h-11 items-start gap-3 text-sm">
                <input
                  id={`${id}-c${i}`}
                  type="checkbox"
                  checked={met[criterion.text] ?? false}
                  // aria-disabled, not disabled: disabling the focused box would throw keyboard focus to the page.
                  aria-disabled={busy !== null || undefined}
                  onChange={(event) => {
                    if (busy === null) void confirm(criterion.text, event.target.checked);
                  }}
                  className="mt-0.5 h-5 w-5 shrink-0 accent-accent"
                />
                <span>
                  {criterion.text}
                  {criterion.met && criterion.confirmedAt ? (
                    <span className="block text-muted">
                      Confirmed {formatDay(criterion.confirmedAt)}
                      {criterion.confirmedBy ? ` by ${criterion.confirmedBy}` : ""}
                      {criterion.evidence ? `. Evidence: ${criterion.evidence}` : ". No evidence recorded."}
                    </span>
                  ) : null}
                </span>
              </label>
              {!criterion.met ? (
                <div className="ml-8">
                  <label htmlFor={`${id}-e${i}`} className="text-xs font-medium text-muted">
                    Evidence, recorded when you tick it (optional)
                  </label>
                  <input
                    id={`${id}-e${i}`}
                    type="text"
                    maxLength={500}
                    value={evidence[criterion.text] ?? ""}
                    onChange={(event) => setEvidence((e) => ({ ...e, [criterion.text]: event.target.value }))}
                    placeholder="e.g. QBR of 12 March ran without the interim COO"
                    className="mt-0.5 w-full rounded-md border border-field px-2 py-1.5 text-sm"
                  />
                </div>
              ) : null}
            </li>
          ),
        )}
      </ul>
      <p role="status" className="text-sm font-medium text-accent">{status}</p>
      {error ? <p role="alert" className="text-sm font-medium text-danger">{error}</p> : null}
    </section>
  );
}
