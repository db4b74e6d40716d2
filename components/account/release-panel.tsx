"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { formatDayTime } from "@/lib/format-date";

type TSectionOption = { value: string; label: string };

/**
 * Controlled release: nothing reaches the leader or a board until the consultant releases it, with
 * the report sections they choose. Releasing again updates the sections.
 */
export function ReleasePanel({
  diagnosticId,
  releasedAt,
  chosen,
  options,
}: {
  diagnosticId: string;
  releasedAt: string | null;
  chosen: string[];
  options: TSectionOption[];
}) {
  const router = useRouter();
  const id = useId();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");

  const release = async (form: HTMLFormElement) => {
    setBusy(true);
    setError(undefined);
    setStatus("");
    const sections = new FormData(form).getAll("section").map(String);
    try {
      const response = await fetch(`/api/workspace/diagnostics/${diagnosticId}/release`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ sections }),
      });
      if (!response.ok) throw new Error(((await response.json().catch(() => ({}))) as { error?: string }).error ?? "The results could not be released.");
      setStatus(`Released with ${sections.length} section${sections.length === 1 ? "" : "s"} after the summary.`);
      router.refresh();
    } catch (caught) {
      setError(caught instanceof TypeError ? "No connection. Try again in a moment." : (caught as Error).message);
    }
    setBusy(false);
  };

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-4 rounded-lg border border-line bg-white p-4 sm:p-5">
      <div>
        <h2 id={`${id}-title`} className="text-lg font-semibold">Release to the leader and the board</h2>
        <p className="text-sm text-muted">
          {releasedAt
            ? `Released ${formatDayTime(releasedAt)}. The leader's self-view link now shows the report, and you can create board links below.`
            : "Not released: the leader and any board see nothing yet. Choose what the report contains; the one-page summary is always included."}
        </p>
      </div>
      <form
        method="post"
        onSubmit={(event) => {
          event.preventDefault();
          void release(event.currentTarget);
        }}
        className="space-y-3"
      >
        <fieldset>
          <legend className="text-sm font-semibold">Sections after the summary</legend>
          <div className="mt-2 space-y-2">
            {options.map((option) => (
              <label key={option.value} className="flex min-h-11 items-center gap-3">
                <input type="checkbox" name="section" value={option.value} defaultChecked={chosen.includes(option.value)} className="h-5 w-5 accent-accent" />
                {option.label}
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" disabled={busy} className="min-h-11 rounded-md bg-accent px-4 font-semibold text-white hover:bg-accent-strong disabled:opacity-50">
          {busy ? "Releasing…" : releasedAt ? "Update the released sections" : "Release results"}
        </button>
        {/* Always in the page, so screen readers announce the confirmation when it appears. */}
        <p role="status" className="text-sm font-medium text-accent">{status}</p>
        {error ? <p role="alert" className="text-sm font-medium text-danger">{error}</p> : null}
      </form>
    </section>
  );
}
