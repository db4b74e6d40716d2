import "server-only";
import { AppError } from "@/lib/app-error";
import { requireConsultant } from "@/lib/auth/consultant-session";
import { listLeaderResults } from "@/lib/data/diagnostic-store";
import { findWorkspaceLeader } from "@/lib/data/workspace-store";
import { trackProgress, ZDiagnosticResult, type TBlueprint } from "@/lib/diagnostic";

/** One leader's assessments over time, the progress the engine reads from them, and the latest blueprint. */
export async function leaderProgress(headers: Headers, leaderId: string) {
  const { workspace } = await requireConsultant(headers);
  const leader = await findWorkspaceLeader({ id: leaderId, workspaceId: workspace.id });
  if (!leader) throw new AppError("NOT_FOUND", "This leader does not exist in your workspace.");
  const results = (await listLeaderResults({ leaderId, workspaceId: workspace.id })).map((row) => ({
    assessedAt: row.finishedAt.toISOString(),
    result: ZDiagnosticResult.parse(row.snapshot),
  }));
  const blueprint: TBlueprint | null = results.at(-1)?.result.blueprint ?? null;
  return { leader, progress: results.length ? trackProgress(results) : null, blueprint };
}
