import { z } from "zod";
import { zFreeText } from "@/lib/diagnostic/schemas";
import { ZDiagnosticResult, ZPerspective, ZRecommendationKind, ZReportAudience, ZReportSection } from "@/lib/diagnostic";

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

const CSV_COLUMNS = ["client", "leader", "title", "status", "recommendation", "started", "finished", "constraints", "classes"] as const;

/** A CSV cell: quoted, and never read as a formula by a spreadsheet. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** One row per diagnostic, with its latest result's recommendation and constraint classes. */
export function clientExportToCsv(data: TClientExport): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const leader of data.leaders) {
    for (const d of leader.diagnostics) {
      const latest = d.results.at(-1)?.snapshot;
      lines.push(
        [
          data.client.name,
          leader.name,
          leader.title ?? "",
          d.status,
          latest?.recommendation.kind ?? "",
          d.createdAt,
          d.finishedAt ?? "",
          String(latest?.constraints.length ?? ""),
          latest?.constraints.map((c) => `${c.title}: ${c.class}`).join("; ") ?? "",
        ]
          .map(cell)
          .join(","),
      );
    }
  }
  return `${lines.join("\r\n")}\r\n`;
}
