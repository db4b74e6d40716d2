import { z } from "zod";
import { ZLinkToken, type TActor, type TScope } from "@/lib/contract/routes";
import { ZReportAudience } from "@/lib/diagnostic";

/**
 * Every page that shows private data, declared once: who may open it and what its path parameters
 * must look like. app/_boundary/open-page.ts enforces a declaration: a malformed or unknown link is
 * the not-found page, a missing session goes to sign-in, a resource of another workspace does not
 * exist. Public pages (landing, methodology, sign-in) need no declaration.
 */
export type TPageDeclaration = { path: string; actor: TActor; scope?: TScope; params: z.ZodObject };

const ZRecordId = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
const token = z.object({ token: ZLinkToken });
const declare = <const T extends TPageDeclaration>(declaration: T): T => declaration;

export const PAGES = {
  diagnostic: declare({ path: "/d/[token]", actor: "resume-link", params: token }),
  results: declare({ path: "/d/[token]/results", actor: "resume-link", params: token }),
  respond: declare({ path: "/respond/[token]", actor: "respondent-link", params: token }),
  boardReport: declare({ path: "/r/[token]", actor: "share-link", params: token }),
  workspace: declare({ path: "/workspace", actor: "consultant", params: z.object({}) }),
  team: declare({ path: "/workspace/team", actor: "consultant", params: z.object({}) }),
  invitation: declare({ path: "/invitations/[token]", actor: "public", params: token }),
  dashboard: declare({ path: "/workspace/diagnostics", actor: "consultant", params: z.object({}) }),
  intake: declare({ path: "/workspace/diagnostics/[id]", actor: "consultant", scope: { diagnostic: "id" }, params: z.object({ id: ZRecordId }) }),
  intakeResults: declare({
    path: "/workspace/diagnostics/[id]/results",
    actor: "consultant",
    scope: { diagnostic: "id" },
    params: z.object({ id: ZRecordId }),
  }),
  /** Exactly what the leader or the board would read, with the confirmation that releases it. */
  releasePreview: declare({
    path: "/workspace/diagnostics/[id]/releases/[audience]",
    actor: "consultant",
    scope: { diagnostic: "id" },
    params: z.object({ id: ZRecordId, audience: ZReportAudience }),
  }),
  leader: declare({ path: "/workspace/leaders/[id]", actor: "consultant", scope: { leader: "id" }, params: z.object({ id: ZRecordId }) }),
  portfolio: declare({
    path: "/workspace/clients/[clientId]",
    actor: "consultant",
    scope: { client: "clientId" },
    params: z.object({ clientId: ZRecordId }),
  }),
} as const satisfies Record<string, TPageDeclaration>;
