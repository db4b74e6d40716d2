import "server-only";
import { findLatestResult, findRelease, type StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { DEFAULT_RELEASE_SECTIONS, releaseSectionsFor, ZReportAudience, type TReportAudience, type TReportSection } from "@/lib/diagnostic";

export type TIntakeRelease = {
  audience: TReportAudience;
  releasedAt: Date | null;
  /** The release's sections, or the audience's defaults while unreleased. */
  sections: TReportSection[];
  resultRevision: number | null;
  /** A later result exists than the one released: the release panel offers to re-release. */
  newerResult: boolean;
};

/** The state of both releases, as the consultant's release panels show it. */
export async function readIntakeReleases(diagnostic: StoredDiagnostic): Promise<Record<TReportAudience, TIntakeRelease>> {
  const [release, latest] = await Promise.all([findRelease(diagnostic.id), findLatestResult(diagnostic.id)]);
  const one = (audience: TReportAudience): TIntakeRelease => {
    const released = release?.releases.find((r) => r.audience === audience);
    if (!released) return { audience, releasedAt: null, sections: [...DEFAULT_RELEASE_SECTIONS[audience]], resultRevision: null, newerResult: false };
    return {
      audience,
      releasedAt: released.releasedAt,
      sections: releaseSectionsFor(audience, released.sections),
      resultRevision: released.resultRevision,
      newerResult: latest !== null && latest.revision > released.resultRevision,
    };
  };
  return Object.fromEntries(ZReportAudience.options.map((a) => [a, one(a)])) as Record<TReportAudience, TIntakeRelease>;
}
