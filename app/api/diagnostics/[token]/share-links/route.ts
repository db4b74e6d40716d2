import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { createShareLink } from "@/lib/sharing/create-share-link";

export const POST = serveRoute(ROUTES.createShareLink, async ({ params, body }) => {
  const { token, link } = await createShareLink(params.token, body);
  return { reportPath: `/r/${token}`, id: link.id, expiresAt: link.expiresAt };
});
