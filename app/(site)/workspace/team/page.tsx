import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { TeamPanel } from "@/components/account/team-panel";
import { openPage } from "@/app/_boundary/open-page";
import { PAGES } from "@/lib/contract/pages";
import { RECENT_INVITATION_COOKIE } from "@/lib/http/team-answer";
import { teamMessageOf } from "@/lib/team-messages";
import { openTeam } from "@/lib/workspace/open-team";

export const metadata: Metadata = { title: "Team", robots: { index: false } };

/** `?notice=` and `?problem=` name what a form post (made with or without JavaScript) did; only known keys are shown. */
export default async function TeamPage({ params, searchParams }: PageProps<"/workspace/team">) {
  const query = await searchParams;
  const recentToken = (await cookies()).get(RECENT_INVITATION_COOKIE)?.value;
  const { consultant, team } = await openPage(PAGES.team, params, async ({ consultant }) => ({
    consultant,
    team: await openTeam(consultant, recentToken, new Date()),
  }));
  const notice = teamMessageOf(query.notice);
  const problem = teamMessageOf(query.problem);
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm">
          <Link href="/workspace" className="text-accent underline">← {consultant.workspace.name}</Link>
        </p>
        <h1 className="mt-2 text-2xl font-semibold">Team</h1>
        <p className="text-sm text-muted">
          You are {team.isOwner ? "an owner" : "a member"} of this workspace. Everyone here sees the same clients, leaders and diagnostics.
        </p>
      </header>
      {problem ? (
        <p role="alert" className="rounded-md border border-danger p-3 font-medium text-danger">{problem}</p>
      ) : notice ? (
        <p role="status" className="rounded-md border border-line bg-white p-3">{notice}</p>
      ) : null}
      <TeamPanel isOwner={team.isOwner} members={team.members} invitations={team.invitations} newLink={team.newLink} />
    </div>
  );
}
