"use client";

import type { ReactNode } from "react";

/** 128 random bits as hex: getRandomValues works on plain http too, unlike randomUUID. */
function newStartKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * The landing page's start form. The page is prerendered, so its start key cannot be written into
 * it (every visitor would share one): the key is drawn in the browser at the first submit and kept,
 * so a double submit, or the same form sent again from the history, opens the same diagnostic.
 * Without JavaScript the form posts no key and each submit starts a diagnostic of its own.
 */
export function StartDiagnosticForm({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <form
      method="post"
      action="/api/diagnostics"
      className={className}
      onSubmit={(event) => {
        const field = event.currentTarget.elements.namedItem("startKey");
        if (field instanceof HTMLInputElement && field.value === "") field.value = newStartKey();
      }}
    >
      <input type="hidden" name="startKey" autoComplete="off" defaultValue="" />
      {children}
    </form>
  );
}
