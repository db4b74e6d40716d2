import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { AppError } from "@/lib/app-error";
import type { TPageDeclaration } from "@/lib/contract/pages";
import { resolveAccess, type TAccess } from "@/lib/http/resolve-access";

/**
 * Opens a declared private page (lib/contract/pages.ts): resolves its access once, then runs `load`
 * with it. The expected failures become pages: no session goes to sign-in, anything unknown,
 * malformed or outside the consultant's workspace is the not-found page.
 */
export async function openPage<const D extends TPageDeclaration, T>(
  declaration: D,
  params: Promise<unknown>,
  load: (access: TAccess<D>) => Promise<T>,
): Promise<T> {
  try {
    return await load(await resolveAccess(declaration, (await params) ?? {}, await headers()));
  } catch (error) {
    if (error instanceof AppError && error.code === "UNAUTHORIZED") redirect("/sign-in");
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }
}
