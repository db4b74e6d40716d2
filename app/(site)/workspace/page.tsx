import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { ClientList } from "@/components/account/client-list";
import { SignOutButton } from "@/components/account/sign-out-button";
import { findConsultant } from "@/lib/auth/consultant-session";
import { listClients } from "@/lib/data/workspace-store";

export const metadata: Metadata = { title: "Workspace", robots: { index: false } };

export default async function WorkspacePage() {
  const consultant = await findConsultant(await headers());
  if (!consultant) redirect("/sign-in");
  const clients = await listClients(consultant.workspace.id);
  return (
    <div className="space-y-8">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold break-words">{consultant.workspace.name}</h1>
          <p className="text-sm text-muted">Signed in as {consultant.user.email}</p>
        </div>
        <SignOutButton />
      </header>
      <ClientList clients={clients} />
    </div>
  );
}
