import "server-only";
import type { StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { listConsultantNotes } from "@/lib/data/consultant-note-store";

export async function openIntakeNotes(diagnostic: StoredDiagnostic): Promise<Record<string, string>> {
  return listConsultantNotes(diagnostic.id);
}
