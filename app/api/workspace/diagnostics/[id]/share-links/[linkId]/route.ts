import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { revokeIntakeShareLink } from "@/lib/workspace/revoke-intake-share-link";

export const DELETE = serveRoute(ROUTES.revokeIntakeShareLink, async ({ diagnostic, params }) => {
  await revokeIntakeShareLink(diagnostic, params.linkId);
  return { revoked: true };
});
