import { AppError } from "@/lib/app-error";
import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { GRANT_COOKIE, grantCookiePath, WRONG_PASSCODE_QUERY } from "@/lib/sharing/grant-cookie";
import { unlockSharedReport } from "@/lib/sharing/unlock-shared-report";

const seeOther = (location: string, extra: Record<string, string> = {}) =>
  new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store", ...extra } });

/**
 * The passcode form posts here. Right passcode: a grant cookie and back to the report. Wrong or
 * locked: back to the same link's passcode page (the link stays in the address bar), which says
 * how many attempts are left or when the lock ends. A link that does not open a report: the same
 * not-found page as every bad link.
 */
export const POST = serveRoute(ROUTES.unlockReport, async ({ params: { token }, body, request }) => {
  try {
    if (body.passcode === undefined) throw new AppError("NOT_FOUND", "missing passcode");
    const outcome = await unlockSharedReport({ token, passcode: body.passcode });
    if (outcome.status === "wrong") return seeOther(`${grantCookiePath(token)}?${WRONG_PASSCODE_QUERY}`);
    if (outcome.status === "locked") return seeOther(grantCookiePath(token));
    const { grant, expiresAt } = outcome;
    const secure = request.url.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
    const cookie = [
      `${GRANT_COOKIE}=${grant}`,
      `Path=${grantCookiePath(token)}`,
      `Expires=${expiresAt.toUTCString()}`,
      "HttpOnly",
      "SameSite=Lax",
      ...(secure ? ["Secure"] : []),
    ].join("; ");
    return seeOther(grantCookiePath(token), { "Set-Cookie": cookie });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return seeOther("/r/not-available");
  }
});
