import "server-only";
import type { ZReleaseRequest } from "@/lib/contract/requests";
import { z } from "zod";
import { AppError } from "@/lib/app-error";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import { releaseWorkspaceDiagnostic, type StoredDiagnostic } from "@/lib/data/diagnostic-store";

/**
 * Controlled release: a consultant's results reach the leader and the board only once released,
 * with the sections the consultant chose and the workspace's branding.
 */
export async function releaseIntake(
  consultant: ConsultantSession,
  diagnostic: StoredDiagnostic,
  request: z.output<typeof ZReleaseRequest>,
  now: Date = new Date(),
): Promise<void> {
  if (diagnostic.status !== "finished") throw new AppError("CONFLICT", "Finish the intake before releasing its results.");
  await releaseWorkspaceDiagnostic({ id: diagnostic.id, workspaceId: consultant.workspace.id, sections: [...new Set(request.sections)], now });
}
