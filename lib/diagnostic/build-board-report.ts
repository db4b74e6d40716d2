import { z } from "zod";
import { methodologySections } from "@/lib/diagnostic/methodology";
import { requireQuestionnaire } from "@/lib/diagnostic/questionnaires";
import { ZDiagnosticResult, ZFailureMode, type TDiagnosticResult, type TFailureMode } from "@/lib/diagnostic/result-schemas";
import { runDiagnostic } from "@/lib/diagnostic/run-diagnostic";
import { TITLE_MAX_LENGTH, type TDiagnosticInput } from "@/lib/diagnostic/schemas";

/**
 * What a board sees: the result of a finished diagnostic, with who prepared it and when, the top
 * risks, and the methodology appendix. Everything a report page or PDF shows passes through
 * ZBoardReport, so nothing private reaches a board by accident.
 */

export const ZBoardReportMeta = z.object({
  preparedBy: z.string().min(1).max(TITLE_MAX_LENGTH),
  preparedAt: z.iso.datetime(),
  leaderLabel: z.string().min(1).max(TITLE_MAX_LENGTH),
  questionnaireVersion: z.string(),
  engineVersion: z.string(),
  freeTextIncluded: z.boolean(),
});

export const ZBoardReport = z
  .object({
    meta: ZBoardReportMeta,
    result: ZDiagnosticResult,
    topRisks: z.array(ZFailureMode).max(3),
    deficitThreshold: z.number(),
    methodology: z.array(z.object({ id: z.string(), title: z.string(), paragraphs: z.array(z.string()) })),
  })
  .strict();
export type TBoardReport = z.infer<typeof ZBoardReport>;

const SEVERITY_ORDER: Record<TFailureMode["severity"], number> = { high: 0, medium: 1, low: 2 };

/**
 * The input with every free-text field replaced: custom constraint titles become numbered
 * placeholders, descriptions and the leader's title are dropped. Scoring does not read free text,
 * so the result is the same apart from the wording.
 */
export function redactFreeText(input: TDiagnosticInput): TDiagnosticInput {
  const context = { ...input.context };
  delete context.leaderTitle;
  return {
    ...input,
    context,
    constraints: input.constraints.map((constraint, index) => ({
      ...constraint,
      definition:
        constraint.definition.kind === "custom"
          ? { kind: "custom", title: `Constraint ${index + 1} (described by the owner)` }
          : { kind: "catalog", catalogId: constraint.definition.catalogId },
    })),
  };
}

export function buildBoardReport(options: {
  input: TDiagnosticInput;
  result: TDiagnosticResult;
  includeFreeText: boolean;
  preparedBy: string;
  preparedAt: Date;
  leaderLabel?: string;
}): TBoardReport {
  const { input, includeFreeText } = options;
  const result = includeFreeText ? options.result : runDiagnostic(redactFreeText(input));
  // The label is typed by the owner for this report, so it shows even when answers' free text does not.
  const leaderLabel = options.leaderLabel?.trim() || (includeFreeText ? input.context.leaderTitle?.trim() : undefined) || "The leader";
  const topRisks = [...result.failureModes].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]).slice(0, 3);
  return ZBoardReport.parse({
    meta: {
      preparedBy: options.preparedBy,
      preparedAt: options.preparedAt.toISOString(),
      leaderLabel,
      questionnaireVersion: result.questionnaireVersion,
      engineVersion: result.engineVersion,
      freeTextIncluded: includeFreeText,
    },
    result,
    topRisks,
    deficitThreshold: requireQuestionnaire(result.questionnaireVersion).scoring.deficitThreshold,
    methodology: methodologySections(result.questionnaireVersion),
  });
}
