import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/app-error";
import { listConsultantNotes } from "@/lib/data/consultant-note-store";
import { findRelease, findResultRevision, listAnswers, type StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { listSubmittedAnswers } from "@/lib/data/respondent-store";
import { readBranding } from "@/lib/data/workspace-store";
import {
  assembleDiagnosticInput,
  releaseSectionsFor,
  ZBranding,
  ZDiagnosticResult,
  ZPerspective,
  ZProbeValue,
  ZReportSection,
  type TBranding,
  type TDiagnosticInput,
  type TDiagnosticResult,
  type TReportAudience,
  type TReportSection,
  type TRespondentAnswers,
  verdictInput,
} from "@/lib/diagnostic";
import { latestResultOf } from "@/lib/self-serve/open-result";

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

/** What a report needs besides who prepared it for whom: the input, the result shown, and what the release adds. */
export type TReleasedReport = {
  /** The input the verdict was scored from (combined views for an intake that rests on several). */
  input: TDiagnosticInput;
  /** The intake's own answers. */
  ownInput: TDiagnosticInput;
  result: TDiagnosticResult;
  preparedAt: Date;
  audience: TReportAudience;
  sections?: TReportSection[];
  branding?: TBranding | null;
  respondents?: TRespondentAnswers[];
  consultantNotes?: Record<string, string>;
};

async function inputOf(diagnostic: StoredDiagnostic): Promise<TDiagnosticInput> {
  const assembled = assembleDiagnosticInput(diagnostic.questionnaireVersion, await listAnswers(diagnostic.id));
  if (!assembled.ok) throw new Error(`Stored answers no longer assemble: ${assembled.errors.join(" ")}`);
  return assembled.input;
}

/**
 * A diagnostic's report as released to one audience: the release's sections, the result revision
 * it is pinned to, branding, the respondents who had submitted by the release, and the
 * consultant's notes. A self-serve diagnostic has no releases: its owner's link shows the latest
 * result to the board. Null while unfinished; NOT_FOUND while a workspace diagnostic has no
 * release for this audience (withdrawn or never released).
 */
export async function releasedReport(diagnostic: StoredDiagnostic, audience: TReportAudience): Promise<TReleasedReport | null> {
  if (diagnostic.status !== "finished") return null;
  const release = await findRelease(diagnostic.id);
  if (!release?.workspaceId) {
    const latest = await latestResultOf(diagnostic);
    return latest ? { input: latest.input, ownInput: latest.ownInput, result: latest.result, preparedAt: latest.scoredAt, audience } : null;
  }
  const released = release.releases.find((r) => r.audience === audience);
  if (!released) throw new AppError("NOT_FOUND", "This report has not been released.");
  const [stored, input, branding, respondents, notes] = await Promise.all([
    findResultRevision(diagnostic.id, released.resultRevision),
    inputOf(diagnostic),
    readBranding(release.workspaceId),
    submittedRespondents(diagnostic.id, released.releasedAt),
    listConsultantNotes(diagnostic.id),
  ]);
  if (!stored) throw new AppError("NOT_FOUND", "This report has not been released.");
  const result = ZDiagnosticResult.parse(stored.snapshot);
  return {
    input: verdictInput(input, result),
    ownInput: input,
    result,
    preparedAt: stored.createdAt,
    audience,
    sections: releaseSectionsFor(audience, released.sections),
    branding: toBranding(branding),
    respondents,
    consultantNotes: notes,
  };
}

/**
 * What a release would look like if it went out now, for the consultant's preview: the latest
 * result, every respondent submitted so far and the given sections. The same parts as
 * releasedReport, so the preview renders exactly what the audience will read.
 */
export async function proposedReport(diagnostic: StoredDiagnostic, audience: TReportAudience, sections: readonly string[], now: Date): Promise<TReleasedReport | null> {
  const [latest, release] = await Promise.all([latestResultOf(diagnostic), findRelease(diagnostic.id)]);
  if (!latest || !release?.workspaceId) return null;
  const [branding, respondents, notes] = await Promise.all([readBranding(release.workspaceId), submittedRespondents(diagnostic.id, now), listConsultantNotes(diagnostic.id)]);
  return {
    input: latest.input,
    ownInput: latest.ownInput,
    result: latest.result,
    preparedAt: latest.scoredAt,
    audience,
    sections: releaseSectionsFor(audience, sections),
    branding: toBranding(branding),
    respondents,
    consultantNotes: notes,
  };
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
