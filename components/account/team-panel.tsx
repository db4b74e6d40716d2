import { InvitationLink } from "@/components/account/invitation-link";
import { formatDay } from "@/lib/format-date";

export type TTeamMember = { id: string; name: string; email: string; role: "owner" | "member"; joinedAt: string; isYou: boolean };
export type TTeamInvitation = { id: string; email: string; createdAt: string; expiresAt: string; expired: boolean };
export type TNewInvitationLink = { invitationId: string; email: string; path: string; expiresAt: string };

const button = "min-h-11 rounded-md border border-line px-4 text-sm font-semibold";
const dangerButton = "min-h-11 rounded-md border border-danger px-4 text-sm font-semibold text-danger";

const ROLE_WORDS = { owner: "Owner", member: "Member" } as const;

/**
 * The workspace's team: members with role and joined date, pending invitations and, for owners,
 * the invite form and each member's role and removal. Plain forms that post (every action works
 * without JavaScript); removal asks for confirmation in a disclosure, which needs no script either.
 */
export function TeamPanel({
  isOwner,
  members,
  invitations,
  newLink,
}: {
  isOwner: boolean;
  members: TTeamMember[];
  invitations: TTeamInvitation[];
  newLink: TNewInvitationLink | null;
}) {
  const owners = members.filter((m) => m.role === "owner").length;
  return (
    <div className="space-y-6">
      <section aria-labelledby="members-title" className="rounded-lg border border-line bg-white p-4 sm:p-5">
        <h2 id="members-title" className="font-semibold">Members</h2>
        <ul className="mt-3 divide-y divide-line" aria-label="Members">
          {members.map((member) => {
            const lastOwner = member.role === "owner" && owners <= 1;
            return (
              <li key={member.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
                <div className="min-w-0">
                  <p className="font-semibold break-words">
                    {member.name}
                    {member.isYou ? <span className="font-normal text-muted"> (you)</span> : null}
                  </p>
                  <p className="text-sm break-all text-muted">{member.email}</p>
                  <p className="text-sm text-muted">
                    {ROLE_WORDS[member.role]} · joined {formatDay(member.joinedAt)}
                  </p>
                </div>
                {isOwner ? (
                  <div className="flex flex-wrap items-start gap-2">
                    {lastOwner ? (
                      <p className="max-w-56 text-sm text-muted">The only owner: make someone else an owner before changing this role.</p>
                    ) : (
                      <>
                        <form method="post" action={`/api/workspace/team/members/${member.id}/role`}>
                          <input type="hidden" name="role" value={member.role === "owner" ? "member" : "owner"} />
                          <button type="submit" className={button} aria-label={member.role === "owner" ? `Make ${member.name} a member` : `Make ${member.name} an owner`}>
                            {member.role === "owner" ? "Make member" : "Make owner"}
                          </button>
                        </form>
                        <details className="group">
                          <summary className={`${dangerButton} inline-flex cursor-pointer list-none items-center`} aria-label={`Remove ${member.name}…`}>
                            Remove…
                          </summary>
                          <div className="mt-2 max-w-72 rounded-md border border-danger/40 bg-paper p-3 text-sm">
                            <p>
                              {member.isYou
                                ? "You leave this workspace at once and are signed out; your account keeps an empty workspace of its own."
                                : `${member.name} loses access at once and is signed out. Their clients and diagnostics stay in this workspace.`}
                            </p>
                            <form method="post" action={`/api/workspace/team/members/${member.id}/remove`} className="mt-2">
                              <button type="submit" className="min-h-11 rounded-md bg-danger px-4 font-semibold text-white">
                                {member.isYou ? "Yes, leave the workspace" : `Yes, remove ${member.name}`}
                              </button>
                            </form>
                          </div>
                        </details>
                      </>
                    )}
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>

      {isOwner ? (
        <section aria-labelledby="invite-title" className="rounded-lg border border-line bg-white p-4 sm:p-5">
          <h2 id="invite-title" className="font-semibold">Invite a colleague</h2>
          <p className="mt-1 text-sm text-muted">
            They join as a member: they can run the same consulting work as you (clients, leaders, intakes, respondents, releases
            and board links). Only owners change branding, delete clients, leaders or intakes, and manage the team. The link works
            once, for 7 days, for an account with this email address.
          </p>
          <form method="post" action="/api/workspace/team/invitations" className="mt-3 flex flex-wrap items-end gap-3">
            <div className="min-w-48 flex-1">
              <label htmlFor="invite-email" className="text-sm font-semibold">Colleague&apos;s email</label>
              <input id="invite-email" name="email" type="email" required maxLength={320} autoComplete="off" className="mt-1 min-h-11 w-full rounded-md border border-field px-3 text-base" />
            </div>
            <button type="submit" className="min-h-11 rounded-md bg-accent px-4 font-semibold text-white hover:bg-accent-strong">Create invitation link</button>
          </form>
          {newLink ? (
            <div className="mt-4 rounded-md border border-line bg-paper p-3">
              <p className="text-sm">
                Send this link to your colleague yourself (it is shown here for a few minutes and cannot be shown again later). It
                expires on {formatDay(newLink.expiresAt)}.
              </p>
              <InvitationLink path={newLink.path} email={newLink.email} />
            </div>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="invitations-title" className="rounded-lg border border-line bg-white p-4 sm:p-5">
        <h2 id="invitations-title" className="font-semibold">Pending invitations</h2>
        {invitations.length === 0 ? (
          <p className="mt-2 text-sm text-muted">None.</p>
        ) : (
          <ul className="mt-3 divide-y divide-line" aria-label="Pending invitations">
            {invitations.map((invitation) => (
              <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div className="min-w-0">
                  <p className="font-semibold break-all">{invitation.email}</p>
                  <p className="text-sm text-muted">
                    Invited {formatDay(invitation.createdAt)} ·{" "}
                    {invitation.expired ? <span className="font-semibold text-danger">expired</span> : `expires ${formatDay(invitation.expiresAt)}`}
                  </p>
                </div>
                {isOwner ? (
                  <form method="post" action={`/api/workspace/team/invitations/${invitation.id}/revoke`}>
                    <button type="submit" className={dangerButton} aria-label={`Revoke the invitation of ${invitation.email}`}>
                      Revoke
                    </button>
                  </form>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
