"use client";

import { CLASS_META } from "@/components/results/class-meta";
import { ClassSymbol } from "@/components/results/class-symbol";
import { DEFICIT_LEVEL_LABELS } from "@/lib/diagnostic/class-labels";
import type { TPortfolioLeader } from "@/lib/diagnostic";
import { formatDay } from "@/lib/format-date";

const plural = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;

const respondents = ({ invited, answered }: { invited: number; answered: number }) => (invited === 0 ? "None invited" : `${answered} of ${invited} answered`);

/** The leader's own cells, spanning their constraint rows. */
function LeaderCells({ leader, rows }: { leader: TPortfolioLeader; rows: number }) {
  const { latest } = leader;
  const title = leader.title ? `, ${leader.title}` : "";
  return (
    <>
      <th scope="rowgroup" rowSpan={rows}>
        {latest ? <a href={`/workspace/leaders/${leader.id}`}>{leader.name}</a> : leader.name}
        {title}
      </th>
      <td rowSpan={rows}>
        {latest ? <a href={`/workspace/diagnostics/${latest.diagnosticId}/results`}>{formatDay(latest.finishedAt)}</a> : "No finished assessment"}
        {` · ${plural(leader.assessments, "assessment")}`}
      </td>
      <td rowSpan={rows}>{latest ? latest.recommendation.label : "—"}</td>
      <td rowSpan={rows}>
        {latest
          ? `Board: ${latest.releasedAt ? formatDay(latest.releasedAt) : "not released"} · Leader: ${latest.leaderReleasedAt ? formatDay(latest.leaderReleasedAt) : "not released"}`
          : "—"}
      </td>
      <td rowSpan={rows}>{latest ? respondents(latest.respondents) : "—"}</td>
    </>
  );
}

/**
 * Leaders × constraints: one row group per leader (name, latest finished assessment, recommendation,
 * release, respondents), one row per constraint of that assessment with its class and scores.
 * A client component for speed, not interaction: the page's payload then carries the leaders as data
 * instead of the hundreds of cells as elements, which the server would otherwise write and read back
 * on every visit (the portfolio holds the dashboard's throughput budget this way). Cell styles are set
 * once on the table.
 */
export function PortfolioMatrix({ clientName, leaders }: { clientName: string; leaders: readonly TPortfolioLeader[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-white" tabIndex={0} role="region" aria-label={`Leaders and constraints at ${clientName}`}>
      <table className="w-full min-w-[60rem] text-left text-sm tabular-nums [&_a]:text-accent [&_a]:underline [&_tbody_th_a]:font-semibold [&_td]:p-3 [&_td]:align-top [&_td]:break-words [&_th]:p-3 [&_th]:align-top [&_tbody_th]:font-normal [&_tbody_tr+tr]:border-t [&_tbody_tr+tr]:border-line/60 [&_td:nth-last-child(-n+3)]:text-right [&_thead_th:nth-last-child(-n+3)]:text-right [&_svg]:mr-1.5 [&_svg]:inline [&_svg]:align-[-2px]">
        <caption className="sr-only">{`Each leader's latest finished assessment at ${clientName}, constraint by constraint`}</caption>
        <thead className="border-b border-line bg-paper">
          <tr>
            <th scope="col">Leader</th>
            <th scope="col">Latest assessment</th>
            <th scope="col">Recommendation</th>
            <th scope="col">Release</th>
            <th scope="col">Respondents</th>
            <th scope="col">Constraint</th>
            <th scope="col">Class</th>
            <th scope="col">Behavioral deficit</th>
            <th scope="col">Execution deficit</th>
            <th scope="col">Severity</th>
          </tr>
        </thead>
        {leaders.map((leader) => {
          const constraints = leader.latest?.constraints ?? [];
          const rows = Math.max(1, constraints.length);
          return (
            <tbody key={leader.id} className="border-b border-line last:border-0">
              {constraints.length === 0 ? (
                <tr>
                  <LeaderCells leader={leader} rows={rows} />
                  <td colSpan={5}>—</td>
                </tr>
              ) : (
                constraints.map((c, index) => (
                  <tr key={c.constraintId}>
                    {index === 0 ? <LeaderCells leader={leader} rows={rows} /> : null}
                    <td>{c.title}</td>
                    <td className={`font-semibold ${CLASS_META[c.class].textClass}`}>
                      <ClassSymbol cls={c.class} />
                      {c.classLabel}
                    </td>
                    <td>{c.behavioralScore}</td>
                    <td>{c.executionScore}</td>
                    <td>{c.deficitLevel ? `${c.severity}/100 · ${DEFICIT_LEVEL_LABELS[c.deficitLevel]}` : `${c.severity}/100`}</td>
                  </tr>
                ))
              )}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
