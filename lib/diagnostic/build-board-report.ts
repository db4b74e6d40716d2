import { z } from "zod";
import { ZPerspectiveComparison, type TRespondentAnswers } from "@/lib/diagnostic/compare-perspectives";
import { compareWithVerdict } from "@/lib/diagnostic/perspective-verdict";
import { methodologySections } from "@/lib/diagnostic/methodology";
import { requireQuestionnaire } from "@/lib/diagnostic/questionnaires";
import { ZFailureMode, type TDiagnosticResult, type TFailureMode } from "@/lib/diagnostic/result-schemas";
import { runDiagnostic } from "@/lib/diagnostic/run-diagnostic";
import {
  DEFAULT_RELEASE_SECTIONS,
  releaseForAudience,
  REPORT_SECTION_LABELS,
  ZReleasedResult,
  ZReportAudience,
  ZReportSection,
  type TReportAudience,
  type TReportSection,
} from "@/lib/diagnostic/release-audience";
import { ECONOMICS_QUESTION_IDS } from "@/lib/diagnostic/economics-fields";
import { TITLE_MAX_LENGTH, ZEconomicsInput, zFreeText, type TDiagnosticInput, type TEconomicsInput } from "@/lib/diagnostic/schemas";

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

/** The parts of a report after its one-page executive summary, which is always included, live with the audiences' rules. */
export { ZReportSection, REPORT_SECTION_LABELS };
export type { TReportSection };
/** The board's defaults: everything but the consultant's private notes, which reach a board only when chosen. */
export const DEFAULT_REPORT_SECTIONS: readonly TReportSection[] = DEFAULT_RELEASE_SECTIONS.board;

export const BRAND_NAME_MAX_LENGTH = 80;
/** WCAG AA for normal text: the brand colour is used for headings on white and behind white text. */
export const MIN_BRAND_CONTRAST = 4.5;

/** The report's page background (Tailwind's `paper`), where the brand name is also drawn. */
const PAPER = "#f7f8f6";

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG contrast of a #rrggbb colour against the lighter of white and the report's background. */
export function brandContrast(hex: string): number {
  return Math.min(contrastWithWhite(hex), (luminance(PAPER) + 0.05) / (luminance(hex) + 0.05));
}

/** WCAG contrast ratio of a #rrggbb colour against white. */
export function contrastWithWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (luminance + 0.05);
}

export const ZBranding = z.object({
  name: zFreeText().trim().min(1).max(BRAND_NAME_MAX_LENGTH),
  color: z
    .string()
    .regex(/^#[0-9a-f]{6}$/, "Give the colour as #rrggbb.")
    .refine((c) => brandContrast(c) >= MIN_BRAND_CONTRAST, "This colour is too light to read on white; choose a darker one."),
  /** A PNG or JPEG as a data: URL, or null. */
  logo: z.string().regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/).nullable(),
});
export type TBranding = z.infer<typeof ZBranding>;

export const ZBoardReport = z
  .object({
    meta: ZBoardReportMeta,
    /** Who the report is for: the leader's copy is titled for them and follows their release's rules. */
    audience: ZReportAudience,
    /** True when the leader's release leaves the verdict for the consultant to take them through. */
    verdictWithheld: z.boolean(),
    sections: z.array(ZReportSection),
    branding: ZBranding.nullable(),
    perspectives: ZPerspectiveComparison.nullable(),
    consultantNotes: z.array(z.object({ constraintId: z.string(), title: z.string(), text: z.string() })),
    result: ZReleasedResult,
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

/** The economic figures a result was priced with: the assumptions the person supplied. */
export function economicsOf(result: TDiagnosticResult): TEconomicsInput {
  const byQuestion = new Map(Object.entries(ECONOMICS_QUESTION_IDS).map(([key, questionId]) => [questionId, key as keyof TEconomicsInput]));
  const economics: Record<string, unknown> = {};
  for (const assumption of result.costs.assumptions) {
    const key = byQuestion.get(assumption.id);
    if (key && assumption.origin === "user") economics[key] = assumption.value;
  }
  const parsed = ZEconomicsInput.safeParse(economics);
  return parsed.success ? parsed.data : {};
}

export function buildBoardReport(options: {
  input: TDiagnosticInput;
  result: TDiagnosticResult;
  includeFreeText: boolean;
  preparedBy: string;
  preparedAt: Date;
  leaderLabel?: string;
  /** Sections after the summary; all but consultant notes when not given (self-serve reports). */
  sections?: readonly TReportSection[];
  /** The board unless given; the leader's report follows the leader's release rules (release-audience.ts). */
  audience?: TReportAudience;
  branding?: TBranding | null;
  /** The intake's own answers, when the verdict combines several views (`input` is then the combined one). */
  ownInput?: TDiagnosticInput;
  /** Submitted respondents' answers, for a consultant's diagnostic. */
  respondents?: readonly TRespondentAnswers[];
  /** The consultant's notes by constraint slot; shown only with the consultant_notes section. */
  consultantNotes?: Readonly<Record<string, string>>;
}): TBoardReport {
  const { input, includeFreeText } = options;
  const audience = options.audience ?? "board";
  const chosen = ZReportSection.options.filter((s) => (options.sections ?? DEFAULT_RELEASE_SECTIONS[audience]).includes(s));
  // For the leader, costs come only with the failed-tenure opt-in; the board's opt-ins are implied.
  const sections: TReportSection[] = audience === "leader" ? [...chosen.filter((s) => s !== "costs"), ...(chosen.includes("tenure_cost") ? (["costs"] as const) : [])] : chosen;
  // Without free text the result is re-run on the redacted input, priced with the economics of the
  // result given (a release's pinned revision), not with whatever the answers say today.
  // Whose views the verdict rests on stays with it.
  const scored = includeFreeText ? options.result : { ...runDiagnostic(redactFreeText({ ...input, economics: economicsOf(options.result) })), basis: options.result.basis };
  const released = releaseForAudience({ audience, input, result: scored, sections, methodology: methodologySections(scored.questionnaireVersion) });
  const result = released.result;
  const ownInput = options.ownInput ?? input;
  // Shown only when someone besides the intake has a view (or was withheld): one row compares nothing.
  const compared =
    options.respondents && options.respondents.length > 0 && sections.includes("perspectives")
      ? compareWithVerdict({ intakeInput: includeFreeText ? ownInput : redactFreeText(ownInput), result: scored, respondents: options.respondents })
      : null;
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
    audience,
    verdictWithheld: released.verdictWithheld,
    sections: ZReportSection.options.filter((s) => sections.includes(s)),
    branding: options.branding ?? null,
    perspectives: compared && (compared.groups.length > 2 || compared.withheld.length > 0) ? compared : null,
    consultantNotes: sections.includes("consultant_notes")
      ? result.constraints.flatMap((c) => {
          const text = options.consultantNotes?.[c.constraintId]?.trim();
          return text ? [{ constraintId: c.constraintId, title: c.title, text }] : [];
        })
      : [],
    result,
    topRisks,
    deficitThreshold: requireQuestionnaire(result.questionnaireVersion).scoring.deficitThreshold,
    methodology: released.methodology,
  });
}
