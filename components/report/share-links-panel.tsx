"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import type { z } from "zod";
import type { ZShareLinkRow } from "@/lib/contract/routes";
import { formatDayTime } from "@/lib/format-date";

/** A board link as the owner's panel lists it: the declared answer of the links route (types only, nothing bundled). */
export type TShareLinkRow = z.infer<typeof ZShareLinkRow>;

const when = (iso: string | null) => (iso ? formatDayTime(iso) : "never");

const STATUS_TEXT: Record<TShareLinkRow["status"], string> = {
  active: "Active",
  expired: "Expired",
  revoked: "Revoked",
  locked: "Locked after wrong passcodes",
};

/**
 * A new link, shown once: the full address in a field that selects itself (to copy by hand), and a
 * Copy button using the clipboard where the browser allows it.
 */
function CreatedLink({ url, withPasscode }: { url: string; withPasscode: boolean }) {
  const field = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<"idle" | "copied" | "manual">("idle");
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopy("copied");
    } catch {
      // No clipboard (an insecure origin, a refused permission): select the link for Ctrl+C instead.
      field.current?.focus();
      field.current?.select();
      setCopy("manual");
    }
  };
  return (
    <div className="rounded-md border border-accent bg-accent-soft p-3 text-sm">
      <p className="font-semibold">Link created. Copy it now: for your security it is shown only once.</p>
      {withPasscode ? <p className="mt-1">Send the passcode separately, not in the same message as the link.</p> : null}
      <div className="mt-2 flex flex-wrap gap-2">
        <input
          ref={field}
          readOnly
          value={url}
          aria-label="New share link"
          onFocus={(e) => e.currentTarget.select()}
          className="min-h-11 min-w-0 flex-1 basis-64 rounded-md border border-field bg-white px-3 font-mono text-xs"
        />
        <button
          type="button"
          onClick={() => void copyLink()}
          className="min-h-11 rounded-md bg-accent px-4 font-semibold text-on-accent hover:bg-accent-strong"
        >
          {copy === "copied" ? "Copied" : "Copy link"}
        </button>
      </div>
      <p role="status" className="mt-1 min-h-5 text-muted">
        {copy === "copied" ? "The link is on your clipboard." : copy === "manual" ? "Copying is not allowed here: the link is selected, press Ctrl+C (⌘C on a Mac)." : ""}
      </p>
    </div>
  );
}

async function fetchLinks(apiBase: string): Promise<TShareLinkRow[] | "failed"> {
  try {
    const response = await fetch(`${apiBase}/share-links`, { cache: "no-store" });
    const body = (await response.json()) as { links?: TShareLinkRow[] };
    return response.ok && body.links ? body.links : "failed";
  } catch {
    return "failed";
  }
}

/** The owner's control of board access: create links, see who opened them and when, revoke at once. */
/**
 * `apiBase` is the diagnostic's API: /api/diagnostics/<resume token> or /api/workspace/diagnostics/<id>.
 * With `links`, the page rendered them and is refreshed after a change; without, the panel loads them
 * itself (the owner's results page is kept rendered, and view counts change with every view).
 */
export function ShareLinksPanel({ apiBase, links: rendered }: { apiBase: string; links?: TShareLinkRow[] }) {
  const router = useRouter();
  const id = useId();
  const [loaded, setLoaded] = useState<TShareLinkRow[] | "loading" | "failed">("loading");
  useEffect(() => {
    if (rendered) return;
    let current = true;
    void fetchLinks(apiBase).then((links) => {
      if (current) setLoaded(links);
    });
    return () => {
      current = false;
    };
  }, [rendered, apiBase]);
  const load = () => fetchLinks(apiBase).then(setLoaded);
  const links = rendered ?? loaded;
  const refresh = () => (rendered ? router.refresh() : void load());
  const [created, setCreated] = useState<{ url: string; withPasscode: boolean } | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  // The acknowledgement names what a reader needs: the link alone, or the link and its passcode.
  const [passcodeTyped, setPasscodeTyped] = useState(false);

  const create = async (form: HTMLFormElement) => {
    const data = new FormData(form);
    const passcode = String(data.get("passcode") ?? "");
    setBusy(true);
    setError(undefined);
    try {
      const response = await fetch(`${apiBase}/share-links`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          label: String(data.get("label") ?? ""),
          preparedBy: String(data.get("preparedBy") ?? ""),
          leaderLabel: String(data.get("leaderLabel") ?? "") || undefined,
          expiresInDays: Number(data.get("expiresInDays") ?? 30),
          passcode,
          includeFreeText: data.get("includeFreeText") === "on",
          acknowledged: data.get("acknowledged") === "on",
        }),
      });
      const body = (await response.json().catch(() => ({}))) as { reportPath?: string; error?: string };
      if (!response.ok || !body.reportPath) throw new Error(body.error ?? "The link could not be created.");
      setCreated({ url: `${window.location.origin}${body.reportPath}`, withPasscode: passcode.length > 0 });
      form.reset();
      setPasscodeTyped(false);
      refresh();
    } catch (caught) {
      setError(caught instanceof TypeError ? "No connection: no link was created. Try again." : (caught as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const revoke = async (linkId: string) => {
    setError(undefined);
    const response = await fetch(`${apiBase}/share-links/${linkId}`, { method: "DELETE" }).catch(() => null);
    if (!response?.ok) setError("The link could not be revoked. Try again.");
    refresh();
  };

  const field = "mt-1 min-h-11 w-full rounded-md border border-field px-3 text-base";
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-5 rounded-lg border border-line bg-white p-4 sm:p-5">
      <div>
        <h2 id={`${id}-title`} className="text-xl font-semibold">
          Share with your board
        </h2>
        <p className="mt-1 text-sm text-muted">
          A share link opens a read-only board report and a PDF of it, and nothing else. Anyone holding the link can read the
          report until it expires or you revoke it; add a passcode to require a second secret.
        </p>
      </div>

      {/* method="post": a submit before the script has loaded must not put the passcode in the address. */}
      <form
        method="post"
        className="grid gap-4 sm:grid-cols-2"
        onSubmit={(event) => {
          event.preventDefault();
          void create(event.currentTarget);
        }}
      >
        <div>
          <label htmlFor={`${id}-label`} className="text-sm font-semibold">Label</label>
          <input id={`${id}-label`} name="label" required maxLength={80} placeholder="Board, March meeting" className={field} />
        </div>
        <div>
          <label htmlFor={`${id}-prepared`} className="text-sm font-semibold">Prepared by (shown on the report)</label>
          <input id={`${id}-prepared`} name="preparedBy" required maxLength={120} placeholder="Name, role" className={field} />
        </div>
        <div>
          <label htmlFor={`${id}-leader`} className="text-sm font-semibold">Leader as named on the report (optional)</label>
          <input id={`${id}-leader`} name="leaderLabel" maxLength={120} placeholder="e.g. Sam Patel, COO" className={field} />
        </div>
        <div>
          <label htmlFor={`${id}-days`} className="text-sm font-semibold">Expires after (days)</label>
          <input id={`${id}-days`} name="expiresInDays" type="number" min={1} max={365} defaultValue={30} required className={field} />
        </div>
        <div>
          <label htmlFor={`${id}-passcode`} className="text-sm font-semibold">Passcode (optional, 6+ characters)</label>
          <input
            id={`${id}-passcode`}
            name="passcode"
            type="password"
            autoComplete="new-password"
            minLength={6}
            maxLength={128}
            onChange={(event) => setPasscodeTyped(event.currentTarget.value.length > 0)}
            className={field}
          />
        </div>
        <div className="space-y-3 sm:col-span-2">
          <label className="flex items-start gap-3 text-sm">
            <input name="includeFreeText" type="checkbox" className="mt-0.5 h-5 w-5 accent-accent" />
            <span>Include free text (custom constraint titles, descriptions, the leader&apos;s title). Off: they are replaced by neutral wording.</span>
          </label>
          <label className="flex items-start gap-3 text-sm">
            <input name="acknowledged" type="checkbox" required className="mt-0.5 h-5 w-5 accent-accent" />
            <span>
              {passcodeTyped
                ? "I understand that anyone holding this link and its passcode can read the report."
                : "I understand that anyone holding this link can read the report."}
            </span>
          </label>
        </div>
        <div className="sm:col-span-2">
          <button type="submit" disabled={busy} className="min-h-12 rounded-md bg-accent px-5 font-semibold text-white hover:bg-accent-strong disabled:opacity-60">
            {busy ? "Creating…" : "Create share link"}
          </button>
        </div>
      </form>

      <div aria-live="polite">
        {created ? <CreatedLink key={created.url} url={created.url} withPasscode={created.withPasscode} /> : null}
        {error ? <p role="alert" className="text-sm font-medium text-danger">{error}</p> : null}
      </div>

      {links === "loading" ? (
        <p role="status" className="text-sm text-muted">
          Loading your share links…
        </p>
      ) : links === "failed" ? (
        <p role="alert" className="flex flex-wrap items-center gap-3 text-sm text-danger">
          Your share links could not be loaded.
          <button type="button" onClick={() => void load()} className="min-h-11 rounded-md border border-line px-3 font-semibold text-ink hover:bg-paper">
            Try again
          </button>
        </p>
      ) : links.length === 0 ? (
        <p className="text-sm text-muted">No share links yet.</p>
      ) : (
        <ul className="space-y-3" aria-label="Share links">
          {links.map((link) => (
            <li key={link.id} className="rounded-md border border-line p-3 text-sm">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="min-w-0">
                  <p className="font-semibold break-words">{link.label}</p>
                  <p className="text-muted">
                    {STATUS_TEXT[link.status]} · created {when(link.createdAt)} · expires {when(link.expiresAt)}
                    {link.hasPasscode ? " · passcode" : ""} · free text {link.includeFreeText ? "included" : "withheld"}
                  </p>
                  <p className="text-muted">
                    Viewed {link.viewCount} time{link.viewCount === 1 ? "" : "s"} · last {when(link.lastViewedAt)}
                  </p>
                </div>
                {link.status !== "revoked" ? (
                  <button type="button" onClick={() => void revoke(link.id)} className="min-h-10 rounded-md border border-danger px-3 font-semibold text-danger" aria-label={`Revoke ${link.label}`}>
                    Revoke
                  </button>
                ) : null}
              </div>
              {link.recentViews.length > 0 ? (
                <details className="mt-2">
                  <summary className="cursor-pointer text-accent">Access log (latest {link.recentViews.length})</summary>
                  <ul className="mt-1 list-disc pl-5 text-muted">
                    {link.recentViews.map((view) => (
                      <li key={`${view.viewedAt}-${view.kind}`}>
                        {when(view.viewedAt)}: {view.kind === "pdf" ? "PDF downloaded" : "report opened"}
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
