import { z } from "zod";

/**
 * What the team's services can answer, as sentences for people. A form posted without JavaScript
 * comes back to its page with the key (`?notice=` or `?problem=`), never with free text, so nobody
 * can put words of their own on the page through a crafted address.
 */
export const TEAM_MESSAGES = {
  invited: "Invitation created. Copy the link below and send it to your colleague.",
  revoked: "Invitation revoked: its link no longer works.",
  removed: "Member removed. Their access ended at once.",
  roleChanged: "Role changed.",
  invalidEmail: "Enter a valid email address.",
  alreadyInTeam: "This person is already a member of your workspace.",
  invitationNotFound: "This invitation does not exist or was revoked.",
  invitationUsed: "This invitation has already been used.",
  invitationExpired: "This invitation has expired. Ask the workspace owner for a new one.",
  otherEmail: "This invitation is for another email address. Sign in with the invited address to accept it.",
  alreadyMember: "You are already a member of this workspace.",
  ownWorkspaceInUse:
    "Your account already holds a workspace with clients or colleagues, and an account belongs to one workspace. Accept the invitation with another email address, or ask the owner to invite that one.",
  memberNotFound: "This member is not in your workspace.",
  lastOwner: "A workspace needs an owner: make another member an owner first.",
  soleOwnerWithTeam: "Your workspace has other members: make one of them an owner, or remove them, before deleting your account.",
  failed: "That did not work. Try again.",
} as const;

export type TTeamMessage = keyof typeof TEAM_MESSAGES;
export const ZTeamMessage = z.enum(Object.keys(TEAM_MESSAGES) as [TTeamMessage, ...TTeamMessage[]]);

/** The key of one of these sentences, or `failed` for any other. */
export function teamMessageKeyOf(message: string): TTeamMessage {
  const found = (Object.entries(TEAM_MESSAGES) as [TTeamMessage, string][]).find(([, sentence]) => sentence === message);
  return found ? found[0] : "failed";
}

/** The sentence for a key read from an address, or undefined for anything else. */
export function teamMessageOf(value: unknown): string | undefined {
  const parsed = ZTeamMessage.safeParse(value);
  return parsed.success ? TEAM_MESSAGES[parsed.data] : undefined;
}
