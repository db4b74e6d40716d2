import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { BrandingForm } from "@/components/account/branding-form";
import { ClientList } from "@/components/account/client-list";
import { ConfirmDelete } from "@/components/account/confirm-delete";
import { SignOutButton } from "@/components/account/sign-out-button";
import { findConsultant } from "@/lib/auth/consultant-session";
import { listWorkspaceDiagnostics } from "@/lib/data/diagnostic-store";
import { listClients } from "@/lib/data/workspace-store";
import { BRAND_LOGO_MAX_BYTES, readWorkspaceBranding } from "@/lib/workspace/release-report";

export const metadata: Metadata = { title: "Workspace", robots: { index: false } };

export default async function WorkspacePage() {
  const consultant = await findConsultant(await headers());
  if (!consultant) redirect("/sign-in");
  const requestHeaders = await headers();
  const [stored, diagnostics, branding] = await Promise.all([
    listClients(consultant.workspace.id),
    listWorkspaceDiagnostics(consultant.workspace.id),
    readWorkspaceBranding(requestHeaders),
  ]);
  const clients = stored.map((client) => ({
    id: client.id,
    name: client.name,
    leaders: client.leaders.map((leader) => ({
      ...leader,
      diagnostics: diagnostics
        .filter((d) => d.leaderId === leader.id)
        .map((d) => ({ id: d.id, status: d.status, createdAt: d.createdAt.toISOString() })),
    })),
  }));
  return (
    <div className="space-y-8">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold break-words">{consultant.workspace.name}</h1>
          <p className="text-sm text-muted">Signed in as {consultant.user.email}</p>
          <p className="mt-2 text-sm">
            <Link href="/workspace/diagnostics" className="font-semibold text-accent underline">All diagnostics</Link>
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <SignOutButton />
          <ConfirmDelete
            label="Delete account"
            title="Delete your account and workspace?"
            consequence="Every client, leader, diagnostic, share link and access log in your workspace is deleted with your account. This cannot be undone."
            request={{ url: "/api/auth/delete-user", method: "POST" }}
            withPassword
            after="/"
          />
        </div>
      </header>
      <ClientList clients={clients} />
      <BrandingForm initial={branding} maxLogoKb={BRAND_LOGO_MAX_BYTES / 1024} />
    </div>
  );
}
