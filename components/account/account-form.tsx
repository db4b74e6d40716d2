"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import type { AuthFormProblem } from "@/lib/auth/form-problem";
import { localPathOr } from "@/lib/auth/local-path";
import { retryWording } from "@/lib/rate-limited-error";

type Mode = "sign-in" | "sign-up";
type Reply = { code?: string; message?: string; error?: string };


/**
 * Sign-up answers the same whether or not the email has an account (so it reveals nothing); when
 * the sign-in that follows fails, the email may be taken: say so without confirming it.
 */
const SIGN_UP_THEN_SIGN_IN_FAILED =
  "We could not open an account with these details. If you already have an account with this email, sign in with its password instead.";

const PROBLEMS: Record<Mode, Record<AuthFormProblem, string>> = {
  "sign-in": {
    invalid: "That email and password do not match an account.",
    "rate-limited": "Too many attempts. Wait a few minutes and try again.",
    failed: "Something went wrong. Try again.",
  },
  "sign-up": {
    invalid: SIGN_UP_THEN_SIGN_IN_FAILED,
    "rate-limited": "Too many attempts. Wait a few minutes and try again.",
    failed: "Something went wrong. Try again.",
  },
};

/** Explains each failure plainly; better-auth's codes are mapped to sentences a consultant understands. */
function explain(status: number, body: Reply): string {
  if (status === 429) return body.error ?? "Too many attempts. Wait a minute and try again.";
  switch (body.code) {
    case "INVALID_EMAIL_OR_PASSWORD":
      return "That email and password do not match an account.";
    case "PASSWORD_TOO_SHORT":
      return "The password is too short: use at least 10 characters.";
    case "PASSWORD_TOO_LONG":
      return "The password is too long: use at most 128 characters.";
    case "INVALID_EMAIL":
      return "That email address does not look right.";
    default:
      return body.error ?? body.message ?? "Something went wrong. Try again.";
  }
}

const post = (path: string, body: Record<string, string>) =>
  fetch(`/api/auth/${path}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });

/**
 * Posts with `method="post"` to the same endpoint the script calls, so a submit before the page's
 * JavaScript has loaded still signs in (the server redirects) and never puts a field in the URL.
 */
export function AccountForm({
  mode,
  problem,
  next,
  retryAfterSeconds,
}: {
  mode: Mode;
  problem?: AuthFormProblem;
  /** A local path to open once signed in (an invitation). */
  next?: string;
  /** How long a refused attempt must wait, when the server said. */
  retryAfterSeconds?: number;
}) {
  const router = useRouter();
  const id = useId();
  const [error, setError] = useState<string | undefined>(() =>
    problem === "rate-limited" && retryAfterSeconds ? `Too many attempts. Try again ${retryWording(retryAfterSeconds)}.` : problem ? PROBLEMS[mode][problem] : undefined,
  );
  const [busy, setBusy] = useState(false);

  const submit = async (form: HTMLFormElement) => {
    if (busy) return;
    const data = new FormData(form);
    setBusy(true);
    setError(undefined);
    const credentials = { email: String(data.get("email") ?? ""), password: String(data.get("password") ?? "") };
    const failed = async (response: Response) => explain(response.status, (await response.json().catch(() => ({}))) as Reply);
    try {
      if (mode === "sign-up") {
        const signedUp = await post("sign-up/email", { ...credentials, name: String(data.get("name") ?? "") });
        if (!signedUp.ok) {
          setError(await failed(signedUp));
          return;
        }
      }
      const signedIn = await post("sign-in/email", credentials);
      if (!signedIn.ok) {
        setError(mode === "sign-up" && signedIn.status === 401 ? SIGN_UP_THEN_SIGN_IN_FAILED : await failed(signedIn));
        return;
      }
      router.push(localPathOr(next));
      router.refresh();
    } catch {
      setError("No connection. Try again in a moment.");
    } finally {
      setBusy(false);
    }
  };

  const field = "mt-1 min-h-12 w-full rounded-md border border-field px-3 text-base";
  return (
    <form
      method="post"
      action={`/api/auth/${mode}/email`}
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        void submit(event.currentTarget);
      }}
    >
      {next ? <input type="hidden" name="next" value={next} /> : null}
      {mode === "sign-up" ? (
        <div>
          <label htmlFor={`${id}-name`} className="text-sm font-semibold">Your name</label>
          <input id={`${id}-name`} name="name" required maxLength={120} autoComplete="name" className={field} />
        </div>
      ) : null}
      <div>
        <label htmlFor={`${id}-email`} className="text-sm font-semibold">Email</label>
        <input id={`${id}-email`} name="email" type="email" required autoComplete="email" className={field} />
      </div>
      <div>
        <label htmlFor={`${id}-password`} className="text-sm font-semibold">Password</label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          required
          minLength={mode === "sign-up" ? 10 : undefined}
          maxLength={128}
          autoComplete={mode === "sign-up" ? "new-password" : "current-password"}
          aria-describedby={mode === "sign-up" ? `${id}-password-help` : undefined}
          className={field}
        />
        {mode === "sign-up" ? (
          <p id={`${id}-password-help`} className="mt-1 text-sm text-muted">At least 10 characters.</p>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
      {/* aria-disabled, not disabled: a disabled button drops keyboard focus to the page's top, and
          after a failed attempt the person should be able to correct a field and send again from here. */}
      <button type="submit" aria-disabled={busy} className="min-h-12 w-full rounded-md bg-accent px-5 font-semibold text-white hover:bg-accent-strong aria-disabled:opacity-60">
        {busy ? "Please wait…" : mode === "sign-up" ? "Create account" : "Sign in"}
      </button>
    </form>
  );
}
