import "server-only";
import { AppError } from "@/lib/app-error";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import { findEngagementOf, type StoredDiagnostic } from "@/lib/data/diagnostic-store";

export type EngagementContext = {
  leader: { id: string; name: string; title: string | null };
  client: { id: string; name: string };
  /** 1 for the first assessment of this leader. */
  number: number;
  total: number;
  /** The day it was assessed: when it was finished, or started while in progress. */
  assessedAt: Date;
  previous: { id: string; number: number; assessedAt: Date } | null;
};

/** Which leader, client and assessment a workspace diagnostic is: the header of every engagement page. */
export async function openEngagement(consultant: ConsultantSession, diagnostic: StoredDiagnostic): Promise<EngagementContext> {
  const found = await findEngagementOf({ diagnosticId: diagnostic.id, workspaceId: consultant.workspace.id });
  if (!found) throw new AppError("NOT_FOUND", "This intake is not in your workspace.");
  const index = found.assessments.findIndex((a) => a.id === diagnostic.id);
  const previousIndex = found.assessments.slice(0, index).findLastIndex((a) => a.status === "finished");
  const previous = previousIndex >= 0 ? found.assessments[previousIndex]! : null;
  return {
    leader: { id: found.leader.id, name: found.leader.name, title: found.leader.title },
    client: { id: found.leader.clientId, name: found.leader.clientName },
    number: index + 1,
    total: found.assessments.length,
    assessedAt: diagnostic.finishedAt ?? diagnostic.createdAt,
    previous: previous ? { id: previous.id, number: previousIndex + 1, assessedAt: previous.finishedAt ?? previous.createdAt } : null,
  };
}
