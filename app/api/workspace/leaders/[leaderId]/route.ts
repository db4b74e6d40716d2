import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { removeFromWorkspace } from "@/lib/workspace/remove-from-workspace";

export const DELETE = serveRoute(ROUTES.removeLeader, async ({ consultant, params }) => {
  await removeFromWorkspace(consultant, "leader", params.leaderId);
  return { deleted: true };
});
