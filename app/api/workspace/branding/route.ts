import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { updateWorkspaceBranding } from "@/lib/workspace/update-workspace-branding";

export const PUT = serveRoute(ROUTES.updateBranding, async ({ consultant, body }) => ({ branding: await updateWorkspaceBranding(consultant, body) }));
