import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ResultsView } from "@/components/results/results-view";
import { orSignIn } from "@/lib/workspace/or-sign-in";
import { openIntakeNotes, openIntakeResult } from "@/lib/workspace/run-intake";

export const metadata: Metadata = { title: "Intake results", robots: { index: false } };

export default async function IntakeResultsPage({ params }: PageProps<"/workspace/diagnostics/[id]/results">) {
  const { id } = await params;
  const requestHeaders = await headers();
  const [opened, notes] = await orSignIn(() => Promise.all([openIntakeResult(requestHeaders, id), openIntakeNotes(requestHeaders, id)]));
  if (!opened) redirect(`/workspace/diagnostics/${id}`);
  const noted = opened.result.constraints.filter((c) => notes[c.constraintId]);
  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <p className="text-sm">
        <Link href="/workspace" className="text-accent underline">
          Back to the workspace
        </Link>
      </p>
      <ResultsView input={opened.input} result={opened.result} editableCosts={false} headlineLevel={1} />
      {noted.length > 0 ? (
        <section aria-labelledby="notes-title" className="rounded-lg border border-dashed border-accent bg-accent-soft p-4 sm:p-5">
          <h2 id="notes-title" className="text-lg font-semibold">Your private notes</h2>
          <dl className="mt-2 space-y-3">
            {noted.map((c) => (
              <div key={c.constraintId}>
                <dt className="font-semibold break-words">{c.title}</dt>
                <dd className="whitespace-pre-wrap break-words text-ink/90">{notes[c.constraintId]}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
    </div>
  );
}
