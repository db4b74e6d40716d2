import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { removeFromWorkspace } from "@/lib/workspace/remove-from-workspace";

export const DELETE = serveRoute(ROUTES.removeClient, async ({ consultant, client }) => {
  await removeFromWorkspace(consultant, "client", client.id);
  return { deleted: true };
});
