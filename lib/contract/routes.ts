import { z } from "zod";
import {
  BRAND_LOGO_MAX_BYTES,
  MAX_IMPORT_BYTES,
  ZAnswerSubmission,
  ZAssumptionsSubmission,
  ZBrandingRequest,
  ZClaimRequest,
  ZClientRequest,
  ZExportQuery,
  ZHandoffCheckRequest,
  ZLeaderRequest,
  ZNote,
  ZReleaseForm,
  ZReleaseRequest,
  ZRespondentInvitation,
  ZShareLinkRequest,
  ZSmallGroupConsentForm,
  ZStartIntake,
  ZTeamInvitationForm,
  ZTeamRoleForm,
  ZVerdictBasisForm,
} from "@/lib/contract/requests";
import { ZBranding, ZReportAudience } from "@/lib/diagnostic";

/**
 * Every route handler of the app, declared once: who may call it (the actor), what its path, query
 * and body must look like, how large a body may be, and what it answers. `lib/http/serve-route.ts`
 * enforces a declaration; the fuzz and authorization e2e specs read this list, so a new route is
 * tested without editing them. Pure: no server code, so tests can import it.
 */

/**
 * - `public`: anyone.
 * - `resume-link`, `respondent-link`, `share-link`: whoever holds the secret link in `params.token`.
 * - `consultant`: a signed-in member of a workspace (role owner or member); `owner`: one of its owners.
 */
export type TActor = "public" | "resume-link" | "respondent-link" | "share-link" | "consultant" | "owner";

/** A resource of the consultant's own workspace, named by a path parameter, resolved before the handler runs. */
export type TScope = { diagnostic: string } | { leader: string } | { client: string } | { member: string } | { invitation: string };

export type THttpMethod = "GET" | "POST" | "PUT" | "DELETE";

export type TRouteDeclaration = {
  method: THttpMethod;
  /** The path pattern, as the App Router folder names it. */
  path: string;
  summary: string;
  actor: TActor;
  scope?: TScope;
  params: z.ZodObject;
  query?: z.ZodObject;
  /** A JSON body (`json`) or a form post (`form`, which may also arrive empty). */
  body?: { json: z.ZodType } | { form: z.ZodObject };
  /** Largest body accepted, in bytes; 32 KB unless declared. */
  maxBodyBytes?: number;
  /** What a body over the limit is told, when the generic sentence would not help (an import file). */
  tooLarge?: string;
  /** JSON answers are checked against their schema; a `raw` answer (a file, a redirect) is built by the handler. */
  response: z.ZodType | { raw: string };
  /** Status of a successful JSON answer; 200 unless declared. */
  status?: 200 | 201;
};

export const DEFAULT_MAX_BODY_BYTES = 32 * 1024;

/** Secret links carry 32 random bytes, base64url: anything else is not a link. */
export const ZLinkToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
const ZRecordId = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
const ZConstraintSlot = z.string().min(1).max(20).regex(/^[a-z0-9_]+$/);

const token = z.object({ token: ZLinkToken });
const none = z.object({});
const ZSaved = z.object({ saved: z.boolean(), questionId: z.string(), constraintId: z.string().nullable(), answeredAt: z.date().optional() });
const ZRevision = z.object({ revision: z.number().int().min(1) });
const ZCreatedShareLink = z.object({ reportPath: z.string(), id: z.string(), expiresAt: z.date() });
/** A board link as the owner's panel lists it: no token, dates as ISO strings. */
export const ZShareLinkRow = z.object({
  id: z.string(),
  label: z.string(),
  status: z.enum(["active", "expired", "revoked", "locked"]),
  hasPasscode: z.boolean(),
  includeFreeText: z.boolean(),
  createdAt: z.string(),
  expiresAt: z.string(),
  lastViewedAt: z.string().nullable(),
  viewCount: z.number().int().min(0),
  recentViews: z.array(z.object({ viewedAt: z.string(), kind: z.enum(["page", "pdf"]) })),
});
const ZCreated = z.object({ id: z.string() });

const declare = <const T extends TRouteDeclaration>(declaration: T): T => declaration;

export const ROUTES = {
  // ------------------------------------------------------------ self-serve, by resume link
  startDiagnostic: declare({
    method: "POST",
    path: "/api/diagnostics",
    summary: "Starts a self-serve diagnostic (JSON, or the landing page's form without JavaScript).",
    actor: "public",
    params: none,
    body: { form: z.object({ startKey: z.string().max(100).optional() }) },
    maxBodyBytes: 1024,
    response: { raw: "303 redirect" },
  }),
  openDiagnostic: declare({
    method: "GET",
    path: "/api/diagnostics/[token]",
    summary: "The diagnostic behind a resume link: status and every stored answer.",
    actor: "resume-link",
    params: token,
    response: z.object({
      status: z.enum(["in_progress", "finished"]),
      questionnaireVersion: z.string(),
      createdAt: z.date(),
      finishedAt: z.date().nullable(),
      answers: z.array(z.object({ questionId: z.string(), constraintId: z.string().nullable(), value: z.unknown(), answeredAt: z.date() })),
      resultsPath: z.string().optional(),
    }),
  }),
  eraseDiagnostic: declare({
    method: "DELETE",
    path: "/api/diagnostics/[token]",
    summary: "Deletes a self-serve diagnostic with everything attached.",
    actor: "resume-link",
    params: token,
    response: z.object({ deleted: z.boolean() }),
  }),
  saveAnswer: declare({
    method: "PUT",
    path: "/api/diagnostics/[token]/answers",
    summary: "Saves one answer.",
    actor: "resume-link",
    params: token,
    body: { json: ZAnswerSubmission },
    response: ZSaved,
  }),
  reviseAssumptions: declare({
    method: "PUT",
    path: "/api/diagnostics/[token]/assumptions",
    summary: "Re-prices a finished diagnostic under new cost assumptions (a new result revision).",
    actor: "resume-link",
    params: token,
    body: { json: ZAssumptionsSubmission },
    response: ZRevision,
  }),
  removeConstraint: declare({
    method: "DELETE",
    path: "/api/diagnostics/[token]/constraints/[constraintId]",
    summary: "Removes a constraint and its answers from an unfinished diagnostic.",
    actor: "resume-link",
    params: z.object({ token: ZLinkToken, constraintId: ZConstraintSlot }),
    response: z.object({ removedAnswers: z.number().int().min(0) }),
  }),
  finishDiagnostic: declare({
    method: "POST",
    path: "/api/diagnostics/[token]/finish",
    summary: "Scores the answers and stores the result.",
    actor: "resume-link",
    params: token,
    response: ZRevision,
  }),
  listShareLinks: declare({
    method: "GET",
    path: "/api/diagnostics/[token]/share-links",
    summary: "The owner's board links with their status, views and access log (the results page loads them after the page).",
    actor: "resume-link",
    params: token,
    response: z.object({ links: z.array(ZShareLinkRow) }),
  }),
  createShareLink: declare({
    method: "POST",
    path: "/api/diagnostics/[token]/share-links",
    summary: "Creates a board link for a finished self-serve diagnostic.",
    actor: "resume-link",
    params: token,
    body: { json: ZShareLinkRequest },
    response: ZCreatedShareLink,
    status: 201,
  }),
  revokeShareLink: declare({
    method: "DELETE",
    path: "/api/diagnostics/[token]/share-links/[linkId]",
    summary: "Revokes a board link at once.",
    actor: "resume-link",
    params: z.object({ token: ZLinkToken, linkId: ZRecordId }),
    response: z.object({ revoked: z.boolean() }),
  }),
  claimDiagnostic: declare({
    method: "POST",
    path: "/api/diagnostics/[token]/claim",
    summary: "Moves a self-serve diagnostic into the signed-in consultant's workspace.",
    actor: "consultant",
    params: token,
    body: { json: ZClaimRequest },
    response: z.object({ leaderId: z.string() }),
    status: 201,
  }),

  // ------------------------------------------------------------ respondents, by personal link
  saveRespondentAnswer: declare({
    method: "PUT",
    path: "/api/respondents/[token]/answers",
    summary: "Saves one of a respondent's answers.",
    actor: "respondent-link",
    params: token,
    body: { json: ZAnswerSubmission },
    response: ZSaved,
  }),
  submitRespondentAnswers: declare({
    method: "POST",
    path: "/api/respondents/[token]/finish",
    summary: "Submits a respondent's answers; they are locked from then on.",
    actor: "respondent-link",
    params: token,
    response: z.object({ submitted: z.boolean() }),
  }),
  recordSmallGroupConsent: declare({
    method: "POST",
    path: "/api/respondents/[token]/consent",
    summary: "A board member or peer agrees (or not) to be shown in a group smaller than the anonymity minimum.",
    actor: "respondent-link",
    params: token,
    body: { form: ZSmallGroupConsentForm },
    maxBodyBytes: 1024,
    response: { raw: "303 redirect" },
  }),

  resultsDocument: declare({
    method: "GET",
    path: "/d/[token]/results/document",
    summary: "The owner's results page, served from its page rendered once per result (the proxy sends /d/[token]/results here).",
    actor: "resume-link",
    params: token,
    response: { raw: "text/html" },
  }),

  // ------------------------------------------------------------ board report, by share link
  dashboardDocument: declare({
    method: "GET",
    path: "/workspace/diagnostics/document",
    summary:
      "The consultants' dashboard, served from its page rendered once per dashboard version (the proxy sends /workspace/diagnostics here). Public as a route: the service checks the session itself and, without one, renders the page, which sends the visitor to sign in.",
    actor: "public",
    params: z.object({}),
    response: { raw: "text/html" },
  }),
  boardReportDocument: declare({
    method: "GET",
    path: "/r/[token]/document",
    summary: "The board report page, served from its document rendered once per content (the proxy sends /r/[token] here).",
    actor: "share-link",
    params: token,
    response: { raw: "text/html" },
  }),
  reportPdf: declare({
    method: "GET",
    path: "/r/[token]/pdf",
    summary: "The board report as a PDF.",
    actor: "share-link",
    params: token,
    response: { raw: "application/pdf" },
  }),
  unlockReport: declare({
    method: "POST",
    path: "/r/[token]/unlock",
    summary: "The passcode form of a protected board link.",
    actor: "share-link",
    params: token,
    body: { form: z.object({ passcode: z.string().max(1024).optional() }) },
    maxBodyBytes: 1024,
    response: { raw: "303 redirect" },
  }),

  // ------------------------------------------------------------ consultant workspace
  addClient: declare({
    method: "POST",
    path: "/api/workspace/clients",
    summary: "Adds a client.",
    actor: "consultant",
    params: none,
    body: { json: ZClientRequest },
    response: ZCreated,
    status: 201,
  }),
  removeClient: declare({
    method: "DELETE",
    path: "/api/workspace/clients/[clientId]",
    summary: "Deletes a client with its leaders and diagnostics.",
    actor: "owner",
    scope: { client: "clientId" },
    params: z.object({ clientId: ZRecordId }),
    response: z.object({ deleted: z.boolean() }),
  }),
  addLeader: declare({
    method: "POST",
    path: "/api/workspace/clients/[clientId]/leaders",
    summary: "Adds a leader to a client.",
    actor: "consultant",
    scope: { client: "clientId" },
    params: z.object({ clientId: ZRecordId }),
    body: { json: ZLeaderRequest },
    response: ZCreated,
    status: 201,
  }),
  exportClient: declare({
    method: "GET",
    path: "/api/workspace/clients/[clientId]/export",
    summary: "A client's diagnostics as JSON (for re-import) or CSV.",
    actor: "consultant",
    scope: { client: "clientId" },
    params: z.object({ clientId: ZRecordId }),
    query: ZExportQuery,
    response: { raw: "application/json or text/csv attachment" },
  }),
  importClient: declare({
    method: "POST",
    path: "/api/workspace/import",
    summary: "Imports a client exported as JSON.",
    actor: "consultant",
    params: none,
    body: { json: z.unknown() },
    maxBodyBytes: MAX_IMPORT_BYTES,
    tooLarge: `This file is larger than the import limit of 1 MB (${MAX_IMPORT_BYTES.toLocaleString("en-US")} bytes). Export the client again or import it in parts.`,
    response: ZCreated,
    status: 201,
  }),
  updateBranding: declare({
    method: "PUT",
    path: "/api/workspace/branding",
    summary: "Sets or clears the workspace's report branding.",
    actor: "owner",
    params: none,
    body: { json: ZBrandingRequest },
    // A base64 logo is a third larger than its bytes; the rest of the body is small.
    maxBodyBytes: Math.ceil((BRAND_LOGO_MAX_BYTES * 4) / 3) + 4096,
    response: z.object({ branding: ZBranding.nullable() }),
  }),
  removeLeader: declare({
    method: "DELETE",
    path: "/api/workspace/leaders/[leaderId]",
    summary: "Deletes a leader with their diagnostics.",
    actor: "owner",
    params: z.object({ leaderId: ZRecordId }),
    response: z.object({ deleted: z.boolean() }),
  }),
  confirmHandoffCriterion: declare({
    method: "PUT",
    path: "/api/workspace/leaders/[leaderId]/handoff-checks",
    summary: "Confirms or withdraws one handoff exit criterion of a leader's engagement.",
    actor: "consultant",
    scope: { leader: "leaderId" },
    params: z.object({ leaderId: ZRecordId }),
    body: { json: ZHandoffCheckRequest },
    response: z.object({ criterion: z.string(), met: z.boolean(), confirmedAt: z.date().nullable() }),
  }),
  startIntake: declare({
    method: "POST",
    path: "/api/workspace/diagnostics",
    summary: "Starts an intake for a leader.",
    actor: "consultant",
    params: none,
    body: { json: ZStartIntake },
    response: z.object({ id: z.string(), path: z.string() }),
    status: 201,
  }),
  removeIntake: declare({
    method: "DELETE",
    path: "/api/workspace/diagnostics/[id]",
    summary: "Deletes an intake with everything attached.",
    actor: "owner",
    params: z.object({ id: ZRecordId }),
    response: z.object({ deleted: z.boolean() }),
  }),
  saveIntakeAnswer: declare({
    method: "PUT",
    path: "/api/workspace/diagnostics/[id]/answers",
    summary: "Saves one answer of an intake.",
    actor: "consultant",
    scope: { diagnostic: "id" },
    params: z.object({ id: ZRecordId }),
    body: { json: ZAnswerSubmission },
    response: ZSaved,
  }),
  removeIntakeConstraint: declare({
    method: "DELETE",
    path: "/api/workspace/diagnostics/[id]/constraints/[constraintId]",
    summary: "Removes a constraint and its answers from an unfinished intake.",
    actor: "consultant",
    scope: { diagnostic: "id" },
    params: z.object({ id: ZRecordId, constraintId: ZConstraintSlot }),
    response: z.object({ removedAnswers: z.number().int().min(0) }),
  }),
  finishIntake: declare({
    method: "POST",
    path: "/api/workspace/diagnostics/[id]/finish",
    summary: "Scores an intake and stores the result.",
    actor: "consultant",
    scope: { diagnostic: "id" },
    params: z.object({ id: ZRecordId }),
    response: ZRevision,
  }),
  saveIntakeNote: declare({
    method: "PUT",
    path: "/api/workspace/diagnostics/[id]/notes/[constraintId]",
    summary: "Saves the consultant's private note on one constraint.",
    actor: "consultant",
    scope: { diagnostic: "id" },
    params: z.object({ id: ZRecordId, constraintId: ZConstraintSlot }),
    body: { json: ZNote },
    response: z.object({ saved: z.boolean() }),
  }),
  releaseIntake: declare({
    method: "POST",
    path: "/api/workspace/diagnostics/[id]/release",
    summary: "Releases an intake's results to one audience (or both, each by its own rules) with the chosen sections (JSON).",
    actor: "consultant",
    scope: { diagnostic: "id" },
    params: z.object({ id: ZRecordId }),
    body: { json: ZReleaseRequest },
    response: z.object({ released: z.boolean(), resultRevision: z.number().int() }),
  }),
  confirmRelease: declare({
    method: "POST",
    path: "/api/workspace/diagnostics/[id]/releases/[audience]",
    summary: "The preview's confirmation: releases to the leader or the board with the sections previewed, then back to the results.",
    actor: "consultant",
    scope: { diagnostic: "id" },
    params: z.object({ id: ZRecordId, audience: ZReportAudience }),
    body: { form: ZReleaseForm },
    maxBodyBytes: 1024,
    response: { raw: "303 redirect" },
  }),
  withdrawRelease: declare({
    method: "POST",
    path: "/api/workspace/diagnostics/[id]/releases/[audience]/withdraw",
    summary: "Withdraws the release to the leader or the board at once, then back to the results.",
    actor: "consultant",
    scope: { diagnostic: "id" },
    params: z.object({ id: ZRecordId, audience: ZReportAudience }),
    body: { form: z.object({}) },
    maxBodyBytes: 1024,
    response: { raw: "303 redirect" },
  }),
  reinviteRespondents: declare({
    method: "POST",
    path: "/api/workspace/diagnostics/[id]/respondents/reinvite",
    summary: "Invites the previous assessment's respondents to this re-assessment; the new links are answered once.",
    actor: "consultant",
    scope: { diagnostic: "id" },
    params: z.object({ id: ZRecordId }),
    response: z.object({ invited: z.array(z.object({ id: z.string(), name: z.string(), respondPath: z.string() })) }),
    status: 201,
  }),
  chooseVerdictBasis: declare({
    method: "POST",
    path: "/api/workspace/diagnostics/[id]/verdict-basis",
    summary: "Chooses the perspectives an intake's verdict rests on, and scores it again.",
    actor: "consultant",
    scope: { diagnostic: "id" },
    params: z.object({ id: ZRecordId }),
    body: { form: ZVerdictBasisForm },
    maxBodyBytes: 1024,
    response: { raw: "303 redirect" },
  }),
  inviteRespondent: declare({
    method: "POST",
    path: "/api/workspace/diagnostics/[id]/respondents",
    summary: "Invites a respondent; the personal link is answered once and never stored.",
    actor: "consultant",
    scope: { diagnostic: "id" },
    params: z.object({ id: ZRecordId }),
    body: { json: ZRespondentInvitation },
    response: z.object({
      id: z.string(),
      respondPath: z.string(),
      /** The invitation email: not asked for or email off ("none"), sent, failed (with the reason; it is retried) or on its way. */
      delivery: z.object({ state: z.enum(["none", "sent", "failed", "pending"]), error: z.string().nullable() }),
    }),
    status: 201,
  }),
  remindRespondent: declare({
    method: "POST",
    path: "/api/workspace/diagnostics/[id]/respondents/[respondentId]/reminders",
    summary: "Reminds a respondent with a fresh personal link: emailed when possible, else answered once to copy; the old link stops working.",
    actor: "consultant",
    scope: { diagnostic: "id" },
    params: z.object({ id: ZRecordId, respondentId: ZRecordId }),
    response: z.object({ emailed: z.boolean(), respondPath: z.string().nullable(), error: z.string().nullable() }),
  }),
  retryInvitationEmail: declare({
    method: "POST",
    path: "/api/workspace/diagnostics/[id]/respondents/[respondentId]/email-retries",
    summary: "Sends a respondent's failed invitation or reminder email again now, with a fresh link.",
    actor: "consultant",
    scope: { diagnostic: "id" },
    params: z.object({ id: ZRecordId, respondentId: ZRecordId }),
    response: z.object({ state: z.enum(["sent", "failed"]), error: z.string().nullable() }),
  }),
  withdrawRespondent: declare({
    method: "DELETE",
    path: "/api/workspace/diagnostics/[id]/respondents/[respondentId]",
    summary: "Withdraws an invitation with its answers.",
    actor: "consultant",
    scope: { diagnostic: "id" },
    params: z.object({ id: ZRecordId, respondentId: ZRecordId }),
    response: z.object({ withdrawn: z.boolean() }),
  }),
  createIntakeShareLink: declare({
    method: "POST",
    path: "/api/workspace/diagnostics/[id]/share-links",
    summary: "Creates a board link for a released intake.",
    actor: "consultant",
    scope: { diagnostic: "id" },
    params: z.object({ id: ZRecordId }),
    body: { json: ZShareLinkRequest },
    response: ZCreatedShareLink,
    status: 201,
  }),
  revokeIntakeShareLink: declare({
    method: "DELETE",
    path: "/api/workspace/diagnostics/[id]/share-links/[linkId]",
    summary: "Revokes a board link of an intake at once.",
    actor: "consultant",
    scope: { diagnostic: "id" },
    params: z.object({ id: ZRecordId, linkId: ZRecordId }),
    response: z.object({ revoked: z.boolean() }),
  }),

  // ------------------------------------------------------------ team (form posts: each works without JavaScript)
  // A browser's form post is answered with a redirect to the Team page (or the invitation page); any
  // other request, or a form post with `Accept: application/json`, gets JSON and the usual statuses.
  inviteTeammate: declare({
    method: "POST",
    path: "/api/workspace/team/invitations",
    summary: "Invites a colleague by email; the answer carries the one-time link (only its hash is stored).",
    actor: "owner",
    params: none,
    body: { form: ZTeamInvitationForm },
    maxBodyBytes: 4096,
    response: { raw: "303 redirect, or 201 { id, invitePath, expiresAt }" },
  }),
  revokeTeamInvitation: declare({
    method: "POST",
    path: "/api/workspace/team/invitations/[invitationId]/revoke",
    summary: "Revokes a pending invitation; its link stops working at once.",
    actor: "owner",
    scope: { invitation: "invitationId" },
    params: z.object({ invitationId: ZRecordId }),
    response: { raw: "303 redirect, or 200 { revoked: true }" },
  }),
  removeTeammate: declare({
    method: "POST",
    path: "/api/workspace/team/members/[memberId]/remove",
    summary: "Removes a member: their sessions end at once; the last owner cannot be removed.",
    actor: "owner",
    scope: { member: "memberId" },
    params: z.object({ memberId: ZRecordId }),
    response: { raw: "303 redirect, or 200 { removed: true }" },
  }),
  changeTeammateRole: declare({
    method: "POST",
    path: "/api/workspace/team/members/[memberId]/role",
    summary: "Makes a member an owner or an owner a member; the last owner stays.",
    actor: "owner",
    scope: { member: "memberId" },
    params: z.object({ memberId: ZRecordId }),
    body: { form: ZTeamRoleForm },
    maxBodyBytes: 1024,
    response: { raw: "303 redirect, or 200 { role }" },
  }),
  acceptTeamInvitation: declare({
    method: "POST",
    path: "/api/invitations/[token]/accept",
    summary: "The signed-in colleague joins the workspace that invited their address.",
    actor: "consultant",
    params: token,
    response: { raw: "303 redirect, or 200 { joined: true }" },
  }),

  // ------------------------------------------------------------ operations
  health: declare({
    method: "GET",
    path: "/api/health",
    summary: "Liveness and database reachability, for load balancers.",
    actor: "public",
    params: none,
    response: { raw: "application/json, 503 when the database is unreachable" },
  }),
} as const satisfies Record<string, TRouteDeclaration>;

export type TRouteName = keyof typeof ROUTES;
