import "server-only";
import type { ZLeaderRequest } from "@/lib/contract/requests";
import { z } from "zod";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import { createLeader } from "@/lib/data/workspace-store";

/** Adds a leader to one of the signed-in consultant's clients. */
export async function addLeader(consultant: ConsultantSession, clientId: string, request: z.output<typeof ZLeaderRequest>): Promise<{ id: string }> {
  const { workspace } = consultant;
  return createLeader({ workspaceId: workspace.id, clientId, name: request.name, title: request.title || null });
}
