import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { removeFromWorkspace } from "@/lib/workspace/remove-from-workspace";

export const DELETE = serveRoute(ROUTES.removeClient, async ({ consultant, params }) => {
  await removeFromWorkspace(consultant, "client", params.clientId);
  return { deleted: true };
});
