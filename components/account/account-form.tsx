"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";

type Mode = "sign-in" | "sign-up";

/** Explains each failure plainly; better-auth's codes are mapped to sentences a consultant understands. */
function explain(status: number, body: { code?: string; message?: string }): string {
  if (status === 429) return "Too many attempts. Wait a minute and try again.";
  switch (body.code) {
    case "INVALID_EMAIL_OR_PASSWORD":
      return "That email and password do not match an account.";
    case "USER_ALREADY_EXISTS":
    case "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL":
      return "An account with this email already exists. Sign in instead.";
    case "PASSWORD_TOO_SHORT":
      return "The password is too short: use at least 10 characters.";
    case "PASSWORD_TOO_LONG":
      return "The password is too long: use at most 128 characters.";
    case "INVALID_EMAIL":
      return "That email address does not look right.";
    default:
      return body.message ?? "Something went wrong. Try again.";
  }
}

export function AccountForm({ mode }: { mode: Mode }) {
  const router = useRouter();
  const id = useId();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (form: HTMLFormElement) => {
    const data = new FormData(form);
    setBusy(true);
    setError(undefined);
    try {
      const response = await fetch(`/api/auth/${mode}/email`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          email: String(data.get("email") ?? ""),
          password: String(data.get("password") ?? ""),
          ...(mode === "sign-up" ? { name: String(data.get("name") ?? "") } : {}),
        }),
      });
      if (!response.ok) {
        setError(explain(response.status, (await response.json().catch(() => ({}))) as { code?: string; message?: string }));
        return;
      }
      router.push("/workspace");
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
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        void submit(event.currentTarget);
      }}
    >
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
      <button type="submit" disabled={busy} className="min-h-12 w-full rounded-md bg-accent px-5 font-semibold text-white hover:bg-accent-strong disabled:opacity-60">
        {busy ? "Please wait…" : mode === "sign-up" ? "Create account" : "Sign in"}
      </button>
    </form>
  );
}
