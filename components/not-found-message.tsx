import Link from "next/link";

/** The one not-found message, wherever a link turns out to lead nowhere. */
export function NotFoundMessage() {
  return (
    <div className="mx-auto w-full max-w-xl space-y-4 px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">This page does not exist</h1>
      <p className="text-muted">
        The link may be mistyped, expired, or the diagnostic behind it deleted. Private links cannot be recovered: if you lost
        yours, start a new diagnostic.
      </p>
      <Link href="/" className="inline-flex min-h-12 items-center rounded-md bg-accent px-6 font-semibold text-white">
        Go to the start page
      </Link>
    </div>
  );
}
