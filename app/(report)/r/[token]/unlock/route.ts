import { AppError } from "@/lib/app-error";
import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { GRANT_COOKIE, grantCookiePath } from "@/lib/sharing/grant-cookie";
import { unlockSharedReport } from "@/lib/sharing/unlock-shared-report";

const seeOther = (location: string, extra: Record<string, string> = {}) =>
  new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store", ...extra } });

/**
 * The passcode form posts here. Right passcode: a grant cookie and back to the report. Anything
 * else: the same not-found page as every bad link.
 */
export const POST = serveRoute(ROUTES.unlockReport, async ({ params: { token }, body, request }) => {
  try {
    if (body.passcode === undefined) throw new AppError("NOT_FOUND", "missing passcode");
    const { grant, expiresAt } = await unlockSharedReport({ token, passcode: body.passcode });
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
