import type { Metadata } from "next";
import Link from "next/link";
import { AccountForm } from "@/components/account/account-form";
import { authFormProblemOf, retryAfterOf } from "@/lib/auth/form-problem";
import { localPathOr, withNext } from "@/lib/auth/local-path";

export const metadata: Metadata = { title: "Consultant sign-in" };

/** `?problem=` names why a post made before JavaScript loaded came back here. */
export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const query = await searchParams;
  const problem = authFormProblemOf(query.problem);
  // `next` (an invitation, say) survives the form and the link to the other form; only local paths.
  const next = localPathOr(query.next, "") || undefined;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-semibold">Consultant sign-in</h1>
      <AccountForm mode="sign-in" problem={problem} next={next} retryAfterSeconds={retryAfterOf(query.retry)} />
      <p className="text-sm text-muted">
        No account yet? <Link href={withNext("/sign-up", next)} className="text-accent underline">Create one</Link>
      </p>
    </div>
  );
}
