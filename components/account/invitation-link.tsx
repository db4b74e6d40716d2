"use client";

import { useState, useSyncExternalStore } from "react";

const noSubscription = () => () => undefined;

/** A new invitation's link with a copy button (the button appears once the page's script runs; the link can always be selected). */
export function InvitationLink({ path, email }: { path: string; email: string }) {
  // The server does not know which address the owner reached us by; the browser does.
  const origin = useSyncExternalStore(noSubscription, () => window.location.origin, () => "");
  const scripted = useSyncExternalStore(noSubscription, () => true, () => false);
  const url = `${origin}${path}`;
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <div className="mt-3">
      <label htmlFor="invitation-link" className="text-sm font-semibold">
        Invitation link for <span className="break-all">{email}</span>
      </label>
      <div className="mt-1 flex flex-col gap-2 sm:flex-row">
        <input
          id="invitation-link"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className="min-h-11 w-full min-w-0 rounded-md border border-field bg-paper px-3 font-mono text-xs"
        />
        {scripted ? (
          <button
            type="button"
            onClick={() => void navigator.clipboard.writeText(url).then(() => setCopied("copied"), () => setCopied("failed"))}
            className="min-h-11 shrink-0 rounded-md border border-line px-4 font-semibold"
          >
            Copy link
          </button>
        ) : null}
      </div>
      <p aria-live="polite" className="mt-1 text-sm text-muted">
        {copied === "copied" ? "Link copied." : copied === "failed" ? "Copy did not work here: select the link and copy it by hand." : ""}
      </p>
    </div>
  );
}
