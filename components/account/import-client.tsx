"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";

/** Reads an exported client file in the browser and sends it to the import route. */
export function ImportClient() {
  const router = useRouter();
  const id = useId();
  const [status, setStatus] = useState<{ kind: "idle" | "ok" | "error"; text: string }>({ kind: "idle", text: "" });
  return (
    <div>
      <label htmlFor={id} className="text-sm font-semibold">Import a client from a JSON export</label>
      <input
        id={id}
        type="file"
        accept="application/json,.json"
        className="mt-1 block w-full text-sm"
        onChange={async (event) => {
          const file = event.currentTarget.files?.[0];
          if (!file) return;
          setStatus({ kind: "idle", text: "Importing…" });
          try {
            const response = await fetch("/api/workspace/import", { method: "POST", headers: { "Content-Type": "application/json" }, body: await file.text() });
            if (!response.ok) throw new Error(((await response.json().catch(() => ({}))) as { error?: string }).error ?? "The import failed.");
            setStatus({ kind: "ok", text: "Imported." });
            router.refresh();
          } catch (error) {
            setStatus({ kind: "error", text: error instanceof TypeError ? "No connection: nothing was imported." : (error as Error).message });
          }
        }}
      />
      <p role={status.kind === "error" ? "alert" : undefined} aria-live="polite" className={`mt-1 text-sm ${status.kind === "error" ? "text-danger" : "text-muted"}`}>
        {status.text}
      </p>
    </div>
  );
}
