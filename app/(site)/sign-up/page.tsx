import type { Metadata } from "next";
import { SignUpContent } from "@/components/account/account-page";

export const metadata: Metadata = { title: "Create a consultant account" };

/** Prerendered; with a query, proxy.ts serves ./continue instead. */
export default function SignUpPage() {
  return <SignUpContent />;
}
