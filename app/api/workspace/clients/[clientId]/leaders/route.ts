import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { addLeader } from "@/lib/workspace/add-leader";

export const POST = serveRoute(ROUTES.addLeader, async ({ consultant, client, body }) => addLeader(consultant, client.id, body));
