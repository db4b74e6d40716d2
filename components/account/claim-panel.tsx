"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useState } from "react";

/**
 * Adds a self-serve diagnostic to the signed-in account's workspace, under a new client and leader.
 * Without `signedIn` the panel asks the session itself (the owner's results page is kept rendered,
 * the same for everyone holding the link); until it knows, it shows how to sign in.
 */
export function ClaimPanel({ token, signedIn: given }: { token: string; signedIn?: boolean }) {
  const router = useRouter();
  const id = useId();
  const [found, setFound] = useState(false);
  useEffect(() => {
    if (given !== undefined) return;
    let current = true;
    fetch("/api/auth/get-session", { cache: "no-store" })
      .then(async (response) => (response.ok ? ((await response.json()) as { user?: unknown } | null) : null))
      .then((session) => {
        if (current) setFound(Boolean(session?.user));
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [given]);
  const signedIn = given ?? found;
  const [error, setError] = useState<string | undefined>();
  const field = "mt-1 min-h-11 w-full rounded-md border border-field px-3 text-base";
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-lg border border-line bg-white p-4 text-sm sm:p-5">
      <h2 id={`${id}-title`} className="text-base font-semibold">Keep it in an account</h2>
      {!signedIn ? (
        <p className="mt-1 text-muted">
          <a href="/sign-in" className="text-accent underline">Sign in</a> or <a href="/sign-up" className="text-accent underline">create an account</a> to
          add this diagnostic to a workspace, re-assess later and follow progress. Then come back to this link. Once added, this
          link stops working: the diagnostic lives in your account.
        </p>
      ) : (
        <form
          method="post"
          className="mt-3 grid gap-3 sm:grid-cols-3 sm:items-end"
          onSubmit={async (event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            setError(undefined);
            try {
              const response = await fetch(`/api/diagnostics/${token}/claim`, {
                method: "POST",
                headers: { "Content-Type": "application/json" },
                body: JSON.stringify({
                  clientName: String(data.get("clientName") ?? ""),
                  leaderName: String(data.get("leaderName") ?? ""),
                  leaderTitle: String(data.get("leaderTitle") ?? "") || undefined,
                }),
              });
              const body = (await response.json().catch(() => ({}))) as { leaderId?: string; error?: string };
              if (!response.ok || !body.leaderId) throw new Error(body.error ?? "The diagnostic was not added.");
              router.push(`/workspace/leaders/${body.leaderId}`);
            } catch (caught) {
              setError(caught instanceof TypeError ? "No connection: nothing was changed." : (caught as Error).message);
            }
          }}
        >
          <div>
            <label htmlFor={`${id}-client`} className="font-semibold">Organization</label>
            <input id={`${id}-client`} name="clientName" required maxLength={120} className={field} />
          </div>
          <div>
            <label htmlFor={`${id}-leader`} className="font-semibold">Leader&apos;s name</label>
            <input id={`${id}-leader`} name="leaderName" required maxLength={120} className={field} />
          </div>
          <div>
            <label htmlFor={`${id}-title-field`} className="font-semibold">Title (optional)</label>
            <input id={`${id}-title-field`} name="leaderTitle" maxLength={120} className={field} />
          </div>
          <button type="submit" className="min-h-11 rounded-md bg-accent px-4 font-semibold text-white hover:bg-accent-strong sm:col-span-3 sm:justify-self-start">
            Add to my workspace
          </button>
          {error ? <p role="alert" className="font-medium text-danger sm:col-span-3">{error}</p> : null}
        </form>
      )}
    </section>
  );
}
