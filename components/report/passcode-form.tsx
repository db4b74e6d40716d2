/** Asks for the report's passcode. A plain form: the answer is checked on the server. */
export function PasscodeForm({ token, label }: { token: string; label: string }) {
  return (
    <form method="post" action={`/r/${token}/unlock`} className="mx-auto max-w-md space-y-4 rounded-lg border border-line bg-white p-6">
      <h1 className="text-xl font-semibold">This report needs a passcode</h1>
      <p className="text-sm text-muted">
        Shared as “{label}”. Ask the person who sent you the link for its passcode. After several wrong attempts the link is
        locked for a while.
      </p>
      <div>
        <label htmlFor="passcode" className="block text-sm font-semibold">
          Passcode
        </label>
        <input
          id="passcode"
          name="passcode"
          type="password"
          required
          autoComplete="off"
          maxLength={128}
          className="mt-1 min-h-12 w-full rounded-md border border-field px-3 text-base"
        />
      </div>
      <button type="submit" className="min-h-12 w-full rounded-md bg-accent px-5 font-semibold text-white hover:bg-accent-strong">
        Open the report
      </button>
    </form>
  );
}
