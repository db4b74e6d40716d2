import type { ReactNode } from "react";

type TDisclosureProps = { summary: ReactNode; children: ReactNode; className?: string };

/**
 * A native <details> for the long parts of a result (evidence, phases, assumptions): keyboard and
 * screen-reader support come with the element. Print shows the content even when closed, so a
 * printed result or board report never loses what the screen tucks away.
 */
export function Disclosure({ summary, children, className = "" }: TDisclosureProps) {
  return (
    <details className={`group print:details-content:[content-visibility:visible] ${className}`}>
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 font-medium text-accent hover:text-accent-strong [&::-webkit-details-marker]:hidden print:min-h-0 print:text-ink">
        <svg aria-hidden="true" focusable="false" width="12" height="12" viewBox="0 0 12 12" className="shrink-0 transition-transform group-open:rotate-90 print:hidden">
          <path d="M4 2 L8.5 6 L4 10" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span className="underline underline-offset-2 print:no-underline">{summary}</span>
      </summary>
      <div className="mt-2">{children}</div>
    </details>
  );
}
