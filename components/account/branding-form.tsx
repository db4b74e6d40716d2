"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";

export type TBrandingValue = { name: string; color: string; logo: string | null };

const DEFAULT_COLOR = "#1f5f5b";

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error("The logo could not be read."));
    reader.readAsDataURL(file);
  });
}

/** The consultant's name, colour and logo on every board report they release. The server checks all three. */
export function BrandingForm({ initial, maxLogoKb }: { initial: TBrandingValue | null; maxLogoKb: number }) {
  const router = useRouter();
  const id = useId();
  const [color, setColor] = useState(initial?.color ?? DEFAULT_COLOR);
  const [logo, setLogo] = useState<string | null>(initial?.logo ?? null);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | undefined>();

  const send = async (body: unknown) => {
    setMessage(undefined);
    try {
      const response = await fetch("/api/workspace/branding", { method: "PUT", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
      if (!response.ok) throw new Error(((await response.json().catch(() => ({}))) as { error?: string }).error ?? "The branding could not be saved.");
      setMessage({ kind: "ok", text: "Saved. Reports show it from now on." });
      router.refresh();
    } catch (caught) {
      setMessage({ kind: "error", text: caught instanceof TypeError ? "No connection. Try again in a moment." : (caught as Error).message });
    }
  };

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3 rounded-lg border border-line bg-white p-4 sm:p-5">
      <div>
        <h2 id={`${id}-title`} className="text-lg font-semibold">Report branding</h2>
        <p className="text-sm text-muted">Your name, colour and logo at the top of every report you release, on the page and in the PDF.</p>
      </div>
      <form
        method="post"
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          const name = String(new FormData(event.currentTarget).get("name") ?? "");
          void send({ name, color, logo });
        }}
      >
        <div>
          <label htmlFor={`${id}-name`} className="text-sm font-semibold">Name on reports</label>
          <input id={`${id}-name`} name="name" required maxLength={80} defaultValue={initial?.name ?? ""} className="mt-1 min-h-11 w-full rounded-md border border-field px-3 text-base" />
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor={`${id}-color`} className="text-sm font-semibold">Colour</label>
            <input id={`${id}-color`} type="color" value={color} onChange={(e) => setColor(e.target.value)} className="mt-1 block h-11 w-16 rounded-md border border-field" />
          </div>
          <div>
            <label htmlFor={`${id}-hex`} className="text-sm font-semibold">Hex</label>
            <input id={`${id}-hex`} value={color} onChange={(e) => setColor(e.target.value)} maxLength={7} className="mt-1 min-h-11 w-28 rounded-md border border-field px-3 font-mono text-base" />
          </div>
          <p className="min-h-11 content-center text-sm font-semibold" style={{ color: /^#[0-9a-fA-F]{6}$/.test(color) ? color : undefined }}>Sample heading</p>
        </div>
        <div>
          <label htmlFor={`${id}-logo`} className="text-sm font-semibold">Logo (PNG or JPEG, up to {maxLogoKb} KB)</label>
          <input
            id={`${id}-logo`}
            type="file"
            accept="image/png,image/jpeg"
            className="mt-1 block w-full text-sm"
            onChange={async (event) => {
              const file = event.target.files?.[0];
              if (!file) return;
              if (file.size > maxLogoKb * 1024) {
                setMessage({ kind: "error", text: `The logo can be at most ${maxLogoKb} KB.` });
                return;
              }
              setLogo(await readAsDataUrl(file).catch(() => null));
            }}
          />
          {logo ? (
            <div className="mt-2 flex items-center gap-3">
              {/* eslint-disable-next-line @next/next/no-img-element -- a local data: URL preview */}
              <img src={logo} alt="Logo preview" className="h-10 w-auto max-w-40 object-contain" />
              <button type="button" onClick={() => setLogo(null)} className="min-h-10 rounded-md border border-line px-3 text-sm font-semibold">
                Remove logo
              </button>
            </div>
          ) : null}
        </div>
        <div className="flex flex-wrap gap-2">
          <button type="submit" className="min-h-11 rounded-md bg-accent px-4 font-semibold text-white hover:bg-accent-strong">Save branding</button>
          {initial ? (
            <button type="button" onClick={() => void send({ clear: true })} className="min-h-11 rounded-md border border-line px-4 font-semibold">
              Remove branding
            </button>
          ) : null}
        </div>
        {message ? (
          <p role={message.kind === "error" ? "alert" : "status"} className={`text-sm font-medium ${message.kind === "error" ? "text-danger" : "text-accent"}`}>
            {message.text}
          </p>
        ) : null}
      </form>
    </section>
  );
}
