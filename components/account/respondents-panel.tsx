"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { formatDayTime } from "@/lib/format-date";

export type TRespondentRow = {
  id: string;
  name: string;
  perspectiveLabel: string;
  invitedAt: string;
  submittedAt: string | null;
  answered: number;
};

async function send(url: string, init: RequestInit): Promise<{ ok: boolean; body: Record<string, unknown> }> {
  try {
    const response = await fetch(url, init);
    return { ok: response.ok, body: (await response.json().catch(() => ({}))) as Record<string, unknown> };
  } catch {
    return { ok: false, body: { error: "No connection. Try again in a moment." } };
  }
}

/** The consultant invites respondents, copies each personal link once, and sees who has answered. */
export function RespondentsPanel({
  diagnosticId,
  respondents,
  probesPerRespondent,
  perspectives,
  withheld,
}: {
  diagnosticId: string;
  respondents: TRespondentRow[];
  probesPerRespondent: number;
  /** The perspectives a respondent can be invited for, with their labels (from the engine). */
  perspectives: { value: string; label: string }[];
  /** Groups the report would withhold with the invitations so far (the engine's forecastWithheldGroups). */
  withheld: { label: string; invited: number; missing: number }[];
}) {
  const router = useRouter();
  const id = useId();
  const [error, setError] = useState<string | undefined>();
  const [created, setCreated] = useState<{ name: string; url: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const [busy, setBusy] = useState(false);
  const api = `/api/workspace/diagnostics/${diagnosticId}/respondents`;

  const invite = async (form: HTMLFormElement) => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    const data = new FormData(form);
    const name = String(data.get("name") ?? "");
    const result = await send(api, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ perspective: data.get("perspective"), name }),
    });
    setBusy(false);
    if (!result.ok || typeof result.body.respondPath !== "string") {
      setError(typeof result.body.error === "string" ? result.body.error : "The invitation could not be created.");
      return;
    }
    setCreated({ name, url: new URL(result.body.respondPath, window.location.origin).toString() });
    setCopied(false);
    form.reset();
    router.refresh();
  };

  const withdraw = async (respondent: TRespondentRow) => {
    if (!window.confirm(`Withdraw ${respondent.name}'s invitation? Their link stops working and their answers are deleted.`)) return;
    const result = await send(`${api}/${respondent.id}`, { method: "DELETE" });
    if (!result.ok) setError(typeof result.body.error === "string" ? result.body.error : "The invitation could not be withdrawn.");
    router.refresh();
  };

  const status = (r: TRespondentRow) =>
    r.submittedAt ? `Answered ${formatDayTime(r.submittedAt)}` : r.answered > 0 ? `Started: ${r.answered} of ${probesPerRespondent} answered` : "Not answered yet";

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-4 rounded-lg border border-line bg-white p-4 sm:p-5">
      <div>
        <h2 id={`${id}-title`} className="text-lg font-semibold">Respondents</h2>
        <p className="text-sm text-muted">
          Invite the leader (self-view), their manager or CEO, board members and peers. Each gets a personal link to the same constraint
          questions. Links are shown once: copy it now and send it yourself.
        </p>
      </div>

      {respondents.length === 0 ? (
        <p className="text-sm">No one invited yet.</p>
      ) : (
        <ul className="divide-y divide-line">
          {respondents.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span className="min-w-0 [overflow-wrap:anywhere]">
                <span className="font-semibold">{r.name}</span> <span className="text-muted">· {r.perspectiveLabel}</span>
                <br />
                <span className={`text-sm ${r.submittedAt ? "text-accent" : "text-muted"}`}>{status(r)}</span>
              </span>
              <button type="button" onClick={() => void withdraw(r)} className="min-h-10 rounded-md border border-line px-3 text-sm font-semibold">
                Withdraw<span className="sr-only"> {r.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}

      {withheld.map((group) => (
        <p key={group.label} className="rounded-md border border-warn border-l-4 bg-[#fdf6ec] p-3 text-sm">
          <span className="font-semibold text-warn">{group.label}: {group.invited} invited, so their answers will be withheld. </span>
          To keep each person anonymous, the report shows this group only once at least {group.invited + group.missing} have answered.
          Invite {group.missing} more. Otherwise a group of two is shown only if both agree on their invitation page, and is left out of the
          report and the verdict if they do not.
        </p>
      ))}

      {created ? (
        <div className="space-y-2 rounded-md border border-accent bg-accent-soft p-3" role="status">
          <p className="text-sm font-semibold">Personal link for {created.name}</p>
          <div className="flex flex-wrap gap-2">
            <input readOnly value={created.url} aria-label={`Personal link for ${created.name}`} className="min-h-11 min-w-0 flex-1 rounded-md border border-field bg-white px-3 text-sm" onFocus={(e) => e.currentTarget.select()} />
            <button
              type="button"
              className="min-h-11 rounded-md bg-accent px-4 font-semibold text-white hover:bg-accent-strong"
              onClick={async () => {
                await navigator.clipboard.writeText(created.url).then(() => setCopied(true), () => setCopied(false));
              }}
            >
              {copied ? "Copied" : "Copy link"}
            </button>
          </div>
          <p className="text-sm text-muted">Anyone holding this link can answer as this respondent. It is not shown again.</p>
        </div>
      ) : null}

      <form
        method="post"
        className="flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          void invite(event.currentTarget);
        }}
      >
        <div className="min-w-40 flex-1">
          <label htmlFor={`${id}-perspective`} className="text-sm font-semibold">Perspective</label>
          <select id={`${id}-perspective`} name="perspective" className="mt-1 min-h-11 w-full rounded-md border border-field bg-white px-3 text-base">
            {perspectives.map((p) => (
              <option key={p.value} value={p.value}>{p.label}</option>
            ))}
          </select>
        </div>
        <div className="min-w-40 flex-1">
          <label htmlFor={`${id}-name`} className="text-sm font-semibold">Name (only you see it)</label>
          <input id={`${id}-name`} name="name" required maxLength={80} className="mt-1 min-h-11 w-full rounded-md border border-field px-3 text-base" />
        </div>
        <button type="submit" disabled={busy} className="min-h-11 rounded-md bg-accent px-4 font-semibold text-white hover:bg-accent-strong disabled:opacity-50">
          {busy ? "Inviting…" : "Invite respondent"}
        </button>
      </form>
      {error ? <p role="alert" className="text-sm font-medium text-danger">{error}</p> : null}
    </section>
  );
}
