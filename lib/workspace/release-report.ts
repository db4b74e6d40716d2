import "server-only";
import { z } from "zod";
import { zFreeText } from "@/lib/diagnostic/schemas";
import { AppError } from "@/lib/app-error";
import { requireConsultant } from "@/lib/auth/consultant-session";
import { listConsultantNotes } from "@/lib/data/consultant-note-store";
import { findRelease, findWorkspaceDiagnostic, releaseWorkspaceDiagnostic, type StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { listSubmittedAnswers } from "@/lib/data/respondent-store";
import { listShareLinks, revokeShareLink } from "@/lib/data/share-link-store";
import { readBranding, saveBranding } from "@/lib/data/workspace-store";
import {
  ZBranding,
  ZPerspective,
  ZProbeValue,
  ZReportSection,
  type TBranding,
  type TReportSection,
  type TRespondentAnswers,
} from "@/lib/diagnostic";
import { issueShareLink, ZShareLinkRequest } from "@/lib/sharing/create-share-link";
import { shareLinkStatus } from "@/lib/sharing/share-link-rules";

/**
 * Controlled release: a consultant's results reach the leader and the board only once released,
 * with the sections the consultant chose and the workspace's branding.
 */

export const ZReleaseRequest = z.object({ sections: z.array(ZReportSection).max(ZReportSection.options.length) });

const NOT_IN_WORKSPACE = "This diagnostic does not exist in your workspace.";

async function scoped(headers: Headers, id: string): Promise<{ diagnostic: StoredDiagnostic; workspaceId: string }> {
  const { workspace } = await requireConsultant(headers);
  const diagnostic = await findWorkspaceDiagnostic({ id, workspaceId: workspace.id });
  if (!diagnostic) throw new AppError("NOT_FOUND", NOT_IN_WORKSPACE);
  return { diagnostic, workspaceId: workspace.id };
}

export async function releaseIntake(headers: Headers, id: string, request: z.output<typeof ZReleaseRequest>, now: Date = new Date()): Promise<void> {
  const { diagnostic, workspaceId } = await scoped(headers, id);
  if (diagnostic.status !== "finished") throw new AppError("CONFLICT", "Finish the intake before releasing its results.");
  await releaseWorkspaceDiagnostic({ id: diagnostic.id, workspaceId, sections: [...new Set(request.sections)], now });
}

/** The release state the consultant sees: when, and which sections. */
export async function readIntakeRelease(headers: Headers, id: string): Promise<{ releasedAt: Date | null; sections: TReportSection[] | null }> {
  const { diagnostic } = await scoped(headers, id);
  const release = await findRelease(diagnostic.id);
  return { releasedAt: release?.releasedAt ?? null, sections: release?.sections ? parseSections(release.sections) : null };
}

const parseSections = (stored: readonly string[]): TReportSection[] => stored.filter((s): s is TReportSection => ZReportSection.safeParse(s).success);

function toBranding(stored: { brandName: string | null; brandColor: string | null; brandLogo: string | null } | null): TBranding | null {
  if (!stored?.brandName || !stored.brandColor) return null;
  const parsed = ZBranding.safeParse({ name: stored.brandName, color: stored.brandColor, logo: stored.brandLogo });
  return parsed.success ? parsed.data : null;
}

const ZStoredProbes = z.record(z.string(), ZProbeValue);

/**
 * What a workspace diagnostic's report adds to the plain result: the released sections, branding,
 * the submitted respondents' answers and the consultant's notes. Null for a self-serve diagnostic;
 * NOT_FOUND while a workspace diagnostic is unreleased.
 */
export async function releasedReportOptions(diagnosticId: string) {
  const release = await findRelease(diagnosticId);
  if (!release?.workspaceId) return null;
  if (!release.releasedAt) throw new AppError("NOT_FOUND", "This report has not been released.");
  const [branding, respondents, notes] = await Promise.all([readBranding(release.workspaceId), submittedRespondents(diagnosticId, release.releasedAt), listConsultantNotes(diagnosticId)]);
  return { sections: parseSections(release.sections ?? []), branding: toBranding(branding), respondents, consultantNotes: notes };
}

/** The answers of every respondent who submitted (by `submittedBy`, when given), in the engine's shape. */
export async function submittedRespondents(diagnosticId: string, submittedBy?: Date): Promise<TRespondentAnswers[]> {
  // A released report counts only answers in by its release: otherwise the change a later answer
  // makes to a group's average would reveal that one person's answers.
  const submitted = await listSubmittedAnswers(diagnosticId, undefined, submittedBy);
  return submitted.flatMap(({ perspective, answers }) => {
    const p = ZPerspective.safeParse(perspective);
    if (!p.success) return [];
    const bySlot: Record<string, Record<string, unknown>> = {};
    for (const a of answers) (bySlot[a.constraintId] ??= {})[a.questionId] = a.value;
    const probes = Object.fromEntries(Object.entries(bySlot).map(([slot, values]) => [slot, ZStoredProbes.catch({}).parse(values)]));
    return [{ perspective: p.data, probes }];
  });
}

// ---------------------------------------------------------------- branding

export const BRAND_LOGO_MAX_BYTES = 150 * 1024;

export const ZBrandingRequest = z.union([
  z.object({ clear: z.literal(true) }),
  z.object({
    name: zFreeText(),
    color: z.string().trim().toLowerCase(),
    logo: z.string().nullable().default(null),
  }),
]);

/** Checks that a data: URL really holds a PNG or JPEG of acceptable size, by its bytes. */
function checkLogo(logo: string | null): string | null {
  if (logo === null || logo === "") return null;
  const match = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/]+=*)$/.exec(logo);
  if (!match) throw new AppError("INVALID_INPUT", "The logo must be a PNG or JPEG image.");
  const bytes = Buffer.from(match[2] ?? "", "base64");
  if (bytes.length > BRAND_LOGO_MAX_BYTES) throw new AppError("INVALID_INPUT", `The logo can be at most ${BRAND_LOGO_MAX_BYTES / 1024} KB.`);
  const png = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  if ((match[1] === "png" && !png) || (match[1] === "jpeg" && !jpeg)) throw new AppError("INVALID_INPUT", "The logo file is not a valid PNG or JPEG image.");
  return logo;
}

export async function readWorkspaceBranding(headers: Headers): Promise<TBranding | null> {
  const { workspace } = await requireConsultant(headers);
  return toBranding(await readBranding(workspace.id));
}

export async function updateWorkspaceBranding(headers: Headers, request: z.output<typeof ZBrandingRequest>): Promise<TBranding | null> {
  const { workspace } = await requireConsultant(headers);
  if ("clear" in request) {
    await saveBranding({ workspaceId: workspace.id, brandName: null, brandColor: null, brandLogo: null });
    return null;
  }
  const parsed = ZBranding.safeParse({ name: request.name, color: request.color, logo: checkLogo(request.logo) });
  if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues[0]?.message ?? "The branding is not valid.");
  await saveBranding({ workspaceId: workspace.id, brandName: parsed.data.name, brandColor: parsed.data.color, brandLogo: parsed.data.logo });
  return parsed.data;
}

// ---------------------------------------------------------------- board links

export async function createIntakeShareLink(headers: Headers, id: string, request: z.output<typeof ZShareLinkRequest>, now: Date = new Date()) {
  const { diagnostic } = await scoped(headers, id);
  const release = await findRelease(diagnostic.id);
  if (!release?.releasedAt) throw new AppError("CONFLICT", "Release the results before sharing them with a board.");
  return issueShareLink(diagnostic.id, request, now);
}

export async function listIntakeShareLinks(headers: Headers, id: string, now: Date = new Date()) {
  const { diagnostic } = await scoped(headers, id);
  return (await listShareLinks(diagnostic.id)).map((link) => ({ ...link, status: shareLinkStatus(link, now) }));
}

export async function revokeIntakeShareLink(headers: Headers, id: string, shareLinkId: string, now: Date = new Date()): Promise<void> {
  const { diagnostic } = await scoped(headers, id);
  await revokeShareLink({ id: shareLinkId, diagnosticId: diagnostic.id, now });
}
