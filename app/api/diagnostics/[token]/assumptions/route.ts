import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { reviseAssumptions } from "@/lib/self-serve/revise-assumptions";

export const PUT = serveRoute(ROUTES.reviseAssumptions, async ({ params, body }) => ({ revision: (await reviseAssumptions(params.token, body)).revision }));
