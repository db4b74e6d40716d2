import { z } from "zod";
import { ECONOMICS_QUESTION_IDS } from "@/lib/diagnostic/economics-fields";
import { ZPerspective, ZRecommendationKind, ZReportAudience, ZReportSection } from "@/lib/diagnostic";
import { zFreeText } from "@/lib/diagnostic/schemas";
import { TEAM_MESSAGES } from "@/lib/team-messages";
import { DEFAULT_EXPIRY_DAYS, MAX_EXPIRY_DAYS, MAX_PASSCODE_LENGTH, MIN_PASSCODE_LENGTH } from "@/lib/sharing/share-link-rules";

/**
 * What each route accepts, as zod schemas with messages written for people. Pure (no server code),
 * so the route declarations, the services and the tests read the same definitions.
 */

// ---------------------------------------------------------------- answers

export const ZAnswerSubmission = z.object({
  questionId: z.string().min(1).max(80),
  constraintId: z.string().min(1).max(20).nullable(),
  value: z.unknown(),
});
export type TAnswerSubmission = z.infer<typeof ZAnswerSubmission>;

export const ZAssumptionsSubmission = z.object({
  answers: z
    .array(z.object({ questionId: z.string().min(1).max(80), value: z.unknown() }))
    .min(1)
    .max(Object.keys(ECONOMICS_QUESTION_IDS).length),
});
export type TAssumptionsSubmission = z.infer<typeof ZAssumptionsSubmission>;

// ---------------------------------------------------------------- share links

export const ZShareLinkRequest = z.object({
  label: zFreeText().trim().min(1, "Give the link a label, e.g. “Board, March meeting”.").max(80),
  preparedBy: zFreeText().trim().min(1, "Say who prepared the report; the board sees it.").max(120),
  leaderLabel: zFreeText().trim().max(120).optional(),
  expiresInDays: z.number().int().min(1).max(MAX_EXPIRY_DAYS).default(DEFAULT_EXPIRY_DAYS),
  passcode: z
    .string()
    .max(MAX_PASSCODE_LENGTH)
    .refine((p) => p.length === 0 || p.length >= MIN_PASSCODE_LENGTH, `A passcode needs at least ${MIN_PASSCODE_LENGTH} characters.`)
    .optional(),
  includeFreeText: z.boolean().default(false),
  acknowledged: z.literal(true, "Confirm that you understand who can read the report through this link."),
});
export type TShareLinkRequest = z.input<typeof ZShareLinkRequest>;

// ---------------------------------------------------------------- workspace

export const ZClaimRequest = z.object({
  clientName: zFreeText().trim().min(1, "Name the organization.").max(120),
  leaderName: zFreeText().trim().min(1, "Name the leader.").max(120),
  leaderTitle: zFreeText().trim().max(120).optional(),
});

/** An owner's invitation of a colleague (a form post): the address is kept lower-cased. */
export const ZTeamInvitationForm = z.object({
  email: z.string().trim().toLowerCase().max(320, TEAM_MESSAGES.invalidEmail).pipe(z.email(TEAM_MESSAGES.invalidEmail)),
});
export const ZTeamRoleForm = z.object({ role: z.enum(["owner", "member"], "Choose owner or member.") });

export const ZClientRequest = z.object({ name: zFreeText().trim().min(1, "Name the client.").max(120) });

export const ZLeaderRequest = z.object({
  name: zFreeText().trim().min(1, "Name the leader.").max(120),
  title: zFreeText().trim().max(120).optional(),
});

export const ZStartIntake = z.object({ leaderId: z.string().min(1).max(64) });

export const MAX_NOTE_LENGTH = 4000;
export const ZNote = z.object({ text: z.string().max(MAX_NOTE_LENGTH, `A note can be at most ${MAX_NOTE_LENGTH} characters.`) });

/** Without an audience, releases to both, each with its own rules (the leader's opt-ins stay off unless listed). */
export const ZReleaseRequest = z.object({ sections: z.array(ZReportSection).max(ZReportSection.options.length), audience: ZReportAudience.optional() });

const ticked = z.literal("on").optional();
/** The release panel's and preview's form: one checkbox (or hidden field) per section, "on" when chosen. */
export const ZReleaseForm = z.object({
  perspectives: ticked,
  constraints: ticked,
  blueprint: ticked,
  costs: ticked,
  consultant_notes: ticked,
  methodology: ticked,
  replacement_plan: ticked,
  tenure_cost: ticked,
});
/** The sections a release form ticked. */
export const sectionsOfForm = (form: z.output<typeof ZReleaseForm>) => ZReportSection.options.filter((s) => form[s] === "on");

const ZTicked = z.literal("on").optional();

/** The verdict-basis form: one checkbox per perspective (a plain form posts only the ticked ones). */
export const ZVerdictBasisForm = z.object({ intake: ZTicked, self: ZTicked, manager: ZTicked, board: ZTicked, peer: ZTicked });

export const ZSmallGroupConsentForm = z.object({ consent: z.enum(["yes", "no"]) });

const blankAsUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const ZRespondentInvitation = z.object({
  perspective: ZPerspective,
  name: zFreeText().trim().min(1, "Give the respondent a name you will recognise, e.g. “Dana, CFO”.").max(80),
  /** Where the invitation is emailed, when email is on; blank means "I will send the link myself". */
  email: z.preprocess(blankAsUndefined, z.email("Enter an email address like dana@example.com, or leave it blank.").max(254).optional()),
  /** The day answers are due (YYYY-MM-DD, UTC), shown in the email and to the consultant. */
  dueDate: z.preprocess(blankAsUndefined, z.iso.date("Give the due date as a calendar date.").optional()),
});

export const ZHandoffCheckRequest = z.object({
  criterion: zFreeText().min(1).max(1_000),
  met: z.boolean(),
  /** What shows the criterion is met (a document, a meeting, a number); kept with who confirmed it. */
  evidence: zFreeText().trim().max(500, "Keep the evidence to 500 characters.").optional(),
});

export const BRAND_LOGO_MAX_BYTES = 150 * 1024;

export const ZBrandingRequest = z.union([
  z.object({ clear: z.literal(true) }),
  z.object({
    name: zFreeText(),
    color: z.string().trim().toLowerCase(),
    logo: z.string().nullable().default(null),
  }),
]);

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" || Array.isArray(v) ? undefined : v), schema.optional());

/** The dashboard's filters, read from the query string; anything unreadable is simply ignored. */
export const ZDiagnosticFilters = z.object({
  client: optional(z.string().max(64)).catch(undefined),
  status: optional(z.enum(["in_progress", "finished"])).catch(undefined),
  recommendation: optional(ZRecommendationKind).catch(undefined),
  q: optional(zFreeText().trim().max(120)).catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type TDiagnosticFilters = z.infer<typeof ZDiagnosticFilters>;

/**
 * Import limits. A full finished diagnostic exports to roughly 10-20 KB, so 1 MB holds a client
 * with dozens of assessments; 500 bounds the rows written for files of small, unfinished ones.
 */
export const MAX_IMPORT_BYTES = 1024 * 1024;
export const MAX_IMPORT_DIAGNOSTICS = 500;

export const ZExportQuery = z.object({ format: z.enum(["json", "csv"]).default("json") });
