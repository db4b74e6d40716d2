import "server-only";
import type { z } from "zod";
import { AppError, HTTP_STATUS } from "@/lib/app-error";

/** Largest JSON body any route accepts; answers are small, so anything bigger is refused unread. */
export const MAX_BODY_BYTES = 32 * 1024;

const NO_STORE = { "Cache-Control": "no-store" };

export function jsonResponse(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: NO_STORE });
}

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) return jsonResponse({ error: error.message }, HTTP_STATUS[error.code]);
  console.error("Unexpected error in a route handler", error);
  return jsonResponse({ error: "Something went wrong on our side. Your saved answers are safe; please try again." }, 500);
}

/** Reads and validates a JSON body; every failure is an AppError with a readable message. */
export async function readJsonBody<T extends z.ZodType>(request: Request, schema: T): Promise<z.infer<T>> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw new AppError("INVALID_INPUT", `The request is larger than ${MAX_BODY_BYTES} bytes.`);
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) throw new AppError("INVALID_INPUT", `The request is larger than ${MAX_BODY_BYTES} bytes.`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError("INVALID_INPUT", "The request body is not valid JSON.");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
    throw new AppError("INVALID_INPUT", `${where}${issue?.message ?? "invalid request"}`);
  }
  return parsed.data;
}

/** Runs a route body and maps its errors to clear HTTP answers. */
export async function handleJson(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    return errorResponse(error);
  }
}
