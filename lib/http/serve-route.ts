import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/app-error";
import { DEFAULT_MAX_BODY_BYTES, type TRouteDeclaration } from "@/lib/contract/routes";
import { clientAddressOf } from "@/lib/http/client-address";
import { errorResponse, jsonResponse, readBodyText, readJsonBody } from "@/lib/http/json-route";
import { resolveAccess, type TAccess } from "@/lib/http/resolve-access";

/**
 * Serves a declared route (lib/contract/routes.ts): checks the path parameters, resolves the actor
 * and the resource of the consultant's workspace the route is scoped to, reads and checks the query
 * and the body within the declared size, runs the handler with a typed context, checks a JSON answer
 * against the declared response and maps every error to HTTP in one place. Unauthenticated callers
 * are refused before their body is read.
 */

type TBodyOf<D extends TRouteDeclaration> = D["body"] extends { json: infer S extends z.ZodType }
  ? z.output<S>
  : D["body"] extends { form: infer S extends z.ZodType }
    ? z.output<S>
    : undefined;

export type TRouteContext<D extends TRouteDeclaration> = TAccess<D> & {
  query: D["query"] extends z.ZodType ? z.output<D["query"]> : undefined;
  body: TBodyOf<D>;
  /** Read-only request details a handler may need: an idempotency key, a cookie, the client's address for rate limits. */
  request: { headers: Headers; url: URL; cookie: (name: string) => string | undefined; clientAddress: string };
};

type TResultOf<D extends TRouteDeclaration> = D["response"] extends z.ZodType ? z.input<D["response"]> : Response;

type TNextContext = { params: Promise<Record<string, string | string[] | undefined>> };

function readCookie(headers: Headers, name: string): string | undefined {
  for (const part of (headers.get("cookie") ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
}

async function readBody(declaration: TRouteDeclaration, request: Request): Promise<unknown> {
  const limit = declaration.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const body = declaration.body;
  if (!body) {
    // A route without a body reads none, but a huge one is still refused rather than left unread.
    if (Number(request.headers.get("content-length") ?? "0") > limit) throw new AppError("INVALID_INPUT", `The request is larger than ${limit} bytes.`);
    return undefined;
  }
  if ("json" in body) return readJsonBody(request, body.json, limit);
  const isForm = (request.headers.get("content-type") ?? "").toLowerCase().includes("application/x-www-form-urlencoded");
  const fields = isForm ? Object.fromEntries(new URLSearchParams(await readBodyText(request, limit))) : {};
  const parsed = body.form.safeParse(fields);
  if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues[0]?.message ?? "Invalid form.");
  return parsed.data;
}

export function serveRoute<const D extends TRouteDeclaration>(
  declaration: D,
  handler: (context: TRouteContext<D>) => Promise<TResultOf<D>>,
): (request: Request, context?: TNextContext) => Promise<Response> {
  return async (request, nextContext) => {
    try {
      const access = await resolveAccess(declaration, (await nextContext?.params) ?? {}, request.headers);
      const url = new URL(request.url);
      const query = declaration.query?.safeParse(Object.fromEntries(url.searchParams));
      if (query && !query.success) throw new AppError("INVALID_INPUT", query.error.issues[0]?.message ?? "Invalid query.");
      const body = await readBody(declaration, request).catch((error: unknown) => {
        const tooLarge = error instanceof AppError && error.message.startsWith("The request is larger than");
        throw tooLarge && declaration.tooLarge ? new AppError("INVALID_INPUT", declaration.tooLarge) : error;
      });
      const context = {
        ...access,
        query: query?.data,
        body,
        request: { headers: request.headers, url, cookie: (name: string) => readCookie(request.headers, name), clientAddress: clientAddressOf(request.headers) },
      } as TRouteContext<D>;
      const result: unknown = await handler(context);
      if (result instanceof Response) return result;
      if ("raw" in declaration.response) throw new Error(`${declaration.method} ${declaration.path} is declared raw but answered JSON`);
      const checked = declaration.response.safeParse(result);
      if (!checked.success) throw new Error(`${declaration.method} ${declaration.path} answered outside its declared response: ${checked.error.message}`);
      return jsonResponse(checked.data, declaration.status ?? 200);
    } catch (error) {
      return errorResponse(error, request);
    }
  };
}
