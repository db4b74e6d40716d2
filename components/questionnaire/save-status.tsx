import type { SaveState } from "@/components/questionnaire/use-answer-saver";

/** Tells, politely and without stealing focus, whether every answer has reached the server. */
export function SaveStatus({ state, pendingCount, lastSavedAt }: { state: SaveState; pendingCount: number; lastSavedAt: number | null }) {
  let text = lastSavedAt ? "All answers saved" : "Answers are saved as you go";
  let tone = "text-muted";
  if (state === "retrying" && pendingCount > 0) {
    text = `Connection problem: retrying ${pendingCount} unsaved answer${pendingCount === 1 ? "" : "s"}…`;
    tone = "text-warn font-semibold";
  } else if (pendingCount > 0) {
    text = "Saving…";
  } else if (state === "error") {
    text = "An answer was refused: see the message below it";
    tone = "text-danger font-semibold";
  }
  return (
    <span role="status" aria-live="polite" data-save-state={pendingCount > 0 ? "pending" : state === "error" ? "error" : "saved"} className={tone}>
      {text}
    </span>
  );
}
