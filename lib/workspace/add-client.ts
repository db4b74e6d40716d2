import "server-only";
import type { ZClientRequest } from "@/lib/contract/requests";
import { z } from "zod";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import { createClient } from "@/lib/data/workspace-store";

/** Adds a client to the signed-in consultant's workspace. */
export async function addClient(consultant: ConsultantSession, request: z.output<typeof ZClientRequest>): Promise<{ id: string }> {
  const { workspace } = consultant;
  return createClient({ workspaceId: workspace.id, name: request.name });
}
