import "server-only";
import { deleteDiagnostic } from "@/lib/data/diagnostic-store";
import { findByResumeLink } from "@/lib/self-serve/resume-link";

/** Deletes the diagnostic behind a resume link with its answers and results: gone, not hidden. */
export async function eraseDiagnostic(token: string): Promise<void> {
  const diagnostic = await findByResumeLink(token);
  await deleteDiagnostic(diagnostic.id);
}
