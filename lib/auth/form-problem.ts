import { z } from "zod";
import { localPathOr } from "@/lib/auth/local-path";

/**
 * Why a sign-in or sign-up form posted before its JavaScript loaded came back to its page
 * (`?problem=`): a reason only, never anything the person typed.
 */
export const ZAuthFormProblem = z.enum(["invalid", "rate-limited", "failed"]);
export type AuthFormProblem = z.infer<typeof ZAuthFormProblem>;

/** The problem named in a page's search parameters, or undefined for anything else. */
export function authFormProblemOf(value: unknown): AuthFormProblem | undefined {
  const parsed = ZAuthFormProblem.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The wait a refused attempt came back with (`?retry=` seconds), within a day; undefined otherwise. */
export function retryAfterOf(value: unknown): number | undefined {
  const seconds = typeof value === "string" && /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  return seconds > 0 && seconds <= 86_400 ? seconds : undefined;
}

/**
 * What the sign-in and sign-up pages read from their query: why a post came back, how long to wait,
 * and where to go next (only a local path, lib/auth/local-path.ts).
 */
export function accountFormQuery(query: Record<string, string | string[] | undefined>): { problem?: AuthFormProblem; next?: string; retryAfterSeconds?: number } {
  return { problem: authFormProblemOf(query.problem), next: localPathOr(query.next, "") || undefined, retryAfterSeconds: retryAfterOf(query.retry) };
}
