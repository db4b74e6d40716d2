import type { Metadata } from "next";
import Link from "next/link";
import { BrandingForm } from "@/components/account/branding-form";
import { ClientList } from "@/components/account/client-list";
import { ConfirmDelete } from "@/components/account/confirm-delete";
import { SignOutButton } from "@/components/account/sign-out-button";
import { openPage } from "@/app/_boundary/open-page";
import { PAGES } from "@/lib/contract/pages";
import { BRAND_LOGO_MAX_BYTES } from "@/lib/contract/requests";
import { openWorkspace } from "@/lib/workspace/open-workspace";

export const metadata: Metadata = { title: "Workspace", robots: { index: false } };

export default async function WorkspacePage({ params }: PageProps<"/workspace">) {
  const { consultant, clients, branding } = await openPage(PAGES.workspace, params, async ({ consultant }) => ({ consultant, ...(await openWorkspace(consultant)) }));
  return (
    <div className="space-y-8">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold break-words">{consultant.workspace.name}</h1>
          <p className="text-sm text-muted">Signed in as {consultant.user.email}</p>
          <p className="mt-2 text-sm">
            <Link href="/workspace/diagnostics" className="font-semibold text-accent underline">All diagnostics</Link>
            {" · "}
            <Link href="/workspace/team" className="font-semibold text-accent underline">Team</Link>
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <SignOutButton />
          <ConfirmDelete
            label="Delete account"
            title="Delete your account and workspace?"
            consequence={
              consultant.workspace.role === "owner"
                ? "Every client, leader, diagnostic, share link and access log in your workspace is deleted with your account, unless another owner keeps the workspace. This cannot be undone."
                : "Your account is deleted and you leave the workspace; its clients and diagnostics stay with the team. This cannot be undone."
            }
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
