import type { Metadata } from "next";
import Link from "next/link";
import { AccountForm } from "@/components/account/account-form";

export const metadata: Metadata = { title: "Consultant sign-in" };

export default function SignInPage() {
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-semibold">Consultant sign-in</h1>
      <AccountForm mode="sign-in" />
      <p className="text-sm text-muted">
        No account yet? <Link href="/sign-up" className="text-accent underline">Create one</Link>
      </p>
    </div>
  );
}
