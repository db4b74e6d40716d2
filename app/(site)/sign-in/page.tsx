import type { Metadata } from "next";
import { SignInContent } from "@/components/account/account-page";

export const metadata: Metadata = { title: "Consultant sign-in" };

/** Prerendered; with a query, proxy.ts serves ./continue instead. */
export default function SignInPage() {
  return <SignInContent />;
}
