import "server-only";
import { createDiagnostic, type StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { CURRENT_QUESTIONNAIRE_VERSION } from "@/lib/diagnostic";
import { createSecretToken } from "@/lib/secret-token";

/** Starts a self-serve diagnostic on the current questionnaire and returns its private resume token. */
export async function startDiagnostic(): Promise<{ token: string; diagnostic: StoredDiagnostic }> {
  const { token, hash } = createSecretToken();
  const diagnostic = await createDiagnostic({ questionnaireVersion: CURRENT_QUESTIONNAIRE_VERSION, resumeTokenHash: hash });
  return { token, diagnostic };
}
