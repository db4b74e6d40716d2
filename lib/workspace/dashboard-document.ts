import "server-only";
import { findConsultant } from "@/lib/auth/consultant-session";
import { ZDiagnosticFilters, type TDiagnosticFilters } from "@/lib/contract/requests";
import { readDashboardVersion } from "@/lib/data/workspace-store";
import { serveKeptPage } from "@/lib/http/kept-pages";

/**
 * The consultants' dashboard (all diagnostics of the workspace), kept rendered per dashboard
 * version (lib/http/kept-pages.ts). The session is checked on every request; the page shows the
 * workspace's diagnostics, leaders and clients under the filters and nothing else per visit, and the
 * database raises the workspace's `dashboardVersion` on every change to those (migration
 * dashboard_version), so a kept page is that version's page. It is kept per consultant all the same,
 * so no page rendered with one person's session is ever served to another. Without a valid session
 * the page is rendered per request, and sends the visitor to sign in as before.
 */

const PATH = "/workspace/diagnostics";

/**
 * The dashboard's root element names its workspace: a kept page is known to be the dashboard of the
 * workspace it is kept for, even if the session changed workspace between this request's check and
 * the page's own. A workspace id has no character a pattern treats specially (a UUID); anything else
 * simply never matches, and the page is then not kept.
 */
const dashboardMarker = (workspaceId: string) => new RegExp(`<div\\b[^>]*\\sdata-dashboard="${workspaceId.replace(/[^A-Za-z0-9-]/g, "!")}"`);

/** The query as the page reads it (a repeated parameter becomes a list, which the filters ignore). */
function filtersOf(search: URLSearchParams): TDiagnosticFilters {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    query[key] = values.length === 1 ? (values[0] ?? "") : values;
  }
  return ZDiagnosticFilters.parse(query);
}

/** The address of the page for these filters alone: any other parameter would only make another copy to keep. */
function pathOf(filters: TDiagnosticFilters): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== undefined && value !== "" && !(key === "page" && value === 1)) query.set(key, String(value));
  const text = query.toString();
  return text ? `${PATH}?${text}` : PATH;
}

export async function serveDashboardDocument(input: { headers: Headers; search: URLSearchParams; https: boolean }): Promise<Response> {
  const cookie = input.headers.get("cookie");
  const filters = filtersOf(input.search);
  const consultant = await findConsultant(input.headers);
  const version = consultant ? await readDashboardVersion(consultant.workspace.id) : null;
  const content = consultant && version !== null ? { user: consultant.user.id, workspace: consultant.workspace, version, filters } : null;
  return serveKeptPage({ path: pathOf(filters), content, cookie, https: input.https, marker: dashboardMarker(consultant?.workspace.id ?? "") });
}
