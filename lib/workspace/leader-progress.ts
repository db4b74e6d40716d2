import "server-only";
import type { ZHandoffCheckRequest } from "@/lib/contract/requests";
import type { WorkspaceLeader } from "@/lib/workspace/workspace-scope";
import { z } from "zod";
import { AppError } from "@/lib/app-error";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import { listLeaderResults } from "@/lib/data/diagnostic-store";
import { listHandoffChecks, setHandoffCheck } from "@/lib/data/handoff-check-store";
import { assessHandoff, trackProgress, ZDiagnosticResult, type TBlueprint, type TDiagnosticResult } from "@/lib/diagnostic";


type TEngagementBlueprint = Extract<TBlueprint, { kind: "engagement" }>;

/**
 * The engagement in force: the blueprint of the latest assessment that called for one. A later
 * re-assessment that finds no clear deficit recommends monitoring, but the running engagement's
 * handoff is still the one to check.
 */
function engagementInForce(results: readonly { assessedAt: string; result: TDiagnosticResult }[]): { blueprint: TEngagementBlueprint; assessedAt: string } | null {
  for (const { assessedAt, result } of [...results].reverse()) if (result.blueprint.kind === "engagement") return { blueprint: result.blueprint, assessedAt };
  return null;
}

async function withResults(consultant: ConsultantSession, leader: WorkspaceLeader) {
  const { workspace } = consultant;
  const leaderId = leader.id;
  const results = (await listLeaderResults({ leaderId, workspaceId: workspace.id })).map((row) => ({
    assessedAt: row.finishedAt.toISOString(),
    result: ZDiagnosticResult.parse(row.snapshot),
  }));
  return { workspaceId: workspace.id, leader, results, engagement: engagementInForce(results) };
}

/**
 * One leader's assessments over time, the progress the engine reads from them, the engagement
 * blueprint in force, and how far its handoff criteria are met.
 */
export async function leaderProgress(consultant: ConsultantSession, leader: WorkspaceLeader) {
  const { workspaceId, results, engagement } = await withResults(consultant, leader);
  const leaderId = leader.id;
  const progress = results.length ? trackProgress(results) : null;
  const checks = progress && engagement ? await listHandoffChecks({ leaderId, workspaceId }) : [];
  const handoff =
    progress && engagement
      ? assessHandoff(
          progress,
          { assessedAt: engagement.assessedAt, exitCriteria: engagement.blueprint.handoff.exitCriteria },
          checks.map((c) => ({ criterion: c.criterion, confirmedAt: c.checkedAt.toISOString() })),
        )
      : null;
  return { leader, progress, blueprint: engagement?.blueprint ?? null, handoff };
}

/** Confirms one exit criterion of the leader's engagement in force as met, or withdraws that. */
export async function confirmHandoffCriterion(
  consultant: ConsultantSession,
  leader: WorkspaceLeader,
  request: z.output<typeof ZHandoffCheckRequest>,
  now: Date = new Date(),
) {
  const { workspaceId, engagement } = await withResults(consultant, leader);
  const leaderId = leader.id;
  if (!engagement?.blueprint.handoff.exitCriteria.includes(request.criterion)) {
    throw new AppError("INVALID_INPUT", "This is not an exit criterion of the leader's current engagement blueprint.", "criterion");
  }
  const saved = await setHandoffCheck({ workspaceId, leaderId, criterion: request.criterion, met: request.met, now, since: new Date(engagement.assessedAt) });
  return { criterion: request.criterion, met: request.met, confirmedAt: saved?.checkedAt ?? null };
}
