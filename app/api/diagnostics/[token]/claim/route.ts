import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { claimDiagnostic } from "@/lib/workspace/claim-diagnostic";

export const POST = serveRoute(ROUTES.claimDiagnostic, async ({ consultant, params, body }) => claimDiagnostic(consultant, params.token, body));
