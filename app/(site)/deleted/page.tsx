import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Diagnostic deleted", robots: { index: false } };

export default function DeletedPage() {
  return (
    <div className="mx-auto max-w-xl space-y-4 py-10 text-center">
      <h1 className="text-2xl font-semibold">Your diagnostic has been deleted</h1>
      <p className="text-muted">Its answers and results are gone from our database, and its private link no longer opens anything.</p>
      <Link href="/" className="inline-flex min-h-12 items-center rounded-md bg-accent px-6 font-semibold text-white">
        Back to the start page
      </Link>
    </div>
  );
}
