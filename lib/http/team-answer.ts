import "server-only";
import { AppError } from "@/lib/app-error";
import { teamMessageKeyOf, type TTeamMessage } from "@/lib/team-messages";

/**
 * Answers of the team's routes, which take plain form posts (every team form works without
 * JavaScript): a browser's form post is redirected back to its page with a message key; any other
 * request, or a form post with `Accept: application/json`, gets JSON.
 */
export const TEAM_PAGE = "/workspace/team";

/** The link of an invitation just created, for the Team page to show once more: HttpOnly, that page only, ten minutes. */
export const RECENT_INVITATION_COOKIE = "team-invitation";
const RECENT_INVITATION_SECONDS = 10 * 60;

const NO_STORE = { "Cache-Control": "no-store" };

/**
 * JSON unless this is a browser's form post (form-encoded, not asking for JSON): a script or an API
 * client sending JSON, or nothing, gets status codes and `{ error }` like every other route.
 */
export function wantsJson(headers: Headers): boolean {
  const form = (headers.get("content-type") ?? "").toLowerCase().startsWith("application/x-www-form-urlencoded");
  return !form || (headers.get("accept") ?? "").toLowerCase().includes("application/json");
}

export function seeOther(location: string, headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 303, headers: { ...NO_STORE, ...headers, Location: location } });
}

/** JSON to a JSON client, else back to `page` with `?notice=`. */
export function teamAnswer(
  request: { headers: Headers },
  answer: { json: unknown; status?: 200 | 201; notice: TTeamMessage; page?: string; headers?: Record<string, string> },
): Response {
  if (wantsJson(request.headers)) return Response.json(answer.json, { status: answer.status ?? 200, headers: NO_STORE });
  return seeOther(`${answer.page ?? TEAM_PAGE}?notice=${answer.notice}`, answer.headers);
}

/** An expected failure of a form post goes back to its page with `?problem=`; a JSON client gets the usual `{ error }`. */
export function teamProblem(error: unknown, request: { headers: Headers }, page: string = TEAM_PAGE): Response {
  if (!(error instanceof AppError) || wantsJson(request.headers)) throw error;
  return seeOther(`${page}?problem=${teamMessageKeyOf(error.message)}`);
}

export function recentInvitationCookie(token: string, request: { url: URL; headers: Headers }): string {
  const secure = request.url.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  return [`${RECENT_INVITATION_COOKIE}=${token}`, `Path=${TEAM_PAGE}`, `Max-Age=${RECENT_INVITATION_SECONDS}`, "HttpOnly", "SameSite=Strict", ...(secure ? ["Secure"] : [])].join("; ");
}
