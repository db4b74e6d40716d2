import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { finishDiagnostic } from "@/lib/self-serve/finish-diagnostic";

export const POST = serveRoute(ROUTES.finishDiagnostic, async ({ params }) => ({ revision: (await finishDiagnostic(params.token)).revision }));
