import { auth } from "@/lib/auth/auth";

/** better-auth's endpoints: sign-up, sign-in, sign-out and session, under /api/auth. */
export async function GET(request: Request): Promise<Response> {
  return auth().handler(request);
}

export async function POST(request: Request): Promise<Response> {
  return auth().handler(request);
}
