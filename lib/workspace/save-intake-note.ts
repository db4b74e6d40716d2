import "server-only";
import { stripBidiControls } from "@/lib/diagnostic/free-text";
import { MAX_NOTE_LENGTH } from "@/lib/contract/requests";
import { AppError } from "@/lib/app-error";
import type { StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { saveConsultantNote } from "@/lib/data/consultant-note-store";
import { requireQuestionnaire } from "@/lib/diagnostic";

/** Saves the consultant's private note on one constraint (an empty note deletes it). */
export async function saveIntakeNote(diagnostic: StoredDiagnostic, constraintId: string, text: string): Promise<void> {
  if (!requireQuestionnaire(diagnostic.questionnaireVersion).constraintSlots.includes(constraintId)) {
    throw new AppError("INVALID_INPUT", `There is no constraint "${constraintId}".`);
  }
  if (text.length > MAX_NOTE_LENGTH) throw new AppError("INVALID_INPUT", `A note can be at most ${MAX_NOTE_LENGTH} characters.`);
  await saveConsultantNote({ diagnosticId: diagnostic.id, constraintId, text: stripBidiControls(text) });
}
