import type { Metadata } from "next";
import { SignUpContent } from "@/components/account/account-page";
import { authFormProblemOf, retryAfterOf } from "@/lib/auth/form-problem";
import { localPathOr } from "@/lib/auth/local-path";

export const metadata: Metadata = { title: "Create a consultant account" };

/** `/sign-up` with a query (proxy.ts): `?problem=` names why a post made before JavaScript loaded came back. */
export default async function SignUpWithQueryPage({ searchParams }: PageProps<"/sign-up/continue">) {
  const query = await searchParams;
  const next = localPathOr(query.next, "") || undefined;
  return <SignUpContent problem={authFormProblemOf(query.problem)} next={next} retryAfterSeconds={retryAfterOf(query.retry)} />;
}
