import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { revokeShareLink } from "@/lib/sharing/revoke-share-link";

/** Revokes a link at once; the report behind it then answers like any unknown link. */
export const DELETE = serveRoute(ROUTES.revokeShareLink, async ({ params }) => {
  await revokeShareLink(params.token, params.linkId);
  return { revoked: true };
});
