import "server-only";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import { AppError } from "@/lib/app-error";
import { saveVerdictBasis, type StoredDiagnostic } from "@/lib/data/diagnostic-store";
import type { TBasisPerspective } from "@/lib/diagnostic";
import { rescoreIntake } from "@/lib/workspace/rescore-intake";

/** The consultant chooses whose views the verdict rests on; the verdict is scored again at once. */
export async function chooseVerdictBasis(consultant: ConsultantSession, diagnostic: StoredDiagnostic, basis: readonly TBasisPerspective[]): Promise<void> {
  if (diagnostic.status !== "finished") throw new AppError("CONFLICT", "Finish the intake before choosing the perspectives its verdict rests on.");
  await saveVerdictBasis({ id: diagnostic.id, workspaceId: consultant.workspace.id, basis: [...new Set(basis)] });
  await rescoreIntake(diagnostic);
}
