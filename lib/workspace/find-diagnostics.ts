import "server-only";
import { z } from "zod";
import { zFreeText } from "@/lib/diagnostic/schemas";
import { requireConsultant } from "@/lib/auth/consultant-session";
import { searchWorkspaceDiagnostics } from "@/lib/data/diagnostic-store";
import { listClientNames } from "@/lib/data/workspace-store";
import { ZRecommendationKind } from "@/lib/diagnostic";

export const PAGE_SIZE = 20;

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" || Array.isArray(v) ? undefined : v), schema.optional());

/** The dashboard's filters, read from the query string; anything unreadable is simply ignored. */
export const ZDiagnosticFilters = z.object({
  client: optional(z.string().max(64)).catch(undefined),
  status: optional(z.enum(["in_progress", "finished"])).catch(undefined),
  recommendation: optional(ZRecommendationKind).catch(undefined),
  q: optional(zFreeText().trim().max(120)).catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type TDiagnosticFilters = z.infer<typeof ZDiagnosticFilters>;

export async function findDiagnostics(headers: Headers, filters: TDiagnosticFilters) {
  const { workspace } = await requireConsultant(headers);
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
  return { clients, ...found, pages: Math.max(1, Math.ceil(found.total / PAGE_SIZE)) };
}
