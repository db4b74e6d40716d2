import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { importClient } from "@/lib/workspace/import-client";

export const POST = serveRoute(ROUTES.importClient, async ({ consultant, body }) => importClient(consultant, body));
