import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { createIntakeShareLink } from "@/lib/workspace/create-intake-share-link";

export const POST = serveRoute(ROUTES.createIntakeShareLink, async ({ diagnostic, body }) => {
  const { token, link } = await createIntakeShareLink(diagnostic, body);
  return { reportPath: `/r/${token}`, id: link.id, expiresAt: link.expiresAt };
});
