"use client";

import { useState, useSyncExternalStore } from "react";

const noSubscription = () => () => undefined;

/** The private resume link, with a copy button: the only way back to an unfinished diagnostic. */
export function ResumeLinkPanel({ path, finished = false, open = true }: { path: string; finished?: boolean; open?: boolean }) {
  // The server does not know which address the person reached us by; the browser does.
  const origin = useSyncExternalStore(noSubscription, () => window.location.origin, () => "");
  const url = `${origin}${path}`;
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
  };

  return (
    <section aria-labelledby="resume-link-title" className="rounded-lg border border-line bg-white p-4 text-sm">
      {/* Collapsed once the person is under way, so the questions stay near the top on a phone. */}
      <details open={open}>
        <summary className="cursor-pointer">
          <h2 id="resume-link-title" className="inline font-semibold">
            Your private resume link
          </h2>
        </summary>
      <p className="mt-1 text-muted">
        {finished
          ? "Bookmark or copy it to come back to these results, share them with your board or delete them. Anyone holding it can do the same, so keep it to yourself."
          : "Bookmark or copy it to continue on another device. Anyone holding it can see and change these answers, so keep it to yourself. We do not ask for your name or email."}
      </p>
      <div className="mt-3 flex flex-col gap-2 sm:flex-row">
        <input
          readOnly
          value={url}
          aria-label="Resume link"
          onFocus={(event) => event.currentTarget.select()}
          className="min-h-11 w-full min-w-0 rounded-md border border-field bg-paper px-3 font-mono text-xs"
        />
        <button type="button" onClick={() => void copy()} className="min-h-11 shrink-0 rounded-md border border-line px-4 font-semibold">
          Copy link
        </button>
      </div>
      <p aria-live="polite" className="mt-1 text-muted">
        {copied === "copied" ? "Link copied." : copied === "failed" ? "Copy did not work here: select the link and copy it by hand." : ""}
      </p>
      </details>
    </section>
  );
}
