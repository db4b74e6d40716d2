import { handleAuthRequest } from "@/lib/auth/handle-auth-request";

/** better-auth's endpoints (sign-up, sign-in, sign-out, session) under /api/auth, behind the app's checks. */
export async function GET(request: Request): Promise<Response> {
  return handleAuthRequest(request);
}

export async function POST(request: Request): Promise<Response> {
  return handleAuthRequest(request);
}
