"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { ConfirmDelete } from "@/components/account/confirm-delete";
import { ImportClient } from "@/components/account/import-client";
import { formatDay } from "@/lib/format-date";

export type TLeaderRow = {
  id: string;
  name: string;
  title: string | null;
  diagnostics: { id: string; status: "in_progress" | "finished"; createdAt: string }[];
};
export type TClientRow = { id: string; name: string; leaders: TLeaderRow[] };


function StartIntake({ leader }: { leader: TLeaderRow }) {
  const router = useRouter();
  const [error, setError] = useState<string | undefined>();
  const again = leader.diagnostics.some((d) => d.status === "finished");
  return (
    <>
      <button
        type="button"
        className="min-h-10 rounded-md border border-accent px-3 text-sm font-semibold text-accent"
        aria-label={again ? `Re-assess ${leader.name}: starts from the last assessment` : `Start an intake session for ${leader.name}`}
        onClick={async () => {
          setError(undefined);
          try {
            const response = await fetch("/api/workspace/diagnostics", {
              method: "POST",
              headers: { "Content-Type": "application/json" },
              body: JSON.stringify({ leaderId: leader.id }),
            });
            const body = (await response.json().catch(() => ({}))) as { path?: string; error?: string };
            if (!response.ok || !body.path) throw new Error(body.error ?? "The session could not be started.");
            router.push(body.path);
          } catch (caught) {
            setError(caught instanceof TypeError ? "No connection. Try again." : (caught as Error).message);
          }
        }}
      >
        {again ? "Re-assess" : "Start intake session"}
      </button>
      {error ? <span role="alert" className="text-sm text-danger">{error}</span> : null}
    </>
  );
}

async function post(url: string, body: unknown): Promise<string | undefined> {
  try {
    const response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    if (response.ok) return undefined;
    return ((await response.json().catch(() => ({}))) as { error?: string }).error ?? "That did not work. Try again.";
  } catch {
    return "No connection. Try again in a moment.";
  }
}

function AddForm({ label, fields, onSubmit }: { label: string; fields: { name: string; label: string; required: boolean }[]; onSubmit: (values: Record<string, string>) => Promise<string | undefined> }) {
  const id = useId();
  const [error, setError] = useState<string | undefined>();
  return (
    <form
      method="post"
      className="flex flex-wrap items-end gap-3"
      onSubmit={async (event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const values = Object.fromEntries([...new FormData(form).entries()].map(([k, v]) => [k, String(v)]));
        const problem = await onSubmit(values);
        setError(problem);
        if (!problem) form.reset();
      }}
    >
      {fields.map((field) => (
        <div key={field.name} className="min-w-40 flex-1">
          <label htmlFor={`${id}-${field.name}`} className="text-sm font-semibold">{field.label}</label>
          <input id={`${id}-${field.name}`} name={field.name} required={field.required} maxLength={120} className="mt-1 min-h-11 w-full rounded-md border border-field px-3 text-base" />
        </div>
      ))}
      <button type="submit" className="min-h-11 rounded-md bg-accent px-4 font-semibold text-white hover:bg-accent-strong">{label}</button>
      {error ? <p role="alert" className="w-full text-sm font-medium text-danger">{error}</p> : null}
    </form>
  );
}

/** The workspace's clients and the leaders being assessed in each. */
export function ClientList({ clients }: { clients: TClientRow[] }) {
  const router = useRouter();
  const refreshAfter = async (problem: Promise<string | undefined>) => {
    const result = await problem;
    if (!result) router.refresh();
    return result;
  };
  return (
    <div className="space-y-6">
      <section aria-labelledby="add-client" className="rounded-lg border border-line bg-white p-4 sm:p-5">
        <h2 id="add-client" className="font-semibold">Add a client</h2>
        <div className="mt-3">
          <AddForm label="Add client" fields={[{ name: "name", label: "Organization", required: true }]} onSubmit={(v) => refreshAfter(post("/api/workspace/clients", { name: v.name }))} />
        </div>
        <div className="mt-4 border-t border-line pt-4">
          <ImportClient />
        </div>
      </section>
      {clients.length === 0 ? (
        <p className="rounded-lg border border-dashed border-line p-6 text-center text-muted">No clients yet. Add the first organization you work with above.</p>
      ) : (
        <ul className="space-y-4" aria-label="Clients">
          {clients.map((client) => (
            <li key={client.id} className="rounded-lg border border-line bg-white p-4 sm:p-5">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <h2 className="text-lg font-semibold break-words">{client.name}</h2>
                <span className="flex flex-wrap items-center gap-3 text-sm">
                  <a href={`/workspace/clients/${client.id}`} className="font-semibold text-accent underline" aria-label={`Portfolio of ${client.name}`}>
                    Portfolio
                  </a>
                  <a href={`/api/workspace/clients/${client.id}/export?format=json`} className="text-accent underline" aria-label={`Export ${client.name} as JSON`}>
                    Export JSON
                  </a>
                  <a href={`/api/workspace/clients/${client.id}/export?format=csv`} className="text-accent underline" aria-label={`Export ${client.name} as CSV`}>
                    Export CSV
                  </a>
                <ConfirmDelete
                  label="Delete client"
                  accessibleName={`Delete client ${client.name}`}
                  title={`Delete ${client.name}?`}
                  consequence="Its leaders, their diagnostics, answers, results, share links and access logs are deleted with it. This cannot be undone."
                  request={{ url: `/api/workspace/clients/${client.id}`, method: "DELETE" }}
                />
                </span>
              </div>
              {client.leaders.length === 0 ? (
                <p className="mt-1 text-sm text-muted">No leaders yet.</p>
              ) : (
                <ul className="mt-2 space-y-3 text-sm" aria-label={`Leaders at ${client.name}`}>
                  {client.leaders.map((leader) => (
                    <li key={leader.id} className="rounded-md border border-line p-3">
                      <div className="flex flex-wrap items-center justify-between gap-2">
                        <span className="font-semibold break-words">
                          {leader.name}
                          {leader.title ? <span className="font-normal text-muted">, {leader.title}</span> : null}
                        </span>
                        <span className="flex flex-wrap gap-2">
                          <StartIntake leader={leader} />
                          {leader.diagnostics.some((d) => d.status === "finished") ? (
                            <a href={`/workspace/leaders/${leader.id}`} className="inline-flex min-h-10 items-center rounded-md border border-line px-3 text-sm font-semibold" aria-label={`Progress of ${leader.name}`}>
                              Progress
                            </a>
                          ) : null}
                          <ConfirmDelete
                            label="Delete"
                            accessibleName={`Delete leader ${leader.name}`}
                            title={`Delete ${leader.name}?`}
                            consequence="Their diagnostics, answers, results, share links and access logs are deleted too. This cannot be undone."
                            request={{ url: `/api/workspace/leaders/${leader.id}`, method: "DELETE" }}
                          />
                        </span>
                      </div>
                      {leader.diagnostics.length > 0 ? (
                        <ul className="mt-2 space-y-1" aria-label={`Diagnostics of ${leader.name}`}>
                          {leader.diagnostics.map((d) => (
                            <li key={d.id}>
                              <a
                                href={d.status === "finished" ? `/workspace/diagnostics/${d.id}/results` : `/workspace/diagnostics/${d.id}`}
                                className="text-accent underline"
                              >
                                {d.status === "finished" ? "Results" : "Continue intake"} · started {formatDay(d.createdAt)}
                              </a>
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
              <div className="mt-3">
                <AddForm
                  label="Add leader"
                  fields={[{ name: "name", label: "Leader's name", required: true }, { name: "title", label: "Title", required: false }]}
                  onSubmit={(v) => refreshAfter(post(`/api/workspace/clients/${client.id}/leaders`, { name: v.name, title: v.title || undefined }))}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
