import "server-only";
import type { z } from "zod";
import { AppError, HTTP_STATUS } from "@/lib/app-error";
import { DEFAULT_MAX_BODY_BYTES } from "@/lib/contract/routes";
import { logger, routeOf } from "@/lib/operations/logger";
import { RateLimitedError } from "@/lib/rate-limited-error";

const NO_STORE = { "Cache-Control": "no-store" };

export function jsonResponse(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: NO_STORE });
}

/**
 * Maps an error to its answer. An unexpected one is logged once, with its cause, the request id
 * scripts/start.ts gave the request and the token-free route, so the log line and the 500 meet.
 */
export function errorResponse(error: unknown, request?: Request): Response {
  if (error instanceof RateLimitedError) {
    return Response.json({ error: error.message }, { status: 429, headers: { ...NO_STORE, "Retry-After": String(error.retryAfterSeconds) } });
  }
  if (error instanceof AppError) return jsonResponse({ error: error.message, ...(error.field ? { field: error.field } : {}) }, HTTP_STATUS[error.code]);
  logger().error(
    { err: error, reqId: request?.headers.get("x-request-id") ?? undefined, method: request?.method, route: request ? routeOf(request.url) : undefined },
    "Unexpected error in a route handler",
  );
  return jsonResponse({ error: "Something went wrong on our side. Your saved answers are safe; please try again." }, 500);
}

/**
 * Reads a request body as text, stopping as soon as it passes `maxBytes`: a huge or endless body
 * (with or without Content-Length) is refused without being held in memory.
 */
export async function readBodyText(request: Request, maxBytes: number): Promise<string> {
  const tooLarge = () => new AppError("INVALID_INPUT", `The request is larger than ${maxBytes} bytes.`);
  if (Number(request.headers.get("content-length") ?? "0") > maxBytes) throw tooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * JSON routes accept only JSON sent by pages of this site: a form on another site (even a sibling
 * subdomain, which SameSite cookies treat as the same site) cannot send application/json without a
 * CORS preflight, and browsers label such requests with Sec-Fetch-Site.
 */
export function assertJsonFromThisSite(request: Request): void {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") throw new AppError("FORBIDDEN", "Requests from other sites are not accepted.");
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/json")) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the request body as application/json.");
  }
}

/** Reads and validates a JSON body; every failure is an AppError with a readable message. */
export async function readJsonBody<T extends z.ZodType>(request: Request, schema: T, maxBytes: number = DEFAULT_MAX_BODY_BYTES): Promise<z.infer<T>> {
  assertJsonFromThisSite(request);
  const text = await readBodyText(request, maxBytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError("INVALID_INPUT", "The request body is not valid JSON.");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.length ? issue.path.join(".") : undefined;
    // Messages written for people are whole sentences and stand alone; zod's own terse ones are
    // prefixed with the field they concern. The field is also returned on its own.
    const message = issue?.message ?? "Invalid request.";
    throw new AppError("INVALID_INPUT", field && !message.endsWith(".") ? `${field}: ${message}` : message, field);
  }
  return parsed.data;
}
