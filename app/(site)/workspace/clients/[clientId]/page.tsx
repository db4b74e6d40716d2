import type { Metadata } from "next";
import Link from "next/link";
import { CountBars } from "@/components/account/count-bars";
import { PortfolioMatrix } from "@/components/account/portfolio-matrix";
import { CLASS_META, KIND_META } from "@/components/results/class-meta";
import { ClassSymbol } from "@/components/results/class-symbol";
import { openPage } from "@/app/_boundary/open-page";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import { PAGES } from "@/lib/contract/pages";
import { describeCounts } from "@/lib/diagnostic";
import { openPortfolio } from "@/lib/workspace/open-portfolio";
import type { WorkspaceClient } from "@/lib/workspace/workspace-scope";

export const metadata: Metadata = { title: "Client portfolio", robots: { index: false } };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The charts and the matrix. Not streamed behind a skeleton: the portfolio is one statement (about
 * 2 ms on SQLite with 1,000 diagnostics), and streaming cost the page about a tenth of its throughput.
 */
async function Portfolio({ consultant, client }: { consultant: ConsultantSession; client: WorkspaceClient }) {
  const { portfolio } = await openPortfolio(consultant, client);
  const { leaders, assessed, constraintsByClass, leadersByRecommendation } = portfolio;
  if (leaders.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-line p-6 text-center text-muted">
        No leaders at {client.name} yet. Add one on the <Link href="/workspace" className="text-accent underline">workspace page</Link>.
      </p>
    );
  }
  const constraints = constraintsByClass.reduce((sum, c) => sum + c.count, 0);
  return (
    <>
      <p className="text-sm text-muted" aria-live="polite">
        {plural(leaders.length, "leader")}, {assessed} with a finished assessment.
      </p>
      {assessed === 0 ? (
        <p className="rounded-lg border border-dashed border-line p-6 text-center text-muted">
          No finished assessment yet: the charts appear once a leader&apos;s intake is finished.
        </p>
      ) : (
        <div className="grid gap-4 md:grid-cols-2">
          <CountBars
            title="Constraints by class"
            unit="Constraints"
            bars={constraintsByClass.map((c) => ({
              key: c.key,
              label: c.label,
              count: c.count,
              colorClass: CLASS_META[c.key].textClass,
              symbol: <ClassSymbol cls={c.key} />,
            }))}
            summary={`${plural(constraints, "constraint")} in the latest assessments of ${plural(assessed, "leader")}: ${describeCounts(constraintsByClass)}.`}
          />
          <CountBars
            title="Leaders by recommendation"
            unit="Leaders"
            bars={leadersByRecommendation.map((r) => ({ key: r.key, label: r.label, count: r.count, colorClass: KIND_META[r.key].textClass }))}
            summary={`Latest recommendation for ${plural(assessed, "leader")}: ${describeCounts(leadersByRecommendation)}.`}
          />
        </div>
      )}
      <PortfolioMatrix clientName={client.name} leaders={leaders} />
    </>
  );
}

/** One client at a glance: each leader's latest finished assessment, constraint by constraint, with two charts. */
export default async function ClientPortfolioPage({ params }: PageProps<"/workspace/clients/[clientId]">) {
  const { consultant, client } = await openPage(PAGES.portfolio, params, async ({ consultant, client }) => ({ consultant, client }));
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/workspace" className="text-accent underline">Back to the workspace</Link>
      </p>
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold break-words">{client.name}</h1>
          <p className="text-muted">Portfolio: each leader&apos;s latest finished assessment</p>
        </div>
        <p className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
          <a href={`/api/workspace/clients/${client.id}/export?format=csv`} className="font-semibold text-accent underline" download>
            Download CSV
          </a>
          <Link href={`/workspace/diagnostics?client=${encodeURIComponent(client.id)}`} className="text-accent underline">
            All diagnostics of this client
          </Link>
        </p>
      </header>
      <Portfolio consultant={consultant} client={client} />
    </div>
  );
}
