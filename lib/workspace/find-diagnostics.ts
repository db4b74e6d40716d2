import "server-only";
import type { TDiagnosticFilters } from "@/lib/contract/requests";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import { searchWorkspaceDiagnostics } from "@/lib/data/diagnostic-store";
import { listClientNames } from "@/lib/data/workspace-store";
import { summarizeByRecommendation } from "@/lib/diagnostic";

export const PAGE_SIZE = 20;

/** One page of the workspace's diagnostics under the filters, with all of them counted by recommendation for the chart. */
export async function findDiagnostics(consultant: ConsultantSession, filters: TDiagnosticFilters) {
  const { workspace } = consultant;
  const [clients, found] = await Promise.all([
    listClientNames(workspace.id),
    searchWorkspaceDiagnostics({
      workspaceId: workspace.id,
      clientId: filters.client,
      status: filters.status,
      recommendation: filters.recommendation,
      leaderName: filters.q,
      page: filters.page,
      pageSize: PAGE_SIZE,
    }),
  ]);
  const { groups, ...page } = found;
  return { clients, ...page, byRecommendation: summarizeByRecommendation(groups), pages: Math.max(1, Math.ceil(found.total / PAGE_SIZE)) };
}
