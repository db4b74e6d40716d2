import type { Metadata } from "next";
import { SignInContent } from "@/components/account/account-page";
import { accountFormQuery } from "@/lib/auth/form-problem";

export const metadata: Metadata = { title: "Consultant sign-in" };

/** `/sign-in` with a query (proxy.ts): why a post made before JavaScript loaded came back, or where to go next. */
export default async function SignInWithQueryPage({ searchParams }: PageProps<"/sign-in/continue">) {
  return <SignInContent {...accountFormQuery(await searchParams)} />;
}
