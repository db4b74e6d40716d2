import "server-only";
import type { TBoardReport } from "@/lib/diagnostic";
import { createRenderOnceCache } from "@/lib/render-once-cache";

/**
 * Built reports kept per report version. The database renews a diagnostic's `reportVersion` on every
 * change a report can show (triggers of the report_version migration: results, answers of a finished
 * diagnostic, releases and their withdrawal, notes, respondents) and its workspace's
 * `brandingVersion` when the branding changes, so a report built for a pair of versions is that
 * pair's report for as long as it is current, on every instance. Versions are random numbers, never
 * counted up, so a restored database cannot bring back a number that named other data. What is read
 * after the versions is at least as new as they are, so a kept report is never older than its key.
 * Access (link, expiry, revocation, passcode grant) is still checked per request by the caller,
 * before it asks here; a withdrawn release renews the version, and the report built for the new one
 * is "not available", which is never kept.
 */
export type TReportKey = {
  diagnosticId: string;
  reportVersion: number;
  brandingVersion: number;
  /** Prisma raises it on every change to the diagnostic's own row. */
  diagnosticUpdatedAt: Date;
  /** Whatever else the caller builds the report from (the link's settings, the audience). */
  settings: unknown;
};

const reports = createRenderOnceCache<{ key: TReportKey; build: () => Promise<TBoardReport> }, TBoardReport>({
  render: ({ build }) => build(),
  keyOf: ({ key }) => key,
  // Counted in reports rather than bytes: each is a few tens of KB.
  sizeOf: () => 1,
  maxBytes: 500,
  maxConcurrent: 4,
});

/** The report for this key, built by `build` when it is not kept yet; a build that throws is not kept. */
export function keptReport(key: TReportKey, build: () => Promise<TBoardReport>): Promise<TBoardReport> {
  return reports.valueFor({ key, build });
}

/** A short string that names the report of a key: what a page rendered from it can be kept by. */
export function reportKeyOf(key: TReportKey): string {
  return JSON.stringify([key.diagnosticId, key.reportVersion, key.brandingVersion, key.diagnosticUpdatedAt.getTime(), key.settings]);
}
