import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Status", robots: { index: false } };

/** A trivial per-request page: the baseline the page benchmarks compare against. Only with BENCH_ROUTES=1. */
export default function PingPage() {
  if (!env().BENCH_ROUTES) notFound();
  return (
    <main id="main" className="p-6">
      <h1>OK</h1>
    </main>
  );
}
