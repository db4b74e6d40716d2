import { BrandMark, BrandScope } from "@/components/report/brand-mark";
import type { TBranding } from "@/lib/diagnostic";
import { formatDayTime } from "@/lib/format-date";
import { LOCK_MINUTES, MAX_FAILED_ATTEMPTS } from "@/lib/sharing/share-link-rules";

type TPasscodeFormProps = {
  token: string;
  label: string;
  branding: TBranding | null;
  attemptsLeft: number;
  /** Set while too many wrong passcodes keep the link locked. */
  lockedUntil: Date | null;
  /** The unlock route sent a wrong passcode back here. */
  wrong: boolean;
};

const attempts = (n: number) => `${n} attempt${n === 1 ? "" : "s"}`;

/**
 * Asks for the report's passcode. A plain form posting to the unlock route, so it works before and
 * without JavaScript; a wrong passcode comes back to this page (same address) with the attempts left,
 * and a lock-out says when it ends instead of showing a form that cannot succeed.
 */
export function PasscodeForm({ token, label, branding, attemptsLeft, lockedUntil, wrong }: TPasscodeFormProps) {
  const showWrong = wrong && attemptsLeft < MAX_FAILED_ATTEMPTS;
  return (
    <BrandScope branding={branding} className="mx-auto max-w-md space-y-4">
      {branding ? <BrandMark branding={branding} className="justify-center" /> : null}
      {lockedUntil ? (
        <section aria-labelledby="locked-title" className="space-y-3 rounded-lg border border-line bg-white p-6">
          <h1 id="locked-title" className="text-xl font-semibold">
            This report is locked for now
          </h1>
          <p role="status">
            Too many wrong passcodes were entered for “<span className="[overflow-wrap:anywhere]">{label}</span>”. You can try again
            after <strong className="font-semibold">{formatDayTime(lockedUntil)}</strong>.
          </p>
          <p className="text-sm text-muted">Anyone who had already opened the report with the passcode can still read it.</p>
          <a href={`/r/${token}`} className="inline-flex min-h-11 items-center font-semibold text-accent underline underline-offset-4">
            Check again
          </a>
        </section>
      ) : (
        <form method="post" action={`/r/${token}/unlock`} className="space-y-4 rounded-lg border border-line bg-white p-6">
          <h1 className="text-xl font-semibold">This report needs a passcode</h1>
          <p className="text-sm text-muted">
            Shared as “<span className="[overflow-wrap:anywhere]">{label}</span>”. Ask the person who sent you the link for its
            passcode. After {MAX_FAILED_ATTEMPTS} wrong attempts the link is locked for {LOCK_MINUTES} minutes.
          </p>
          {showWrong ? (
            <p id="passcode-error" role="alert" className="rounded-md border border-danger bg-white p-3 text-sm font-medium text-danger">
              That passcode is not right. {attempts(attemptsLeft)} left before the link is locked for {LOCK_MINUTES} minutes.
            </p>
          ) : null}
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
              autoFocus={showWrong}
              aria-invalid={showWrong || undefined}
              aria-describedby={showWrong ? "passcode-error" : undefined}
              className="mt-1 min-h-12 w-full rounded-md border border-field px-3 text-base"
            />
          </div>
          <button type="submit" className="min-h-12 w-full rounded-md bg-accent px-5 font-semibold text-on-accent hover:bg-accent-strong">
            Open the report
          </button>
        </form>
      )}
    </BrandScope>
  );
}
