type TOption = { value: string; label: string; hint: string };

/**
 * The consultant chooses whose views the verdict rests on. A plain form: it posts and comes back
 * to the perspectives with or without JavaScript; the verdict is scored again on saving.
 */
export function VerdictBasisForm({
  diagnosticId,
  chosen,
  options,
  notice,
}: {
  diagnosticId: string;
  chosen: readonly string[];
  options: readonly TOption[];
  notice?: "saved" | "empty";
}) {
  return (
    <form method="post" action={`/api/workspace/diagnostics/${diagnosticId}/verdict-basis`} className="space-y-3 rounded-lg border border-line bg-white p-4 sm:p-5">
      <fieldset>
        <legend className="font-semibold">Whose views the verdict rests on</legend>
        <p className="text-sm text-muted">
          Each view counts once, whatever the number of raters behind it. The self-view is usually compared rather than counted: it is the view
          coaching has to move. Views you leave out still appear in the table below.
        </p>
        <div className="mt-3 grid gap-2 sm:grid-cols-2">
          {options.map((o) => (
            <label key={o.value} className="flex items-start gap-2 rounded-md border border-line p-2.5 has-[:checked]:border-accent has-[:checked]:bg-accent-soft">
              <input type="checkbox" name={o.value} defaultChecked={chosen.includes(o.value)} className="mt-1 h-4 w-4 accent-[var(--color-accent)]" />
              <span>
                <span className="block font-medium">{o.label}</span>
                <span className="block text-sm text-muted">{o.hint}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="rounded-md bg-accent px-4 py-2 font-semibold text-white hover:bg-accent/90 focus-visible:outline-2 focus-visible:outline-offset-2">
          Save and score again
        </button>
        {notice === "saved" ? (
          <p role="status" className="text-sm text-ink">
            Saved. The verdict above was scored again on these views.
          </p>
        ) : notice === "empty" ? (
          <p role="alert" className="text-sm text-danger">
            Choose at least one view: nothing was changed.
          </p>
        ) : null}
      </div>
    </form>
  );
}
