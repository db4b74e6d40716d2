import "server-only";
import type { ZRespondentInvitation } from "@/lib/contract/requests";
import { z } from "zod";
import { AppError } from "@/lib/app-error";
import type { StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { createRespondent } from "@/lib/data/respondent-store";
import { createSecretToken } from "@/lib/secret-token";

/** A consultant's side of respondents: invite, follow and withdraw, always inside their workspace. */



/** Creates a personal respondent link; the token is returned once and only its hash is kept. */
export async function inviteRespondent(diagnostic: StoredDiagnostic, invitation: z.output<typeof ZRespondentInvitation>) {
  if (diagnostic.status !== "finished") {
    throw new AppError("CONFLICT", "Finish the intake first: respondents answer about the constraints it defines.");
  }
  const { token, hash } = createSecretToken();
  const respondent = await createRespondent({ diagnosticId: diagnostic.id, perspective: invitation.perspective, name: invitation.name, tokenHash: hash });
  return { token, respondent };
}
