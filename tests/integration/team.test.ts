import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import { createDiagnostic } from "@/lib/data/diagnostic-store";
import { findConsultantSessionByTokenHash } from "@/lib/data/consultant-session-store";
import { listPendingInvitations, listTeamMembers, removeMember } from "@/lib/data/team-store";
import { createClient, createLeader, createWorkspaceForUser, deleteWorkspacesOwnedBy, findWorkspaceOfUser, listClients } from "@/lib/data/workspace-store";
import { hashSecretToken } from "@/lib/secret-token";
import { TEAM_MESSAGES } from "@/lib/team-messages";
import { acceptTeamInvitation } from "@/lib/workspace/accept-team-invitation";
import { changeTeammateRole } from "@/lib/workspace/change-teammate-role";
import { inviteTeammate } from "@/lib/workspace/invite-teammate";
import { openTeam } from "@/lib/workspace/open-team";
import { openTeamInvitation } from "@/lib/workspace/open-team-invitation";
import { revokeTeamInvitation } from "@/lib/workspace/revoke-team-invitation";
import { describeOnEachDatabase } from "@/tests/support/test-databases";

const NOW = new Date("2026-12-01T10:00:00.000Z");
const DAY = 24 * 60 * 60 * 1000;
const later = (days: number) => new Date(NOW.getTime() + days * DAY);
const nameFor = (name: string) => `${name}'s workspace`;

describeOnEachDatabase("teammates", (t) => {
  /** A consultant as sign-up leaves them: an account with a workspace of their own, as its owner. */
  const consultant = async (name: string): Promise<ConsultantSession> => {
    const id = randomUUID();
    const email = `${name.toLowerCase()}-${id.slice(0, 8)}@example.com`;
    await t.db.user.create({ data: { id, name, email } });
    await createWorkspaceForUser({ userId: id, name: nameFor(name) });
    const workspace = await findWorkspaceOfUser(id);
    if (!workspace) throw new Error("no workspace");
    return { user: { id, name, email }, workspace };
  };
  /** The same consultant as their next request sees them (membership and role are read per request). */
  const reload = async (c: ConsultantSession): Promise<ConsultantSession> => {
    const workspace = await findWorkspaceOfUser(c.user.id);
    if (!workspace) throw new Error("no workspace");
    return { ...c, workspace };
  };
  const tokenOf = (invitePath: string) => invitePath.split("/").pop() ?? "";
  const session = async (userId: string) => {
    const token = randomUUID();
    await t.db.session.create({ data: { id: randomUUID(), token: hashSecretToken(token), userId, expiresAt: later(7) } });
    return hashSecretToken(token);
  };

  it("an invited colleague with a new account joins once, sees the owner's clients, and their empty workspace goes", async () => {
    const owner = await consultant("Olivia");
    const colleague = await consultant("Colin");
    const ownSpace = colleague.workspace.id;
    await createClient({ workspaceId: owner.workspace.id, name: "Northwind" });

    const invitation = await inviteTeammate(owner, { email: colleague.user.email.toUpperCase().toLowerCase() }, NOW);
    expect(invitation.invitePath).toMatch(/^\/invitations\/[A-Za-z0-9_-]{43}$/);
    expect(invitation.expiresAt).toEqual(later(7));
    const token = tokenOf(invitation.invitePath);
    // Only the hash is stored.
    const stored = await t.db.workspaceInvitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(stored.tokenHash).toBe(hashSecretToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    expect(await openTeamInvitation(token, null, NOW)).toMatchObject({ state: "pending", viewer: "signed-out", workspaceName: owner.workspace.name });
    expect(await openTeamInvitation(token, colleague, NOW)).toMatchObject({ state: "pending", viewer: "can-accept" });
    expect(await acceptTeamInvitation(colleague, token, NOW)).toEqual({ workspaceId: owner.workspace.id });

    const joined = await reload(colleague);
    expect(joined.workspace).toEqual({ id: owner.workspace.id, name: owner.workspace.name, role: "member" });
    expect((await listClients(joined.workspace.id)).map((c) => c.name)).toEqual(["Northwind"]);
    expect(await t.db.workspace.count({ where: { id: ownSpace } })).toBe(0);
    expect((await listTeamMembers(owner.workspace.id)).map((m) => [m.name, m.role])).toEqual([["Olivia", "owner"], ["Colin", "member"]]);
    expect(await listPendingInvitations(owner.workspace.id)).toEqual([]);

    // Single use: the same link again, by anyone, does nothing.
    await expect(acceptTeamInvitation(joined, token, NOW)).rejects.toMatchObject({ code: "CONFLICT", message: TEAM_MESSAGES.invitationUsed });
    expect(await openTeamInvitation(token, null, NOW)).toEqual({ state: "used", workspaceName: owner.workspace.name });
    // Someone already in the team is not invited again.
    await expect(inviteTeammate(owner, { email: colleague.user.email }, NOW)).rejects.toMatchObject({ code: "CONFLICT", message: TEAM_MESSAGES.alreadyInTeam });
  });

  it("an invitation works only for its address, until it expires, and not after it is revoked or replaced", async () => {
    const owner = await consultant("Priya");
    const invited = await consultant("Quinn");
    const stranger = await consultant("Rafe");

    const first = await inviteTeammate(owner, { email: invited.user.email }, NOW);
    const second = await inviteTeammate(owner, { email: invited.user.email }, NOW);
    // Inviting the same address again replaces the earlier link.
    expect((await listPendingInvitations(owner.workspace.id)).map((i) => i.id)).toEqual([second.id]);
    await expect(acceptTeamInvitation(invited, tokenOf(first.invitePath), NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });

    await expect(acceptTeamInvitation(stranger, tokenOf(second.invitePath), NOW)).rejects.toMatchObject({ code: "FORBIDDEN", message: TEAM_MESSAGES.otherEmail });
    expect(await openTeamInvitation(tokenOf(second.invitePath), stranger, NOW)).toMatchObject({ viewer: "other-email", signedInAs: stranger.user.email });

    expect(await openTeamInvitation(tokenOf(second.invitePath), null, later(7))).toEqual({ state: "expired", workspaceName: owner.workspace.name });
    await expect(acceptTeamInvitation(invited, tokenOf(second.invitePath), later(7))).rejects.toMatchObject({ code: "CONFLICT", message: TEAM_MESSAGES.invitationExpired });
    const team = await openTeam(owner, undefined, later(8));
    expect(team.invitations).toEqual([expect.objectContaining({ id: second.id, expired: true })]);

    // Another workspace cannot revoke it; its owner can, and the link is dead at once.
    await expect(revokeTeamInvitation(stranger, second.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await revokeTeamInvitation(owner, second.id);
    await expect(acceptTeamInvitation(invited, tokenOf(second.invitePath), NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await openTeamInvitation(tokenOf(second.invitePath), invited, NOW)).toEqual({ state: "unknown" });
    expect((await reload(invited)).workspace.id).toBe(invited.workspace.id);
  });

  it("shows a new link to its own workspace only, while it is pending", async () => {
    const owner = await consultant("Sana");
    const other = await consultant("Tom");
    const { invitePath } = await inviteTeammate(owner, { email: "new.colleague@example.com" }, NOW);
    const token = tokenOf(invitePath);
    expect((await openTeam(owner, token, NOW)).newLink).toMatchObject({ email: "new.colleague@example.com", path: invitePath });
    expect((await openTeam(other, token, NOW)).newLink).toBeNull();
    expect((await openTeam(owner, "not-a-token", NOW)).newLink).toBeNull();
    expect((await openTeam(owner, token, later(7))).newLink).toBeNull();
  });

  it("refuses to move an account whose own workspace holds work, and changes nothing", async () => {
    const owner = await consultant("Uma");
    const busy = await consultant("Vic");
    const client = await createClient({ workspaceId: busy.workspace.id, name: "Vic's client" });
    const leader = await createLeader({ workspaceId: busy.workspace.id, clientId: client.id, name: "Lee", title: null });
    await createDiagnostic({ questionnaireVersion: "2026-12.v2", workspaceId: busy.workspace.id, leaderId: leader.id });
    const { invitePath } = await inviteTeammate(owner, { email: busy.user.email }, NOW);

    expect(await openTeamInvitation(tokenOf(invitePath), busy, NOW)).toMatchObject({ viewer: "in-use" });
    await expect(acceptTeamInvitation(busy, tokenOf(invitePath), NOW)).rejects.toMatchObject({ code: "CONFLICT", message: TEAM_MESSAGES.ownWorkspaceInUse });
    expect((await reload(busy)).workspace).toEqual(busy.workspace);
    expect((await listClients(busy.workspace.id)).map((c) => c.name)).toEqual(["Vic's client"]);
    // The invitation stays usable (say, after the owner invites another address instead).
    expect(await listPendingInvitations(owner.workspace.id)).toHaveLength(1);
  });

  it("removing a member ends their sessions at once and leaves them a workspace of their own; the last owner stays", async () => {
    const owner = await consultant("Wren");
    const member = await consultant("Xan");
    const { invitePath } = await inviteTeammate(owner, { email: member.user.email }, NOW);
    await acceptTeamInvitation(member, tokenOf(invitePath), NOW);
    const memberSession = await session(member.user.id);
    const ownerSession = await session(owner.user.id);
    expect((await findConsultantSessionByTokenHash(memberSession))?.workspace).toMatchObject({ id: owner.workspace.id, role: "member" });

    const members = await listTeamMembers(owner.workspace.id);
    const ownerRow = members.find((m) => m.userId === owner.user.id);
    const memberRow = members.find((m) => m.userId === member.user.id);
    if (!ownerRow || !memberRow) throw new Error("missing member");

    // The only owner can be neither demoted nor removed.
    await expect(changeTeammateRole(owner, ownerRow.id, "member")).rejects.toMatchObject({ code: "CONFLICT", message: TEAM_MESSAGES.lastOwner });
    await expect(removeMember({ workspaceId: owner.workspace.id, memberId: ownerRow.id, workspaceNameFor: nameFor })).rejects.toMatchObject({
      code: "CONFLICT",
      message: TEAM_MESSAGES.lastOwner,
    });
    // Nor can another workspace touch this one's members.
    const outsider = await consultant("Yara");
    await expect(changeTeammateRole(outsider, memberRow.id, "owner")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(removeMember({ workspaceId: outsider.workspace.id, memberId: memberRow.id, workspaceNameFor: nameFor })).rejects.toMatchObject({ code: "NOT_FOUND" });

    // With a second owner, the first may step down; then the last owner is protected again.
    await changeTeammateRole(owner, memberRow.id, "owner");
    expect((await findConsultantSessionByTokenHash(memberSession))?.workspace.role).toBe("owner");
    await changeTeammateRole(owner, ownerRow.id, "member");
    await expect(changeTeammateRole(await reload(member), memberRow.id, "member")).rejects.toMatchObject({ message: TEAM_MESSAGES.lastOwner });
    await changeTeammateRole(await reload(member), ownerRow.id, "owner");

    await removeMember({ workspaceId: owner.workspace.id, memberId: memberRow.id, workspaceNameFor: nameFor });
    expect(await findConsultantSessionByTokenHash(memberSession)).toBeNull();
    expect(await t.db.session.count({ where: { userId: member.user.id } })).toBe(0);
    expect(await findConsultantSessionByTokenHash(ownerSession)).not.toBeNull();
    const after = await findWorkspaceOfUser(member.user.id);
    expect(after).toMatchObject({ name: "Xan's workspace", role: "owner" });
    expect(after?.id).not.toBe(owner.workspace.id);
    expect((await listTeamMembers(owner.workspace.id)).map((m) => m.name)).toEqual(["Wren"]);
  });

  it("holds its promises when requests race: one accept per link, and two owners cannot demote each other at once", async () => {
    const owner = await consultant("Bea");
    const colleague = await consultant("Cal");
    const { invitePath } = await inviteTeammate(owner, { email: colleague.user.email }, NOW);
    const accepts = await Promise.allSettled([0, 1, 2].map(() => acceptTeamInvitation(colleague, tokenOf(invitePath), NOW)));
    expect(accepts.filter((a) => a.status === "fulfilled")).toHaveLength(1);
    expect(await t.db.workspaceMember.count({ where: { userId: colleague.user.id } })).toBe(1);

    const [ownerRow, colleagueRow] = await listTeamMembers(owner.workspace.id);
    if (!ownerRow || !colleagueRow) throw new Error("missing member");
    await changeTeammateRole(owner, colleagueRow.id, "owner");
    const demotions = await Promise.allSettled([
      changeTeammateRole(await reload(owner), colleagueRow.id, "member"),
      changeTeammateRole(await reload(colleague), ownerRow.id, "member"),
    ]);
    expect(demotions.filter((d) => d.status === "fulfilled")).toHaveLength(1);
    expect(await t.db.workspaceMember.count({ where: { workspaceId: owner.workspace.id, role: "owner" } })).toBe(1);
  });

  it("deleting an account keeps a shared workspace, and refuses its last owner while colleagues remain", async () => {
    const owner = await consultant("Zoe");
    const member = await consultant("Abe");
    await createClient({ workspaceId: owner.workspace.id, name: "Contoso" });
    const { invitePath } = await inviteTeammate(owner, { email: member.user.email }, NOW);
    await acceptTeamInvitation(member, tokenOf(invitePath), NOW);

    await expect(deleteWorkspacesOwnedBy(owner.user.id)).rejects.toMatchObject({ code: "CONFLICT", message: TEAM_MESSAGES.soleOwnerWithTeam });
    expect(await deleteWorkspacesOwnedBy(member.user.id)).toBe(0);
    expect((await listClients(owner.workspace.id)).map((c) => c.name)).toEqual(["Contoso"]);
    await t.db.user.delete({ where: { id: member.user.id } });
    expect(await deleteWorkspacesOwnedBy(owner.user.id)).toBe(1);
    expect(await t.db.workspace.count({ where: { id: owner.workspace.id } })).toBe(0);
  });
});
