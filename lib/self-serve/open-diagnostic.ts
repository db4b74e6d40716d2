import "server-only";
import { listAnswers, type StoredAnswer, type StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { findByResumeLink } from "@/lib/self-serve/resume-link";

export async function openDiagnostic(token: string): Promise<{ diagnostic: StoredDiagnostic; answers: StoredAnswer[] }> {
  const diagnostic = await findByResumeLink(token);
  return { diagnostic, answers: await listAnswers(diagnostic.id) };
}
