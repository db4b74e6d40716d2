import "server-only";
import { findRelease, type StoredDiagnostic } from "@/lib/data/diagnostic-store";
import type { TReportSection } from "@/lib/diagnostic";
import { parseSections } from "@/lib/report/assemble-report";

/** The release state the consultant sees: when, and which sections. */
export async function readIntakeRelease(diagnostic: StoredDiagnostic): Promise<{ releasedAt: Date | null; sections: TReportSection[] | null }> {
  const release = await findRelease(diagnostic.id);
  return { releasedAt: release?.releasedAt ?? null, sections: release?.sections ? parseSections(release.sections) : null };
}
