"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";

type Props = {
  /** Visible button text and its accessible name. */
  label: string;
  accessibleName?: string;
  title: string;
  consequence: string;
  request: { url: string; method: "DELETE" | "POST" };
  /** Ask for the account password (account deletion). */
  withPassword?: boolean;
  /** Where to go afterwards; by default the page refreshes. */
  after?: string;
};

/** A destructive action behind a modal confirmation (native <dialog>: focus trapped, Escape cancels). */
export function ConfirmDelete({ label, accessibleName, title, consequence, request, withPassword = false, after }: Props) {
  const router = useRouter();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const confirm = async (password: string) => {
    setBusy(true);
    setError(undefined);
    try {
      const response = await fetch(request.url, {
        method: request.method,
        headers: { "Content-Type": "application/json" },
        body: withPassword ? JSON.stringify({ password }) : undefined,
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { error?: string; message?: string; code?: string };
        throw new Error(body.code === "INVALID_PASSWORD" ? "That password is not right." : (body.error ?? body.message ?? "Nothing was deleted. Try again."));
      }
      dialog.current?.close();
      if (after) router.push(after);
      router.refresh();
    } catch (caught) {
      setError(caught instanceof TypeError ? "No connection: nothing was deleted." : (caught as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        aria-label={accessibleName}
        onClick={() => dialog.current?.showModal()}
        className="min-h-10 rounded-md border border-danger px-3 text-sm font-semibold text-danger"
      >
        {label}
      </button>
      <dialog ref={dialog} aria-labelledby={`${id}-title`} className="m-auto w-[calc(100%-2rem)] max-w-md rounded-lg border border-line p-6 backdrop:bg-ink/40">
        <form
          method="dialog"
          onSubmit={(event) => {
            event.preventDefault();
            void confirm(String(new FormData(event.currentTarget).get("password") ?? ""));
          }}
        >
          <h2 id={`${id}-title`} className="text-lg font-semibold break-words">{title}</h2>
          <p className="mt-2 text-muted">{consequence}</p>
          {withPassword ? (
            <div className="mt-3">
              <label htmlFor={`${id}-password`} className="text-sm font-semibold">Your password</label>
              <input id={`${id}-password`} name="password" type="password" required autoComplete="current-password" className="mt-1 min-h-11 w-full rounded-md border border-field px-3" />
            </div>
          ) : null}
          {error ? <p role="alert" className="mt-3 font-medium text-danger">{error}</p> : null}
          <div className="mt-5 flex flex-wrap justify-end gap-3">
            <button type="button" onClick={() => dialog.current?.close()} className="min-h-11 rounded-md border border-line px-4 font-semibold">
              Cancel
            </button>
            <button type="submit" disabled={busy} className="min-h-11 rounded-md bg-danger px-4 font-semibold text-white disabled:opacity-60">
              {busy ? "Deleting…" : "Delete for good"}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
