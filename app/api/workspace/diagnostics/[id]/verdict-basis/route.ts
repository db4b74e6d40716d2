import { ROUTES } from "@/lib/contract/routes";
import { ZBasisPerspective } from "@/lib/diagnostic";
import { serveRoute } from "@/lib/http/serve-route";
import { chooseVerdictBasis } from "@/lib/workspace/choose-verdict-basis";

const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });

/** The perspectives form posts here (with or without JavaScript), then back to the perspectives. */
export const POST = serveRoute(ROUTES.chooseVerdictBasis, async ({ consultant, diagnostic, body }) => {
  const back = `/workspace/diagnostics/${diagnostic.id}/results`;
  const chosen = ZBasisPerspective.options.filter((p) => body[p] === "on");
  if (chosen.length === 0) return seeOther(`${back}?basis=empty#perspectives`);
  await chooseVerdictBasis(consultant, diagnostic, chosen);
  return seeOther(`${back}?basis=saved#perspectives`);
});
