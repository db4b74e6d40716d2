import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { reinviteRespondents } from "@/lib/workspace/reinvite-respondents";

/** Invites the previous assessment's respondents again; each new personal link is in the answer once. */
export const POST = serveRoute(ROUTES.reinviteRespondents, async ({ consultant, diagnostic }) => ({
  invited: await reinviteRespondents(consultant, diagnostic),
}));
