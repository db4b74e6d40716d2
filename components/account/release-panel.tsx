import { formatDayTime } from "@/lib/format-date";

type TSectionOption = { value: string; label: string; optIn: boolean };

const AUDIENCE_COPY = {
  leader: {
    title: "Release to the leader",
    released: "The leader's self-view link shows this release, once they have submitted their own answers.",
    unreleased: "Not released: the leader's link shows no results yet.",
    preview: "Preview what the leader will read",
    withdraw: "Withdraw from the leader",
    optIns: "Board matters: off unless you tick them",
  },
  board: {
    title: "Release to the board",
    released: "Board links show this release, and only this one.",
    unreleased: "Not released: board links cannot be created, and any existing one shows “not available”.",
    preview: "Preview what the board will read",
    withdraw: "Withdraw from the board",
    optIns: "",
  },
} as const;

/**
 * One audience's release: its state (and whether a newer result exists than the one released), the
 * sections to preview, and a withdraw. Plain forms: choosing sections opens the preview (GET), where
 * the release is confirmed; withdrawing posts at once. Both work without JavaScript.
 */
export function ReleasePanel({
  diagnosticId,
  audience,
  releasedAt,
  resultRevision,
  newerResult,
  chosen,
  options,
  notice,
}: {
  diagnosticId: string;
  audience: "leader" | "board";
  releasedAt: string | null;
  resultRevision: number | null;
  newerResult: boolean;
  chosen: string[];
  options: TSectionOption[];
  notice: string | null;
}) {
  const copy = AUDIENCE_COPY[audience];
  const titleId = `release-${audience}-title`;
  const regular = options.filter((o) => !o.optIn);
  const optIns = options.filter((o) => o.optIn);
  const checkbox = (option: TSectionOption) => (
    <label key={option.value} className="flex min-h-11 items-start gap-3 py-1">
      <input type="checkbox" name={option.value} value="on" defaultChecked={chosen.includes(option.value)} className="mt-0.5 h-5 w-5 shrink-0 accent-accent" />
      <span>{option.label}</span>
    </label>
  );
  return (
    <section id={`release-${audience}`} aria-labelledby={titleId} className="space-y-4 rounded-lg border border-line bg-white p-4 sm:p-5">
      <div className="space-y-1">
        <h2 id={titleId} className="text-lg font-semibold">
          {copy.title}
        </h2>
        <p className="text-sm text-muted">
          {releasedAt ? `Released ${formatDayTime(releasedAt)} (result revision ${resultRevision ?? "?"}). ${copy.released}` : copy.unreleased}
        </p>
        {notice ? (
          <p role="status" className="text-sm font-medium text-accent">
            {notice}
          </p>
        ) : null}
        {newerResult ? (
          <p className="rounded-md border border-warn bg-white p-3 text-sm text-warn">
            A newer result exists than the one released. What was released stays as it was until you preview and release again.
          </p>
        ) : null}
      </div>
      <form method="get" action={`/workspace/diagnostics/${diagnosticId}/releases/${audience}`} className="space-y-3">
        <input type="hidden" name="chosen" value="1" />
        <fieldset>
          <legend className="text-sm font-semibold">Sections after the one-page summary</legend>
          <div className="mt-1">{regular.map(checkbox)}</div>
        </fieldset>
        {optIns.length > 0 ? (
          <fieldset className="rounded-md border border-line p-3">
            <legend className="px-1 text-sm font-semibold">{copy.optIns}</legend>
            <div className="mt-1">{optIns.map(checkbox)}</div>
          </fieldset>
        ) : null}
        <button type="submit" className="min-h-11 rounded-md bg-accent px-4 font-semibold text-white hover:bg-accent-strong">
          {newerResult ? `${copy.preview} and re-release` : copy.preview}
        </button>
        <p className="text-sm text-muted">Nothing goes out until you confirm on the preview.</p>
      </form>
      {releasedAt ? (
        <form method="post" action={`/api/workspace/diagnostics/${diagnosticId}/releases/${audience}/withdraw`}>
          <button type="submit" className="min-h-11 rounded-md border border-danger px-4 font-semibold text-danger hover:bg-danger/5">
            {copy.withdraw}
          </button>
        </form>
      ) : null}
    </section>
  );
}
