import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

/** A trivial JSON route handler: the baseline benchmark figures are compared against. Only with BENCH_ROUTES=1. */
export function GET(): Response {
  if (!env().BENCH_ROUTES) return Response.json({ error: "Not found" }, { status: 404 });
  return Response.json({ ok: true });
}
