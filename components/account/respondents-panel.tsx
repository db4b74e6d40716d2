"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { formatDay, formatDayTime } from "@/lib/format-date";

export type TRespondentRow = {
  id: string;
  name: string;
  perspectiveLabel: string;
  invitedAt: string;
  submittedAt: string | null;
  answered: number;
  email: string | null;
  openedAt: string | null;
  remindedAt: string | null;
  dueAt: string | null;
  overdue: boolean;
  /** The last invitation or reminder email, as the server's delivery row has it. */
  delivery: {
    kind: "invitation" | "reminder";
    state: "pending" | "sending" | "sent" | "failed";
    attempts: number;
    lastError: string | null;
    nextAttemptAt: string | null;
    sentAt: string | null;
  } | null;
};

/** The personal link last shown: after an invitation or a reminder, with what happened to its email. */
type TShownLink = { name: string; url: string; note: string; problem?: string };

function deliveryLine(r: TRespondentRow): { text: string; problem: boolean } | null {
  const d = r.delivery;
  if (!d) return null;
  const what = d.kind === "reminder" ? "Reminder email" : "Invitation email";
  if (d.state === "sent") return null;
  if (d.state === "failed") {
    const next = d.nextAttemptAt ? ` Retrying by itself after ${formatDayTime(d.nextAttemptAt)}.` : " No more automatic retries.";
    return { text: `${what} not sent (attempt ${d.attempts}): ${d.lastError ?? "unknown reason"}${next}`, problem: true };
  }
  return { text: `${what} on its way`, problem: false };
}

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
  emailOff,
}: {
  diagnosticId: string;
  /** Null when email is on; otherwise the sentence saying it is off and how to turn it on. */
  emailOff: string | null;
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
  const [created, setCreated] = useState<TShownLink | null>(null);
  const [copied, setCopied] = useState(false);
  const [busy, setBusy] = useState(false);
  const api = `/api/workspace/diagnostics/${diagnosticId}/respondents`;

  const invite = async (form: HTMLFormElement) => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    const data = new FormData(form);
    const name = String(data.get("name") ?? "");
    const email = String(data.get("email") ?? "").trim();
    const result = await send(api, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ perspective: data.get("perspective"), name, email, dueDate: String(data.get("dueDate") ?? "") }),
    });
    setBusy(false);
    if (!result.ok || typeof result.body.respondPath !== "string") {
      setError(typeof result.body.error === "string" ? result.body.error : "The invitation could not be created.");
      return;
    }
    const delivery = (result.body.delivery ?? {}) as { state?: string; error?: string | null };
    setCreated({
      name,
      url: new URL(result.body.respondPath, window.location.origin).toString(),
      note:
        delivery.state === "sent"
          ? `Invitation emailed to ${email}. The link is also here if you want to send it another way.`
          : delivery.state === "failed"
            ? "Meanwhile this link works: copy it and send it yourself if you prefer."
            : "Copy it now and send it yourself.",
      problem: delivery.state === "failed" ? `The invitation email could not be sent: ${delivery.error ?? "unknown reason"} It is retried automatically; a retry sends a new link and this one then stops working.` : undefined,
    });
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

  const remind = async (r: TRespondentRow, emailable: boolean) => {
    const question = emailable
      ? `Email ${r.name} a reminder? It carries a new personal link; the one sent before stops working once it is sent. Answers already saved are kept.`
      : `Make a new personal link for ${r.name}? The link they have stops working at once; answers already saved are kept.`;
    if (!window.confirm(question)) return;
    setError(undefined);
    const result = await send(`${api}/${r.id}/reminders`, { method: "POST" });
    if (!result.ok) setError(typeof result.body.error === "string" ? result.body.error : "The reminder could not be sent.");
    else if (typeof result.body.respondPath === "string") {
      setCreated({
        name: r.name,
        url: new URL(result.body.respondPath, window.location.origin).toString(),
        note: result.body.emailed ? `Reminder emailed to ${r.email ?? r.name}; the previous link no longer works.` : "Send it yourself: the previous link no longer works.",
      });
      setCopied(false);
    } else if (typeof result.body.error === "string") setError(`The reminder to ${r.name} could not be sent: ${result.body.error} Their current link still works.`);
    router.refresh();
  };

  const retry = async (r: TRespondentRow) => {
    setError(undefined);
    const result = await send(`${api}/${r.id}/email-retries`, { method: "POST" });
    if (!result.ok) setError(typeof result.body.error === "string" ? result.body.error : "The email could not be sent.");
    else if (result.body.state === "failed") setError(`The email to ${r.name} could not be sent: ${String(result.body.error)}`);
    router.refresh();
  };

  const status = (r: TRespondentRow) =>
    r.submittedAt ? `Answered ${formatDayTime(r.submittedAt)}` : r.answered > 0 ? `Started: ${r.answered} of ${probesPerRespondent} answered` : "Not answered yet";

  const facts = (r: TRespondentRow) =>
    [
      `Invited ${formatDayTime(r.invitedAt)}`,
      r.delivery?.sentAt ? `Emailed ${formatDayTime(r.delivery.sentAt)}` : null,
      r.openedAt ? `Opened ${formatDayTime(r.openedAt)}` : r.submittedAt ? null : "Not opened yet",
      r.remindedAt ? `Reminded ${formatDayTime(r.remindedAt)}` : null,
      r.dueAt ? `Due ${formatDay(r.dueAt)}` : null,
    ].filter((fact): fact is string => fact !== null);

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-4 rounded-lg border border-line bg-white p-4 sm:p-5">
      <div>
        <h2 id={`${id}-title`} className="text-lg font-semibold">Respondents</h2>
        <p className="text-sm text-muted">
          Invite the leader (self-view), their manager or CEO, board members and peers. Each gets a personal link to the same constraint
          questions. {emailOff ? "Links are shown once: copy it now and send it yourself." : "Give an email address and the app sends the link with what it is for, how long it takes and who sees the answers; the link is also shown once to copy."}
        </p>
        {emailOff ? <p className="mt-2 rounded-md border border-line bg-paper p-3 text-sm">{emailOff}</p> : null}
        {emailOff ? null : (
          <p className="mt-2 text-sm text-muted">
            Only a fingerprint of each link is stored, so a link cannot be sent twice: a reminder or a retry sends a new link, and the earlier one stops working once it is sent.
          </p>
        )}
      </div>

      {respondents.length === 0 ? (
        <p className="text-sm">No one invited yet.</p>
      ) : (
        <ul className="divide-y divide-line">
          {respondents.map((r) => (
            <li key={r.id} className="flex flex-wrap items-start justify-between gap-2 py-3">
              <span className="min-w-0 flex-[1_1_14rem] [overflow-wrap:anywhere]">
                <span className="font-semibold">{r.name}</span> <span className="text-muted">· {r.perspectiveLabel}</span>
                {r.email ? <span className="text-muted"> · {r.email}</span> : null}
                <br />
                <span className={`text-sm ${r.submittedAt ? "text-accent" : "text-muted"}`}>{status(r)}</span>
                {r.overdue ? <span className="ml-2 rounded-sm bg-[#fdf6ec] px-1.5 text-sm font-semibold text-warn">Overdue</span> : null}
                <br />
                <span className="text-sm text-muted">{facts(r).join(" · ")}</span>
                {(() => {
                  const line = deliveryLine(r);
                  return line ? (
                    <>
                      <br />
                      <span className={`text-sm ${line.problem ? "font-medium text-danger" : "text-muted"}`}>{line.text}</span>
                    </>
                  ) : null;
                })()}
              </span>
              <span className="flex flex-wrap gap-2">
                {!r.submittedAt && !emailOff && r.email && (r.delivery?.state === "failed" || r.delivery === null) ? (
                  <button type="button" onClick={() => void retry(r)} className="min-h-10 rounded-md border border-accent px-3 text-sm font-semibold text-accent">
                    {r.delivery ? "Retry email" : "Email invitation"}<span className="sr-only"> to {r.name}</span>
                  </button>
                ) : null}
                {!r.submittedAt ? (
                  <button type="button" onClick={() => void remind(r, !emailOff && r.email !== null)} className="min-h-10 rounded-md border border-line px-3 text-sm font-semibold">
                    {!emailOff && r.email ? "Remind" : "New link"}<span className="sr-only"> for {r.name}</span>
                  </button>
                ) : null}
                <button type="button" onClick={() => void withdraw(r)} className="min-h-10 rounded-md border border-line px-3 text-sm font-semibold">
                  Withdraw<span className="sr-only"> {r.name}</span>
                </button>
              </span>
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
          {created.problem ? <p className="text-sm font-medium text-danger">{created.problem}</p> : null}
          <p className="text-sm text-muted">{created.note} Anyone holding this link can answer as this respondent. It is not shown again.</p>
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
        {emailOff ? null : (
          <div className="min-w-48 flex-1">
            <label htmlFor={`${id}-email`} className="text-sm font-semibold">Email (optional)</label>
            <input id={`${id}-email`} name="email" type="email" maxLength={254} autoComplete="off" className="mt-1 min-h-11 w-full rounded-md border border-field px-3 text-base" />
          </div>
        )}
        <div className="min-w-40">
          <label htmlFor={`${id}-due`} className="text-sm font-semibold">Due date (optional)</label>
          <input id={`${id}-due`} name="dueDate" type="date" className="mt-1 min-h-11 w-full rounded-md border border-field bg-white px-3 text-base" />
        </div>
        <button type="submit" disabled={busy} className="min-h-11 rounded-md bg-accent px-4 font-semibold text-white hover:bg-accent-strong disabled:opacity-50">
          {busy ? "Inviting…" : "Invite respondent"}
        </button>
      </form>
      {error ? <p role="alert" className="text-sm font-medium text-danger">{error}</p> : null}
    </section>
  );
}
