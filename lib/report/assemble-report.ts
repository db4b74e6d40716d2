import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/app-error";
import { listConsultantNotes } from "@/lib/data/consultant-note-store";
import { findRelease } from "@/lib/data/diagnostic-store";
import { listSubmittedAnswers } from "@/lib/data/respondent-store";
import { readBranding } from "@/lib/data/workspace-store";
import { ZBranding, ZPerspective, ZProbeValue, ZReportSection, type TBranding, type TReportSection, type TRespondentAnswers } from "@/lib/diagnostic";

/**
 * Report assembly, shared by the board link, the leader's respondent link and the consultant's own
 * pages: what a released workspace diagnostic adds to its result. Sharing, respondents and workspace
 * services import it; it imports none of them.
 */

export const parseSections = (stored: readonly string[]): TReportSection[] => stored.filter((s): s is TReportSection => ZReportSection.safeParse(s).success);

export function toBranding(stored: { brandName: string | null; brandColor: string | null; brandLogo: string | null } | null): TBranding | null {
  if (!stored?.brandName || !stored.brandColor) return null;
  const parsed = ZBranding.safeParse({ name: stored.brandName, color: stored.brandColor, logo: stored.brandLogo });
  return parsed.success ? parsed.data : null;
}

/** The firm's branding on a diagnostic's report, for pages shown before the report itself (the passcode form); null for a self-serve diagnostic. */
export async function reportBranding(diagnosticId: string): Promise<TBranding | null> {
  const release = await findRelease(diagnosticId);
  return release?.workspaceId ? toBranding(await readBranding(release.workspaceId)) : null;
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
  const submitted = await listSubmittedAnswers(diagnosticId, submittedBy);
  return submitted.flatMap(({ perspective, answers, smallGroupConsent }) => {
    const p = ZPerspective.safeParse(perspective);
    if (!p.success) return [];
    const bySlot: Record<string, Record<string, unknown>> = {};
    for (const a of answers) (bySlot[a.constraintId] ??= {})[a.questionId] = a.value;
    const probes = Object.fromEntries(Object.entries(bySlot).map(([slot, values]) => [slot, ZStoredProbes.catch({}).parse(values)]));
    return [{ perspective: p.data, probes, smallGroupConsent }];
  });
}
