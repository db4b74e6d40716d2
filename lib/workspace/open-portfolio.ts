import "server-only";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import { readClientPortfolio } from "@/lib/data/diagnostic-store";
import { buildPortfolio, type TPortfolio } from "@/lib/diagnostic";
import type { WorkspaceClient } from "@/lib/workspace/workspace-scope";

/** One client's portfolio: each leader's latest finished assessment, constraint by constraint, and the counts its charts draw. */
export async function openPortfolio(consultant: ConsultantSession, client: WorkspaceClient): Promise<{ client: WorkspaceClient; portfolio: TPortfolio }> {
  const leaders = await readClientPortfolio({ clientId: client.id, workspaceId: consultant.workspace.id });
  return { client, portfolio: buildPortfolio(leaders) };
}
