import { AppError } from "@/lib/app-error";
import { readBodyText } from "@/lib/http/json-route";
import { GRANT_COOKIE, grantCookiePath } from "@/lib/sharing/grant-cookie";
import { unlockSharedReport } from "@/lib/sharing/unlock-shared-report";

const seeOther = (location: string, extra: Record<string, string> = {}) =>
  new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store", ...extra } });

/**
 * The passcode form posts here. Right passcode: a grant cookie and back to the report. Anything
 * else: the same not-found page as every bad link.
 */
export async function POST(request: Request, { params }: RouteContext<"/r/[token]/unlock">): Promise<Response> {
  const { token } = await params;
  try {
    // A passcode form is tiny: anything larger is refused unread.
    const passcode = new URLSearchParams(await readBodyText(request, 1024)).get("passcode");
    if (passcode === null) throw new AppError("NOT_FOUND", "missing passcode");
    const { grant, expiresAt } = await unlockSharedReport({ token, passcode });
    const secure = new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
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
    if (!(error instanceof AppError)) console.error("Unexpected error while unlocking a report", error);
    return seeOther("/r/not-available");
  }
}
