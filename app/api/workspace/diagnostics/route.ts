import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { startIntake } from "@/lib/workspace/start-intake";

export const POST = serveRoute(ROUTES.startIntake, async ({ consultant, body }) => {
  const diagnostic = await startIntake(consultant, body.leaderId);
  return { id: diagnostic.id, path: `/workspace/diagnostics/${diagnostic.id}` };
});
