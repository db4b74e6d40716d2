import "server-only";
import { AppError } from "@/lib/app-error";
import { saveSmallGroupConsent } from "@/lib/data/respondent-store";
import { countRespondentWrite } from "@/lib/respondents/respondent-link";
import { openRespondentSession } from "@/lib/respondents/open-respondent-session";

/**
 * A board member or peer says whether their group may be shown when it is smaller than the
 * anonymity minimum. Only they can give it, on their own link, and only until they submit.
 */
export async function recordSmallGroupConsent(token: string, consent: boolean, clientAddress: string): Promise<void> {
  await countRespondentWrite(clientAddress);
  const { respondent } = await openRespondentSession(token);
  if (respondent.perspective !== "board" && respondent.perspective !== "peer") {
    throw new AppError("INVALID_INPUT", "Only board members and peers are asked for this consent.");
  }
  if (!(await saveSmallGroupConsent({ id: respondent.id, consent }))) {
    throw new AppError("CONFLICT", "Your answers are submitted; your choice about small groups was recorded with them.");
  }
}
