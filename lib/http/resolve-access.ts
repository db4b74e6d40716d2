import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/app-error";
import { requireConsultant, type ConsultantSession } from "@/lib/auth/consultant-session";
import type { TActor, TScope } from "@/lib/contract/routes";
import type { StoredDiagnostic } from "@/lib/data/diagnostic-store";
import {
  clientInWorkspace,
  diagnosticInWorkspace,
  invitationInWorkspace,
  leaderInWorkspace,
  memberInWorkspace,
  type WorkspaceClient,
  type WorkspaceInvitation,
  type WorkspaceLeader,
  type WorkspaceMember,
} from "@/lib/workspace/workspace-scope";

/** What a route or page declares about access: its actor, its scope and its path parameters. */
type TAccessDeclaration = { actor: TActor; scope?: TScope; params: z.ZodObject };

export type TAccess<D extends TAccessDeclaration> = {
  params: z.output<D["params"]>;
  consultant: D["actor"] extends "consultant" | "owner" ? ConsultantSession : undefined;
  diagnostic: D["scope"] extends { diagnostic: string } ? StoredDiagnostic : undefined;
  leader: D["scope"] extends { leader: string } ? WorkspaceLeader : undefined;
  client: D["scope"] extends { client: string } ? WorkspaceClient : undefined;
  member: D["scope"] extends { member: string } ? WorkspaceMember : undefined;
  invitation: D["scope"] extends { invitation: string } ? WorkspaceInvitation : undefined;
};

/** A path parameter that does not match its declaration names nothing that exists. */
export const NOTHING_HERE = "Nothing exists at this address.";

/**
 * Resolves the actor, checks the path parameters, then finds the workspace resource the declaration
 * is scoped to, once. Link actors (resume, respondent, share) are checked by the service that opens the
 * link, which needs the link's own record anyway; here their token only has to be well formed.
 */
export async function resolveAccess<const D extends TAccessDeclaration>(declaration: D, rawParams: unknown, headers: Headers): Promise<TAccess<D>> {
  // Who is asking comes first: a caller without a session learns nothing about the path.
  let consultant: ConsultantSession | undefined;
  if (declaration.actor === "consultant" || declaration.actor === "owner") {
    consultant = await requireConsultant(headers);
    if (declaration.actor === "owner" && consultant.workspace.role !== "owner") throw new AppError("FORBIDDEN", "Only the workspace's owner can do this.");
  }
  const params = declaration.params.safeParse(rawParams);
  if (!params.success) throw new AppError("NOT_FOUND", NOTHING_HERE);
  const ids = params.data as Record<string, string>;
  const scope = declaration.scope;
  const diagnostic = consultant && scope && "diagnostic" in scope ? await diagnosticInWorkspace(consultant, ids[scope.diagnostic] ?? "") : undefined;
  const leader = consultant && scope && "leader" in scope ? await leaderInWorkspace(consultant, ids[scope.leader] ?? "") : undefined;
  const client = consultant && scope && "client" in scope ? await clientInWorkspace(consultant, ids[scope.client] ?? "") : undefined;
  const member = consultant && scope && "member" in scope ? await memberInWorkspace(consultant, ids[scope.member] ?? "") : undefined;
  const invitation = consultant && scope && "invitation" in scope ? await invitationInWorkspace(consultant, ids[scope.invitation] ?? "") : undefined;
  return { params: params.data, consultant, diagnostic, leader, client, member, invitation } as TAccess<D>;
}
