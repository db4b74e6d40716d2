import type { Metadata } from "next";
import Link from "next/link";
import { openPage } from "@/app/_boundary/open-page";
import { PAGES } from "@/lib/contract/pages";
import { ZDiagnosticFilters, type TDiagnosticFilters } from "@/lib/contract/requests";
import { findDiagnostics } from "@/lib/workspace/find-diagnostics";
import { formatDay } from "@/lib/format-date";
import { describeCounts, RECOMMENDATION_LABELS } from "@/lib/diagnostic";
import { CountBars } from "@/components/account/count-bars";
import { KIND_META } from "@/components/results/class-meta";

export const metadata: Metadata = { title: "All diagnostics", robots: { index: false } };


function pageHref(filters: TDiagnosticFilters, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, page })) if (value !== undefined && value !== "") params.set(key, String(value));
  return `/workspace/diagnostics?${params.toString()}`;
}

/** Every diagnostic of the workspace, filtered by client, status and recommendation, searchable by leader. */
export default async function DiagnosticsDashboard({ params, searchParams }: PageProps<"/workspace/diagnostics">) {
  const filters = ZDiagnosticFilters.parse(await searchParams);
  const { workspaceId, clients, rows, total, pages, byRecommendation } = await openPage(PAGES.dashboard, params, async ({ consultant }) => ({
    workspaceId: consultant.workspace.id,
    ...(await findDiagnostics(consultant, filters)),
  }));
  const select = "mt-1 min-h-11 w-full rounded-md border border-field bg-white px-3";
  return (
    <div className="space-y-6" data-dashboard={workspaceId}>
      <p className="text-sm">
        <Link href="/workspace" className="text-accent underline">Back to the workspace</Link>
      </p>
      <h1 className="text-2xl font-semibold">All diagnostics</h1>
      <form method="get" className="grid gap-3 rounded-lg border border-line bg-white p-4 sm:grid-cols-5 sm:items-end">
        <div>
          <label htmlFor="f-client" className="text-sm font-semibold">Client</label>
          <select id="f-client" name="client" defaultValue={filters.client ?? ""} className={select}>
            <option value="">All clients</option>
            {clients.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="f-status" className="text-sm font-semibold">Status</label>
          <select id="f-status" name="status" defaultValue={filters.status ?? ""} className={select}>
            <option value="">Any status</option>
            <option value="in_progress">In progress</option>
            <option value="finished">Finished</option>
          </select>
        </div>
        <div>
          <label htmlFor="f-rec" className="text-sm font-semibold">Recommendation</label>
          <select id="f-rec" name="recommendation" defaultValue={filters.recommendation ?? ""} className={select}>
            <option value="">Any</option>
            {Object.entries(RECOMMENDATION_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="f-q" className="text-sm font-semibold">Leader name</label>
          <input id="f-q" name="q" defaultValue={filters.q ?? ""} maxLength={120} className={select} />
        </div>
        <button type="submit" className="min-h-11 rounded-md bg-accent px-4 font-semibold text-white hover:bg-accent-strong">Filter</button>
      </form>
      <p className="text-sm text-muted" aria-live="polite">{total} diagnostic{total === 1 ? "" : "s"} found</p>
      {total > 0 ? (
        <CountBars
          title="Diagnostics found, by recommendation"
          unit="Diagnostics"
          bars={byRecommendation.map((g) => ({ key: g.key, label: g.label, count: g.count, colorClass: g.key in KIND_META ? KIND_META[g.key as keyof typeof KIND_META].textClass : "text-muted" }))}
          summary={`All ${total} diagnostic${total === 1 ? "" : "s"} these filters find, on every page: ${describeCounts(byRecommendation)}.`}
        />
      ) : null}
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-line p-6 text-center text-muted">No diagnostics match these filters.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-line bg-white" tabIndex={0} role="region" aria-label="Diagnostics found">
          <table className="w-full min-w-[36rem] text-left text-sm [&_td]:p-3 [&_th]:p-3">
            <caption className="sr-only">Diagnostics</caption>
            <thead className="border-b border-line bg-paper">
              <tr>
                <th scope="col">Leader</th>
                <th scope="col">Client</th>
                <th scope="col">Status</th>
                <th scope="col">Recommendation</th>
                <th scope="col">Started</th>
              </tr>
            </thead>
            <tbody className="[&_a]:font-semibold [&_a]:text-accent [&_a]:underline [&_tr]:border-b [&_tr]:border-line [&_tr:last-child]:border-0 [&_td]:break-words">
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>
                    <a href={row.status === "finished" ? `/workspace/diagnostics/${row.id}/results` : `/workspace/diagnostics/${row.id}`}>
                      {row.leader?.name ?? "Unnamed leader"}
                    </a>
                    {row.leader?.title ? <span className="text-muted">, {row.leader.title}</span> : null}
                  </td>
                  <td>{row.leader?.client.name ?? "—"}</td>
                  <td>{row.status === "finished" ? `Finished ${row.finishedAt ? formatDay(row.finishedAt) : "—"}` : "In progress"}</td>
                  <td>{row.recommendation ? (RECOMMENDATION_LABELS[row.recommendation as keyof typeof RECOMMENDATION_LABELS] ?? row.recommendation) : "—"}</td>
                  <td>{formatDay(row.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 ? (
        <nav aria-label="Pages" className="flex items-center justify-between text-sm">
          {filters.page > 1 ? <Link href={pageHref(filters, filters.page - 1)} className="text-accent underline">Previous page</Link> : <span />}
          <span>Page {filters.page} of {pages}</span>
          {filters.page < pages ? <Link href={pageHref(filters, filters.page + 1)} className="text-accent underline">Next page</Link> : <span />}
        </nav>
      ) : null}
    </div>
  );
}
