import "server-only";
import { listAnswers, type StoredAnswer, type StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { listConsultantNotes } from "@/lib/data/consultant-note-store";

export async function openIntake(diagnostic: StoredDiagnostic): Promise<{ diagnostic: StoredDiagnostic; answers: StoredAnswer[]; notes: Record<string, string> }> {
  const [answers, notes] = await Promise.all([listAnswers(diagnostic.id), listConsultantNotes(diagnostic.id)]);
  return { diagnostic, answers, notes };
}
