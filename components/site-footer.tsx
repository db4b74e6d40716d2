import Link from "next/link";
import { APP_NAME, APP_VERSION } from "@/lib/app-info";

export function SiteFooter() {
  return (
    <footer className="border-t border-line bg-white">
      <div className="mx-auto flex w-full max-w-5xl flex-col gap-2 px-4 py-6 text-sm text-muted sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p>
          {APP_NAME} · version {APP_VERSION}
        </p>
        <p>
          <Link href="/methodology" className="underline underline-offset-2 hover:text-ink">
            How the diagnostic reaches its answer
          </Link>
        </p>
      </div>
    </footer>
  );
}
