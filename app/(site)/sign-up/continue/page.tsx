import type { Metadata } from "next";
import { SignUpContent } from "@/components/account/account-page";
import { accountFormQuery } from "@/lib/auth/form-problem";

export const metadata: Metadata = { title: "Create a consultant account" };

/** `/sign-up` with a query (proxy.ts): why a post made before JavaScript loaded came back, or where to go next. */
export default async function SignUpWithQueryPage({ searchParams }: PageProps<"/sign-up/continue">) {
  return <SignUpContent {...accountFormQuery(await searchParams)} />;
}
