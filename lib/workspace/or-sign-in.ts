import "server-only";
import { notFound, redirect } from "next/navigation";
import { AppError } from "@/lib/app-error";

/** Maps the expected failures of a workspace page: no session → sign-in, not in the workspace → 404. */
export async function orSignIn<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof AppError && error.code === "UNAUTHORIZED") redirect("/sign-in");
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
