"use client";

import { useRouter } from "next/navigation";

export function SignOutButton() {
  const router = useRouter();
  return (
    <button
      type="button"
      onClick={async () => {
        await fetch("/api/auth/sign-out", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" }).catch(() => null);
        router.push("/sign-in");
        router.refresh();
      }}
      className="min-h-11 rounded-md border border-line px-4 font-semibold"
    >
      Sign out
    </button>
  );
}
