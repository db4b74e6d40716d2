import Link from "next/link";
import { APP_NAME } from "@/lib/app-info";

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex w-full max-w-5xl items-center justify-between gap-4 px-4 py-4 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight text-ink">
          <span aria-hidden="true" className="grid h-8 w-8 place-items-center rounded-md bg-accent text-sm font-bold text-white">
            EI
          </span>
          <span className="hidden sm:inline">{APP_NAME}</span>
          <span className="sm:hidden">Intervention Diagnostic</span>
        </Link>
        <nav aria-label="Main" className="flex flex-wrap justify-end text-sm">
          <Link href="/methodology" className="rounded px-2 py-1 text-muted hover:text-ink">
            Methodology
          </Link>
          <Link href="/workspace" className="rounded px-2 py-1 text-muted hover:text-ink">
            Consultants
          </Link>
        </nav>
      </div>
    </header>
  );
}
