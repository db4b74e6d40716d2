import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { confirmHandoffCriterion } from "@/lib/workspace/confirm-handoff-criterion";

/** Confirms one handoff exit criterion of the leader's engagement as met (`met: true`) or withdraws it. */
export const PUT = serveRoute(ROUTES.confirmHandoffCriterion, async ({ consultant, leader, body }) => confirmHandoffCriterion(consultant, leader, body));
