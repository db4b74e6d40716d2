"use client";

import { useId, useState } from "react";

/** The consultant's private note on one constraint, saved when the field loses focus. */
export function ConsultantNoteField({ url, initial, maxLength }: { url: string; initial: string; maxLength: number }) {
  const id = useId();
  const [text, setText] = useState(initial);
  const [saved, setSaved] = useState(initial);
  const [status, setStatus] = useState("");

  const save = async () => {
    if (text === saved) return;
    setStatus("Saving note…");
    try {
      const response = await fetch(url, { method: "PUT", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text }) });
      if (!response.ok) throw new Error(((await response.json().catch(() => ({}))) as { error?: string }).error ?? "The note was not saved.");
      setSaved(text);
      setStatus("Note saved.");
    } catch (error) {
      setStatus(error instanceof TypeError ? "No connection: the note was not saved. Leave the field again to retry." : (error as Error).message);
    }
  };

  return (
    <div className="rounded-lg border border-dashed border-accent bg-accent-soft p-4">
      <label htmlFor={id} className="block font-semibold">
        Private consultant note
      </label>
      <p id={`${id}-help`} className="text-sm text-muted">
        Only you and your workspace see it: it never reaches the leader or a board report.
      </p>
      <textarea
        id={id}
        rows={3}
        maxLength={maxLength}
        value={text}
        aria-describedby={`${id}-help`}
        onChange={(event) => setText(event.target.value)}
        onBlur={() => void save()}
        className="mt-2 w-full rounded-md border border-field bg-white px-3 py-2 text-base"
      />
      <p aria-live="polite" className="text-sm text-muted">
        {status}
      </p>
    </div>
  );
}
