import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto w-full max-w-xl flex-1 space-y-4 px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">This page does not exist</h1>
      <p className="text-muted">
        The link may be mistyped, expired, or the diagnostic behind it deleted. Private links cannot be recovered: if you lost
        yours, start a new diagnostic.
      </p>
      <Link href="/" className="inline-flex min-h-12 items-center rounded-md bg-accent px-6 font-semibold text-white">
        Go to the start page
      </Link>
    </main>
  );
}
