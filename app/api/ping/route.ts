import { ZAnswerSubmission } from "@/lib/contract/requests";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

const notFound = () => Response.json({ error: "Not found" }, { status: 404 });

/** A trivial JSON route handler: the baseline benchmark figures are compared against. Only with BENCH_ROUTES=1. */
export function GET(): Response {
  if (!env().BENCH_ROUTES) return notFound();
  return Response.json({ ok: true });
}

/**
 * The same with an answer in its body, read and validated as the save route does, and nothing
 * stored: a reference that shows what saving costs beyond handling a PUT with a body.
 */
export async function PUT(request: Request): Promise<Response> {
  if (!env().BENCH_ROUTES) return notFound();
  const parsed = ZAnswerSubmission.safeParse(await request.json().catch(() => null));
  return parsed.success ? Response.json({ ok: true }) : Response.json({ error: "Not an answer" }, { status: 400 });
}
