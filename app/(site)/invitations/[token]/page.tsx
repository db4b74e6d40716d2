import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { openPage } from "@/app/_boundary/open-page";
import { findConsultant } from "@/lib/auth/consultant-session";
import { withNext } from "@/lib/auth/local-path";
import { PAGES } from "@/lib/contract/pages";
import { formatDay } from "@/lib/format-date";
import { TEAM_MESSAGES, teamMessageOf } from "@/lib/team-messages";
import { openTeamInvitation } from "@/lib/workspace/open-team-invitation";

export const metadata: Metadata = { title: "Invitation", robots: { index: false, follow: false }, referrer: "no-referrer" };

const primary = "inline-flex min-h-12 items-center justify-center rounded-md bg-accent px-6 font-semibold text-white hover:bg-accent-strong";
const secondary = "inline-flex min-h-12 items-center justify-center rounded-md border border-line px-6 font-semibold";

/**
 * A colleague's invitation link. Signed out: create an account or sign in, and come back here (the
 * `next` parameter). Signed in with the invited address: join. Anything in the way is explained.
 * The sign-in and sign-up links are not prefetched: a prefetch gets the prerendered form, without `next`.
 */
export default async function InvitationPage({ params, searchParams }: PageProps<"/invitations/[token]">) {
  const query = await searchParams;
  const { token, view } = await openPage(PAGES.invitation, params, async ({ params: { token } }) => ({
    token,
    view: await openTeamInvitation(token, await findConsultant(await headers()), new Date()),
  }));
  if (view.state === "unknown") notFound();
  const here = `/invitations/${token}`;
  const problem = teamMessageOf(query.problem);

  if (view.state !== "pending") {
    return (
      <div className="mx-auto max-w-xl space-y-4">
        <h1 className="text-2xl font-semibold break-words">Invitation to {view.workspaceName}</h1>
        <p>{view.state === "used" ? TEAM_MESSAGES.invitationUsed : TEAM_MESSAGES.invitationExpired}</p>
        <Link href="/workspace" className={secondary}>Go to your workspace</Link>
      </div>
    );
  }

  return (
    <div className="mx-auto max-w-xl space-y-5">
      <h1 className="text-2xl font-semibold break-words">Join {view.workspaceName}</h1>
      <p>
        You are invited to join this consultant workspace as a member, with the address <strong className="break-all">{view.email}</strong>. Members
        work with the firm&apos;s clients, leaders and diagnostics. The invitation expires on {formatDay(view.expiresAt)}.
      </p>
      {problem ? <p role="alert" className="font-medium text-danger">{problem}</p> : null}
      {view.viewer === "signed-out" ? (
        <>
          <p className="text-muted">Create an account with {view.email}, or sign in if you already have one. You come back here afterwards.</p>
          <div className="flex flex-wrap gap-3">
            <Link prefetch={false} href={withNext("/sign-up", here)} className={primary}>Create an account</Link>
            <Link prefetch={false} href={withNext("/sign-in", here)} className={secondary}>Sign in</Link>
          </div>
        </>
      ) : view.viewer === "other-email" ? (
        <>
          <p role="alert" className="font-medium text-danger">
            You are signed in as <span className="break-all">{view.signedInAs}</span>. {TEAM_MESSAGES.otherEmail}
          </p>
          <div className="flex flex-wrap gap-3">
            <Link prefetch={false} href={withNext("/sign-in", here)} className={secondary}>Sign in with {view.email}</Link>
            <Link prefetch={false} href={withNext("/sign-up", here)} className={secondary}>Create an account</Link>
          </div>
        </>
      ) : view.viewer === "member" ? (
        <>
          <p>{TEAM_MESSAGES.alreadyMember}</p>
          <Link href="/workspace" className={primary}>Open the workspace</Link>
        </>
      ) : view.viewer === "in-use" ? (
        <p role="alert" className="font-medium text-danger">{TEAM_MESSAGES.ownWorkspaceInUse}</p>
      ) : (
        <form method="post" action={`/api/invitations/${token}/accept`} className="space-y-3">
          <p className="text-muted">
            Signed in as <span className="break-all">{view.signedInAs}</span>. Your own workspace is empty; joining replaces it with {view.workspaceName}.
          </p>
          <button type="submit" className={primary}>Join {view.workspaceName}</button>
        </form>
      )}
    </div>
  );
}
