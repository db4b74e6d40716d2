import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { retryInvitationEmail } from "@/lib/workspace/retry-invitation-email";

export const POST = serveRoute(ROUTES.retryInvitationEmail, async ({ diagnostic, params }) => retryInvitationEmail(diagnostic, params.respondentId));
