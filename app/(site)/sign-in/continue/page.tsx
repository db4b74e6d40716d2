import type { Metadata } from "next";
import { SignInContent } from "@/components/account/account-page";
import { authFormProblemOf, retryAfterOf } from "@/lib/auth/form-problem";
import { localPathOr } from "@/lib/auth/local-path";

export const metadata: Metadata = { title: "Consultant sign-in" };

/** `/sign-in` with a query (proxy.ts): `?problem=` names why a post made before JavaScript loaded came back. */
export default async function SignInWithQueryPage({ searchParams }: PageProps<"/sign-in/continue">) {
  const query = await searchParams;
  // `next` (an invitation, say) survives the form and the link to the other form; only local paths.
  const next = localPathOr(query.next, "") || undefined;
  return <SignInContent problem={authFormProblemOf(query.problem)} next={next} retryAfterSeconds={retryAfterOf(query.retry)} />;
}
