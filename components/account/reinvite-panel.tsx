"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";

type TInvited = { name: string; url: string };

/**
 * A re-assessment asks the same people again. The previous respondents are listed; one click gives
 * each a new personal link to this assessment, shown once to copy.
 */
export function ReinvitePanel({
  diagnosticId,
  previousNumber,
  respondents,
}: {
  diagnosticId: string;
  previousNumber: number;
  respondents: { name: string; perspectiveLabel: string }[];
}) {
  const router = useRouter();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [invited, setInvited] = useState<TInvited[]>([]);

  const reinvite = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const response = await fetch(`/api/workspace/diagnostics/${diagnosticId}/respondents/reinvite`, { method: "POST" });
      const body = (await response.json().catch(() => ({}))) as { invited?: { name: string; respondPath: string }[]; error?: string };
      if (!response.ok || !body.invited) throw new Error(body.error ?? "The invitations could not be created.");
      setInvited(body.invited.map((r) => ({ name: r.name, url: new URL(r.respondPath, window.location.origin).toString() })));
      router.refresh();
    } catch (caught) {
      setError(caught instanceof TypeError ? "No connection. Try again." : (caught as Error).message);
    }
    setBusy(false);
  };

  if (respondents.length === 0 && invited.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3 rounded-lg border border-line bg-white p-4 sm:p-5">
      <h2 id={`${id}-title`} className="text-lg font-semibold">Ask the same people again</h2>
      {invited.length === 0 ? (
        <>
          <p className="text-sm text-muted">
            Assessment {previousNumber} heard from {respondents.length} respondent{respondents.length === 1 ? "" : "s"}. Asking the same people
            again makes the change comparable; each gets a new personal link to this assessment.
          </p>
          <ul className="text-sm">
            {respondents.map((r) => (
              <li key={`${r.perspectiveLabel}-${r.name}`}>
                <span className="font-semibold">{r.name}</span> <span className="text-muted">· {r.perspectiveLabel}</span>
              </li>
            ))}
          </ul>
          <button
            type="button"
            onClick={() => void reinvite()}
            aria-disabled={busy || undefined}
            className="min-h-10 rounded-md bg-accent px-4 text-sm font-semibold text-white"
          >
            {busy ? "Inviting…" : `Invite all ${respondents.length} again`}
          </button>
        </>
      ) : (
        <>
          <p className="text-sm">New personal links, shown once: copy each now and send it to the person named.</p>
          <ul className="space-y-2">
            {invited.map((r) => (
              <li key={r.url}>
                <label className="text-sm font-semibold" htmlFor={`${id}-${r.url.slice(-8)}`}>
                  Personal link for {r.name}
                </label>
                <input id={`${id}-${r.url.slice(-8)}`} readOnly value={r.url} onFocus={(e) => e.currentTarget.select()} className="mt-0.5 w-full rounded-md border border-field px-2 py-1.5 font-mono text-sm" />
              </li>
            ))}
          </ul>
        </>
      )}
      {error ? <p role="alert" className="text-sm font-medium text-danger">{error}</p> : null}
    </section>
  );
}
