import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { releaseIntake } from "@/lib/workspace/release-intake";

/** Releases the results to the leader and makes board links possible, with the chosen sections. */
export const POST = serveRoute(ROUTES.releaseIntake, async ({ consultant, diagnostic, body }) => {
  await releaseIntake(consultant, diagnostic, body);
  return { released: true };
});
