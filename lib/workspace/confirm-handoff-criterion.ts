import "server-only";
import { engagementOf } from "@/lib/workspace/engagement-in-force";
import type { ZHandoffCheckRequest } from "@/lib/contract/requests";
import type { WorkspaceLeader } from "@/lib/workspace/workspace-scope";
import { z } from "zod";
import { AppError } from "@/lib/app-error";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import { setHandoffCheck } from "@/lib/data/handoff-check-store";

/** Confirms one exit criterion of the leader's engagement in force as met, or withdraws that. */
export async function confirmHandoffCriterion(
  consultant: ConsultantSession,
  leader: WorkspaceLeader,
  request: z.output<typeof ZHandoffCheckRequest>,
  now: Date = new Date(),
) {
  const { workspaceId, engagement } = await engagementOf(consultant, leader);
  const leaderId = leader.id;
  if (!engagement?.blueprint.handoff.exitCriteria.includes(request.criterion)) {
    throw new AppError("INVALID_INPUT", "This is not an exit criterion of the leader's current engagement blueprint.", "criterion");
  }
  const saved = await setHandoffCheck({
    workspaceId,
    leaderId,
    criterion: request.criterion,
    met: request.met,
    now,
    since: new Date(engagement.assessedAt),
    confirmedBy: consultant.user.name,
    evidence: request.evidence || undefined,
  });
  return { criterion: request.criterion, met: request.met, confirmedAt: saved?.checkedAt ?? null };
}
