import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ResultsView } from "@/components/results/results-view";
import { orSignIn } from "@/lib/workspace/load-intake-page";
import { openIntakeResult } from "@/lib/workspace/run-intake";

export const metadata: Metadata = { title: "Intake results", robots: { index: false } };

export default async function IntakeResultsPage({ params }: PageProps<"/workspace/diagnostics/[id]/results">) {
  const { id } = await params;
  const requestHeaders = await headers();
  const opened = await orSignIn(() => openIntakeResult(requestHeaders, id));
  if (!opened) redirect(`/workspace/diagnostics/${id}`);
  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <p className="text-sm">
        <Link href="/workspace" className="text-accent underline">
          Back to the workspace
        </Link>
      </p>
      <ResultsView input={opened.input} result={opened.result} editableCosts={false} headlineLevel={1} />
    </div>
  );
}
