import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { createShareLink } from "@/lib/sharing/create-share-link";
import { listShareLinks, toShareLinkRow } from "@/lib/sharing/list-share-links";

export const dynamic = "force-dynamic";

export const GET = serveRoute(ROUTES.listShareLinks, async ({ params }) => ({ links: (await listShareLinks(params.token)).map(toShareLinkRow) }));

export const POST = serveRoute(ROUTES.createShareLink, async ({ params, body }) => {
  const { token, link } = await createShareLink(params.token, body);
  return { reportPath: `/r/${token}`, id: link.id, expiresAt: link.expiresAt };
});
