"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";

/**
 * Deletes the diagnostic and everything attached to it, after an explicit confirmation in a modal
 * dialog (the native <dialog>: focus is trapped and Escape cancels).
 */
export function DeleteDiagnostic({ token }: { token: string }) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, setState] = useState<"idle" | "deleting" | "error">("idle");
  const [message, setMessage] = useState("");

  const remove = async () => {
    setState("deleting");
    try {
      const response = await fetch(`/api/diagnostics/${token}`, { method: "DELETE" });
      if (!response.ok) throw new Error(((await response.json().catch(() => ({}))) as { error?: string }).error ?? "Deletion failed.");
      router.push("/deleted");
    } catch (error) {
      setState("error");
      setMessage(error instanceof TypeError ? "No connection: nothing was deleted. Try again." : (error as Error).message);
    }
  };

  return (
    <section aria-labelledby="delete-title" className="rounded-lg border border-line bg-white p-4 text-sm">
      <h2 id="delete-title" className="font-semibold">
        Your data, your call
      </h2>
      <p className="mt-1 text-muted">Delete this diagnostic with all its answers and results. This cannot be undone.</p>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="mt-3 min-h-11 rounded-md border border-danger px-4 font-semibold text-danger hover:bg-red-50"
      >
        Delete this diagnostic
      </button>
      <dialog ref={dialog} aria-labelledby="delete-confirm-title" className="m-auto w-[calc(100%-2rem)] max-w-md rounded-lg border border-line p-6 backdrop:bg-ink/40">
        <h2 id="delete-confirm-title" className="text-lg font-semibold">
          Delete this diagnostic for good?
        </h2>
        <p className="mt-2 text-muted">Every answer and result is removed from our database. The resume link will stop working.</p>
        {state === "error" ? (
          <p role="alert" className="mt-3 font-medium text-danger">
            {message}
          </p>
        ) : null}
        <div className="mt-5 flex flex-wrap justify-end gap-3">
          <button type="button" onClick={() => dialog.current?.close()} className="min-h-11 rounded-md border border-line px-4 font-semibold">
            Cancel
          </button>
          <button
            type="button"
            onClick={() => void remove()}
            disabled={state === "deleting"}
            className="min-h-11 rounded-md bg-danger px-4 font-semibold text-white disabled:opacity-60"
          >
            {state === "deleting" ? "Deleting…" : "Delete everything"}
          </button>
        </div>
      </dialog>
    </section>
  );
}
