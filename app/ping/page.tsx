import type { Metadata } from "next";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Status", robots: { index: false } };

/** A trivial per-request page: the baseline the page benchmarks compare against. */
export default function PingPage() {
  return (
    <main id="main" className="p-6">
      <h1>OK</h1>
    </main>
  );
}
