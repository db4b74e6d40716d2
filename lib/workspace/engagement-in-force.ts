import "server-only";
import type { WorkspaceLeader } from "@/lib/workspace/workspace-scope";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import { listLeaderResults } from "@/lib/data/diagnostic-store";
import { ZDiagnosticResult, type TBlueprint, type TDiagnosticResult } from "@/lib/diagnostic";

export type TEngagementBlueprint = Extract<TBlueprint, { kind: "engagement" }>;

/**
 * The engagement in force: the blueprint of the first assessment that called for one. Re-assessments
 * measure that engagement; they do not replace its handoff criteria mid-way, even when their own
 * plan differs (the coach's criterion stays on the list until the handoff).
 */
function engagementInForce(results: readonly { assessedAt: string; result: TDiagnosticResult }[]): { blueprint: TEngagementBlueprint; assessedAt: string } | null {
  for (const { assessedAt, result } of results) if (result.blueprint.kind === "engagement") return { blueprint: result.blueprint, assessedAt };
  return null;
}

export async function engagementOf(consultant: ConsultantSession, leader: WorkspaceLeader) {
  const { workspace } = consultant;
  const leaderId = leader.id;
  const results = (await listLeaderResults({ leaderId, workspaceId: workspace.id })).map((row) => ({
    assessedAt: row.finishedAt.toISOString(),
    result: ZDiagnosticResult.parse(row.snapshot),
  }));
  return { workspaceId: workspace.id, leader, results, engagement: engagementInForce(results) };
}
