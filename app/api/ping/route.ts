export const dynamic = "force-dynamic";

/** A trivial JSON route handler: the baseline that benchmark figures are compared against. */
export function GET(): Response {
  return Response.json({ ok: true });
}
