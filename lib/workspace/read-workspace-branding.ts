import "server-only";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import { readBranding } from "@/lib/data/workspace-store";
import type { TBranding } from "@/lib/diagnostic";
import { toBranding } from "@/lib/report/assemble-report";

export async function readWorkspaceBranding(consultant: ConsultantSession): Promise<TBranding | null> {
  return toBranding(await readBranding(consultant.workspace.id));
}
