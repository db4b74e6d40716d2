import type { Metadata } from "next";
import Link from "next/link";
import { AccountForm } from "@/components/account/account-form";
import { authFormProblemOf, retryAfterOf } from "@/lib/auth/form-problem";
import { localPathOr, withNext } from "@/lib/auth/local-path";

export const metadata: Metadata = { title: "Create a consultant account" };

/** `?problem=` names why a post made before JavaScript loaded came back here. */
export default async function SignUpPage({ searchParams }: PageProps<"/sign-up">) {
  const query = await searchParams;
  const problem = authFormProblemOf(query.problem);
  // `next` (an invitation, say) survives the form and the link to the other form; only local paths.
  const next = localPathOr(query.next, "") || undefined;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-semibold">Create a consultant account</h1>
      <p className="text-muted">For advisers who run diagnostics with several clients. Executives taking the diagnostic for themselves need no account.</p>
      <AccountForm mode="sign-up" problem={problem} next={next} retryAfterSeconds={retryAfterOf(query.retry)} />
      <p className="text-sm text-muted">
        Already have an account? <Link href={withNext("/sign-in", next)} className="text-accent underline">Sign in</Link>
      </p>
    </div>
  );
}
