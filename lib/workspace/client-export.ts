import { z } from "zod";
import { zFreeText } from "@/lib/diagnostic/schemas";
import {
  CONSTRAINT_CLASS_LABELS,
  constraintSeverity,
  DEFICIT_LEVEL_LABELS,
  RECOMMENDATION_LABELS,
  ZDiagnosticResult,
  ZPerspective,
  ZRecommendationKind,
  ZReportAudience,
  ZReportSection,
} from "@/lib/diagnostic";

/** One diagnostic of an exported client, with its answers, results, notes, release and respondents. */
export const ZExportedDiagnostic = z.object({
  questionnaireVersion: z.string().min(1).max(40),
  status: z.enum(["in_progress", "finished"]),
  recommendation: ZRecommendationKind.nullable(),
  createdAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
  answers: z.array(z.object({ questionId: z.string().max(80), constraintId: z.string().max(20).nullable(), value: z.unknown() })).max(200),
  results: z
    .array(
      z.object({
        revision: z.number().int().min(1),
        questionnaireVersion: z.string().min(1).max(40),
        engineVersion: z.string().min(1).max(40),
        createdAt: z.iso.datetime(),
        snapshot: ZDiagnosticResult,
      }),
    )
    .max(100),
  // Added after the first exports: absent in older files, so they default to empty.
  notes: z.array(z.object({ constraintId: z.string().max(20), text: zFreeText().max(4000) })).max(20).default([]),
  /** The single release of files exported before releases had audiences: imported as both, as the migration did. */
  release: z.object({ releasedAt: z.iso.datetime(), sections: z.array(ZReportSection).max(10) }).nullable().default(null),
  releases: z
    .array(z.object({ audience: ZReportAudience, releasedAt: z.iso.datetime(), sections: z.array(ZReportSection).max(10), resultRevision: z.number().int().min(1) }))
    .max(2)
    .refine((list) => new Set(list.map((r) => r.audience)).size === list.length, "A diagnostic has at most one release per audience.")
    .default([]),
  respondents: z
    .array(
      z.object({
        perspective: ZPerspective,
        name: zFreeText().trim().min(1).max(80),
        invitedAt: z.iso.datetime(),
        submittedAt: z.iso.datetime().nullable(),
        answers: z.array(z.object({ questionId: z.string().max(80), constraintId: z.string().max(20), value: z.unknown() })).max(200),
      }),
    )
    .max(200)
    .default([]),
});

const clientExportOf = <D extends z.ZodType>(diagnostic: D) =>
  z.object({
    format: z.literal("executive-intervention-diagnostic/client"),
    version: z.literal(1),
    exportedAt: z.iso.datetime(),
    client: z.object({ name: zFreeText().trim().min(1).max(120) }),
    leaders: z
      .array(
        z.object({
          name: zFreeText().trim().min(1).max(120),
          title: zFreeText().max(120).nullable(),
          /** Handoff criteria the consultant confirmed as met; older exports have none. */
          handoffChecks: z.array(z.object({ criterion: zFreeText().min(1).max(1_000), checkedAt: z.iso.datetime() })).max(50).default([]),
          diagnostics: z.array(diagnostic).max(500),
        }),
      )
      .max(500),
  });

/** The portable form of one client: what export writes and import reads back. */
export const ZClientExport = clientExportOf(ZExportedDiagnostic);
/**
 * The same file with each diagnostic left unchecked: import reads the outline first, then checks
 * the diagnostics a few at a time, so a large file never holds the event loop for long.
 */
export const ZClientExportOutline = clientExportOf(z.unknown());
export type TClientExport = z.infer<typeof ZClientExport>;
type TExportedDiagnostic = z.infer<typeof ZExportedDiagnostic>;

const CSV_COLUMNS = [
  "Client",
  "Leader",
  "Title",
  "Assessment",
  "Latest finished",
  "Status",
  "Started",
  "Finished",
  "Recommendation",
  "Constraint",
  "Class",
  "Behavioral score",
  "Execution score",
  "Severity",
  "Deficit",
  "Released to the board on",
  "Released to the leader on",
  "Respondents answered",
  "Respondents invited",
] as const;

/** A CSV cell: quoted, and never read as a formula by a spreadsheet. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** "2026-11-30": a day a spreadsheet reads as a date, in UTC like every date the app writes. */
const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : "");

/**
 * One row per assessment and constraint, in words a reader needs no key for: the engine's labels for
 * recommendation and class, both deficit scores and the severity (the larger of the two, 0-100), the
 * release and the respondents who answered out of those invited. An assessment without a result yet
 * has one row with the constraint columns empty. "Latest finished" marks the rows the portfolio shows.
 */
export function clientExportToCsv(data: TClientExport): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const leader of data.leaders) {
    const latestFinished = leader.diagnostics.reduce<TExportedDiagnostic | null>(
      (latest, d) => (d.status === "finished" && d.finishedAt && (!latest?.finishedAt || d.finishedAt >= latest.finishedAt) ? d : latest),
      null,
    );
    leader.diagnostics.forEach((d, index) => {
      const result = d.results.at(-1)?.snapshot;
      const assessment = [
        data.client.name,
        leader.name,
        leader.title ?? "",
        String(index + 1),
        d === latestFinished ? "Yes" : "No",
        d.status === "finished" ? "Finished" : "In progress",
        day(d.createdAt),
        day(d.finishedAt),
        result ? RECOMMENDATION_LABELS[result.recommendation.kind] : "",
      ];
      const released = (audience: "board" | "leader") => d.releases.find((r) => r.audience === audience)?.releasedAt ?? (d.release ? d.release.releasedAt : undefined);
      const release = [day(released("board")) || "No", day(released("leader")) || "No", String(d.respondents.filter((r) => r.submittedAt).length), String(d.respondents.length)];
      const constraints = result
        ? result.constraints.map((c) => [
            c.title,
            CONSTRAINT_CLASS_LABELS[c.class],
            String(c.behavioralScore),
            String(c.executionScore),
            String(constraintSeverity(c)),
            c.v2 ? DEFICIT_LEVEL_LABELS[c.v2.severity] : "",
          ])
        : [["", "", "", "", "", ""]];
      for (const constraint of constraints) lines.push([...assessment, ...constraint, ...release].map(cell).join(","));
    });
  }
  return `${lines.join("\r\n")}\r\n`;
}
