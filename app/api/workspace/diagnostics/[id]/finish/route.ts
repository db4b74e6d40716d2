import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { finishIntake } from "@/lib/workspace/finish-intake";

export const POST = serveRoute(ROUTES.finishIntake, async ({ diagnostic }) => ({ revision: (await finishIntake(diagnostic)).revision }));
