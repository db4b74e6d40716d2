import { ROUTES } from "@/lib/contract/routes";
import { ZReportAudience } from "@/lib/diagnostic";
import { serveRoute } from "@/lib/http/serve-route";
import { releaseIntake } from "@/lib/workspace/release-intake";

/** Releases the results to one audience, or to both (each with its own rules), with the chosen sections. */
export const POST = serveRoute(ROUTES.releaseIntake, async ({ consultant, diagnostic, body }) => {
  let resultRevision = 0;
  for (const audience of body.audience ? [body.audience] : ZReportAudience.options) {
    ({ resultRevision } = await releaseIntake(consultant, diagnostic, audience, body.sections));
  }
  return { released: true, resultRevision };
});
