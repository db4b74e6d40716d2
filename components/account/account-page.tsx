import Link from "next/link";
import { AccountForm } from "@/components/account/account-form";
import type { AuthFormProblem } from "@/lib/auth/form-problem";
import { withNext } from "@/lib/auth/local-path";

type AccountPageProps = {
  /** Why a post made before JavaScript loaded came back here. */
  problem?: AuthFormProblem;
  /** A local path to open once signed in (an invitation). */
  next?: string;
  retryAfterSeconds?: number;
};

/**
 * The sign-in and sign-up pages, prerendered without a query and rendered per request with one
 * (proxy.ts). A link that carries `next` is not prefetched: the prefetch would fetch the prerendered
 * page, which knows nothing of `next`, while a real navigation passes the proxy and keeps it.
 */
export function SignInContent({ problem, next, retryAfterSeconds }: AccountPageProps) {
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-semibold">Consultant sign-in</h1>
      <AccountForm mode="sign-in" problem={problem} next={next} retryAfterSeconds={retryAfterSeconds} />
      <p className="text-sm text-muted">
        No account yet?{" "}
        <Link href={withNext("/sign-up", next)} prefetch={next ? false : undefined} className="text-accent underline">
          Create one
        </Link>
      </p>
    </div>
  );
}

export function SignUpContent({ problem, next, retryAfterSeconds }: AccountPageProps) {
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-semibold">Create a consultant account</h1>
      <p className="text-muted">For advisers who run diagnostics with several clients. Executives taking the diagnostic for themselves need no account.</p>
      <AccountForm mode="sign-up" problem={problem} next={next} retryAfterSeconds={retryAfterSeconds} />
      <p className="text-sm text-muted">
        Already have an account?{" "}
        <Link href={withNext("/sign-in", next)} prefetch={next ? false : undefined} className="text-accent underline">
          Sign in
        </Link>
      </p>
    </div>
  );
}
