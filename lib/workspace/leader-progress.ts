import "server-only";
import { z } from "zod";
import { zFreeText } from "@/lib/diagnostic/schemas";
import { AppError } from "@/lib/app-error";
import { requireConsultant } from "@/lib/auth/consultant-session";
import { listLeaderResults } from "@/lib/data/diagnostic-store";
import { listHandoffChecks, setHandoffCheck } from "@/lib/data/handoff-check-store";
import { findWorkspaceLeader } from "@/lib/data/workspace-store";
import { assessHandoff, trackProgress, ZDiagnosticResult, type TBlueprint, type TDiagnosticResult } from "@/lib/diagnostic";

const NOT_IN_WORKSPACE = "This leader does not exist in your workspace.";

export const ZHandoffCheckRequest = z.object({ criterion: zFreeText().min(1).max(1_000), met: z.boolean() });

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

async function scopedLeader(headers: Headers, leaderId: string) {
  const { workspace } = await requireConsultant(headers);
  const leader = await findWorkspaceLeader({ id: leaderId, workspaceId: workspace.id });
  if (!leader) throw new AppError("NOT_FOUND", NOT_IN_WORKSPACE);
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
export async function leaderProgress(headers: Headers, leaderId: string) {
  const { workspaceId, leader, results, engagement } = await scopedLeader(headers, leaderId);
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
export async function confirmHandoffCriterion(headers: Headers, leaderId: string, request: z.output<typeof ZHandoffCheckRequest>, now: Date = new Date()) {
  const { workspaceId, engagement } = await scopedLeader(headers, leaderId);
  if (!engagement?.blueprint.handoff.exitCriteria.includes(request.criterion)) {
    throw new AppError("INVALID_INPUT", "This is not an exit criterion of the leader's current engagement blueprint.", "criterion");
  }
  const saved = await setHandoffCheck({ workspaceId, leaderId, criterion: request.criterion, met: request.met, now, since: new Date(engagement.assessedAt) });
  return { criterion: request.criterion, met: request.met, confirmedAt: saved?.checkedAt ?? null };
}
