import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { addClient } from "@/lib/workspace/add-client";

export const POST = serveRoute(ROUTES.addClient, async ({ consultant, body }) => addClient(consultant, body));
