import "server-only";
import { engagementOf } from "@/lib/workspace/engagement-in-force";
import type { WorkspaceLeader } from "@/lib/workspace/workspace-scope";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import { listHandoffChecks } from "@/lib/data/handoff-check-store";
import { assessHandoff, trackProgress } from "@/lib/diagnostic";

/**
 * One leader's assessments over time, the progress the engine reads from them, the engagement
 * blueprint in force, and how far its handoff criteria are met.
 */
export async function leaderProgress(consultant: ConsultantSession, leader: WorkspaceLeader) {
  const { workspaceId, results, engagement } = await engagementOf(consultant, leader);
  const leaderId = leader.id;
  const progress = results.length ? trackProgress(results) : null;
  const checks = progress && engagement ? await listHandoffChecks({ leaderId, workspaceId }) : [];
  const handoff =
    progress && engagement
      ? assessHandoff(
          progress,
          { assessedAt: engagement.assessedAt, exitCriteria: engagement.blueprint.handoff.exitCriteria },
          checks.map((c) => ({ criterion: c.criterion, confirmedAt: c.checkedAt.toISOString(), confirmedBy: c.confirmedBy, evidence: c.evidence })),
        )
      : null;
  return { leader, progress, blueprint: engagement?.blueprint ?? null, handoff };
}
