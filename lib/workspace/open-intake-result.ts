import "server-only";
import type { StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { latestResultOf, type OpenedResult } from "@/lib/self-serve/open-result";

export async function openIntakeResult(diagnostic: StoredDiagnostic): Promise<OpenedResult | null> {
  return latestResultOf(diagnostic);
}
