import { CLASS_META } from "@/components/results/class-meta";
import { ClassSymbol } from "@/components/results/class-symbol";
import { DEFICIT_LEVEL_LABELS, type TPortfolioLeader } from "@/lib/diagnostic";
import { formatDay } from "@/lib/format-date";

const plural = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;

function Respondents({ invited, answered }: { invited: number; answered: number }) {
  if (invited === 0) return <span className="text-muted">None invited</span>;
  return (
    <span>
      {answered} of {invited} answered
    </span>
  );
}

/** The leader's own cells, spanning their constraint rows. */
function LeaderCells({ leader, rows }: { leader: TPortfolioLeader; rows: number }) {
  const { latest } = leader;
  return (
    <>
      <th scope="rowgroup" rowSpan={rows} className="align-top font-normal">
        {latest ? (
          <a href={`/workspace/leaders/${leader.id}`} className="font-semibold text-accent underline">{leader.name}</a>
        ) : (
          <span className="font-semibold">{leader.name}</span>
        )}
        {leader.title ? <span className="block text-muted">{leader.title}</span> : null}
      </th>
      <td rowSpan={rows} className="align-top">
        {latest ? (
          <a href={`/workspace/diagnostics/${latest.diagnosticId}/results`} className="text-accent underline">{formatDay(latest.finishedAt)}</a>
        ) : (
          <span className="text-muted">No finished assessment</span>
        )}
        <span className="block text-muted">{plural(leader.assessments, "assessment")}</span>
      </td>
      <td rowSpan={rows} className="align-top">{latest ? latest.recommendation.label : "—"}</td>
      <td rowSpan={rows} className="align-top">
        {latest ? (latest.releasedAt ? `Released ${formatDay(latest.releasedAt)}` : <span className="text-muted">Not released</span>) : "—"}
      </td>
      <td rowSpan={rows} className="align-top">{latest ? <Respondents {...latest.respondents} /> : "—"}</td>
    </>
  );
}

/**
 * Leaders × constraints: one row group per leader (name, latest finished assessment, recommendation,
 * release, respondents), one row per constraint of that assessment with its class and scores.
 */
export function PortfolioMatrix({ clientName, leaders }: { clientName: string; leaders: readonly TPortfolioLeader[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-white" tabIndex={0} role="region" aria-label={`Leaders and constraints at ${clientName}`}>
      <table className="w-full min-w-[60rem] text-left text-sm [&_td]:p-3 [&_th]:p-3">
        <caption className="sr-only">Each leader&apos;s latest finished assessment at {clientName}, constraint by constraint</caption>
        <thead className="border-b border-line bg-paper">
          <tr>
            <th scope="col">Leader</th>
            <th scope="col">Latest assessment</th>
            <th scope="col">Recommendation</th>
            <th scope="col">Release</th>
            <th scope="col">Respondents</th>
            <th scope="col">Constraint</th>
            <th scope="col">Class</th>
            <th scope="col" className="text-right">Behavioral deficit</th>
            <th scope="col" className="text-right">Execution deficit</th>
            <th scope="col">Severity</th>
          </tr>
        </thead>
        {leaders.map((leader) => {
          const constraints = leader.latest?.constraints ?? [];
          const rows = Math.max(1, constraints.length);
          return (
            <tbody key={leader.id} className="border-b border-line last:border-0 [&_td]:break-words">
              {constraints.length === 0 ? (
                <tr>
                  <LeaderCells leader={leader} rows={rows} />
                  <td colSpan={5} className="text-muted">—</td>
                </tr>
              ) : (
                constraints.map((c, index) => {
                  const meta = CLASS_META[c.class];
                  return (
                    <tr key={c.constraintId} className={index > 0 ? "border-t border-line/60" : undefined}>
                      {index === 0 ? <LeaderCells leader={leader} rows={rows} /> : null}
                      <td className="max-w-56">{c.title}</td>
                      <td>
                        <span className={`inline-flex items-center gap-1.5 font-semibold ${meta.textClass}`}>
                          <ClassSymbol cls={c.class} />
                          {c.classLabel}
                        </span>
                      </td>
                      <td className="text-right tabular-nums">{c.behavioralScore}</td>
                      <td className="text-right tabular-nums">{c.executionScore}</td>
                      <td className="tabular-nums">
                        {c.severity}/100
                        {c.deficitLevel ? <span className="text-muted"> · {DEFICIT_LEVEL_LABELS[c.deficitLevel]}</span> : null}
                      </td>
                    </tr>
                  );
                })
              )}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}

/** What the portfolio looks like while it loads: the charts' and the table's outlines. */
export function PortfolioSkeleton() {
  return (
    <div role="status" className="space-y-4">
      <span className="sr-only">Loading the portfolio…</span>
      <div aria-hidden="true" className="grid gap-4 md:grid-cols-2">
        <div className="h-44 animate-pulse rounded-lg bg-paper" />
        <div className="h-44 animate-pulse rounded-lg bg-paper" />
      </div>
      <div aria-hidden="true" className="h-64 animate-pulse rounded-lg bg-paper" />
    </div>
  );
}
