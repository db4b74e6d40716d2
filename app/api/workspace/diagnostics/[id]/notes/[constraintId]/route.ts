import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { saveIntakeNote } from "@/lib/workspace/save-intake-note";

export const PUT = serveRoute(ROUTES.saveIntakeNote, async ({ diagnostic, params, body }) => {
  await saveIntakeNote(diagnostic, params.constraintId, body.text);
  return { saved: true };
});
