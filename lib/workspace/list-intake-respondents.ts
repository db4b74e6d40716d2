import "server-only";
import type { StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { listRespondents } from "@/lib/data/respondent-store";

export async function listIntakeRespondents(diagnostic: StoredDiagnostic) {
  return listRespondents(diagnostic.id);
}
