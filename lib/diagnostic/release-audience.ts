import { z } from "zod";
import { ZBlueprint, ZCostEstimate, ZDecision, ZDiagnosticResult, ZRecommendation, type TDiagnosticResult, type TFailureMode } from "@/lib/diagnostic/result-schemas";
import type { TDiagnosticInput } from "@/lib/diagnostic/schemas";
import { REPLACEMENT_WOULD_CHANGE } from "@/lib/diagnostic/v2/explain-decision";
import { UNDECIDED_RETENTION_WHY } from "@/lib/diagnostic/v2/recommend-intervention";

/**
 * Two audiences, two releases. The board reads the whole report. The leader reads a report about
 * their own constraints: a plan to replace them, and the price of their tenure failing, are the
 * board's business and reach the leader only when the consultant ticks them on purpose. This file
 * decides what each release contains; pages and the PDF only render what it leaves.
 */

export const ZReportAudience = z.enum(["leader", "board"]);
export type TReportAudience = z.infer<typeof ZReportAudience>;

/** The leader-only opt-ins: off unless the consultant ticks them. */
export const LEADER_OPT_INS = ["replacement_plan", "tenure_cost"] as const;

export const ZReportSection = z.enum(["perspectives", "constraints", "blueprint", "costs", "consultant_notes", "methodology", ...LEADER_OPT_INS]);
export type TReportSection = z.infer<typeof ZReportSection>;

export const REPORT_SECTION_LABELS: Record<TReportSection, string> = {
  perspectives: "Perspectives and perception gaps",
  constraints: "Constraint by constraint, with the warnings",
  blueprint: "Engagement blueprint and handoff criteria",
  costs: "Cost over time",
  consultant_notes: "Consultant's notes per constraint",
  methodology: "Methodology appendix",
  replacement_plan:
    "Show the leader the plan to replace them, if there is one: the recommendation, blueprint and warnings that name it, and the “current or planned approach” line",
  tenure_cost: "Show the leader the costs, which price a failed tenure: cost of inaction, cost over time, the Leadership Churn warning",
};

/**
 * What a consultant can choose for each audience. For the board, the plan and its costs are always
 * part of the report ("costs" chooses the chart); for the leader, costs come only with tenure_cost,
 * since every cost of inaction prices a failed tenure.
 */
export const RELEASE_SECTION_OPTIONS: Record<TReportAudience, readonly TReportSection[]> = {
  board: ["perspectives", "constraints", "blueprint", "costs", "consultant_notes", "methodology"],
  leader: ["perspectives", "constraints", "blueprint", "consultant_notes", "methodology", "replacement_plan", "tenure_cost"],
};

/** Everything but the consultant's private notes, and for the leader neither opt-in. */
export const DEFAULT_RELEASE_SECTIONS: Record<TReportAudience, readonly TReportSection[]> = {
  board: ["perspectives", "constraints", "blueprint", "costs", "methodology"],
  leader: ["perspectives", "constraints", "blueprint", "methodology"],
};

/** The sections a release of this audience may hold, in report order, from what was asked or stored. */
export function releaseSectionsFor(audience: TReportAudience, chosen: readonly string[]): TReportSection[] {
  return RELEASE_SECTION_OPTIONS[audience].filter((s) => chosen.includes(s));
}

/** The company plans to replace the leader: the retention answer says so, or a successor search is what is in place. */
export function isReplacementPlanned(input: Pick<TDiagnosticInput, "context" | "intervention">): boolean {
  return input.context.retentionIntent === "replace" || input.intervention.current === "replace_executive";
}

/** A result as one audience receives it: the parts a release withholds are absent, not hidden. */
export const ZReleasedResult = ZDiagnosticResult.extend({
  recommendation: ZRecommendation.nullable(),
  blueprint: ZBlueprint.nullable(),
  costs: ZCostEstimate.nullable(),
  decision: z.lazy(() => ZDecision).optional(),
});
export type TReleasedResult = z.infer<typeof ZReleasedResult>;

const REPLACEMENT_WORDS = /replac|successor|search for a/i;
const TENURE_WORDS = /tenure|churn|leave over|burn out/i;

/** Methodology is generic, but a sentence on how replacement or a failed tenure is handled still raises the question with the leader. */
function withoutSentences(paragraph: string, words: readonly RegExp[]): string {
  return paragraph
    .split(/(?<=[.!?])\s+(?=[A-Z"“])/)
    .filter((sentence) => !words.some((w) => w.test(sentence)))
    .join(" ");
}

export type TMethodologyPart = { id: string; title: string; paragraphs: string[] };

/**
 * Applies an audience's rules to a result: for the leader, without replacement_plan, a planned
 * replacement takes the verdict, decision and blueprint out (they are the plan to replace them) and
 * the warnings lose the line that names it; without tenure_cost, costs and the Leadership Churn
 * warning go. The board gets the result unchanged.
 */
export function releaseForAudience(options: {
  audience: TReportAudience;
  input: Pick<TDiagnosticInput, "context" | "intervention">;
  result: TDiagnosticResult;
  sections: readonly TReportSection[];
  methodology: readonly TMethodologyPart[];
}): { result: TReleasedResult; verdictWithheld: boolean; methodology: TMethodologyPart[] } {
  const { audience, input, result, sections } = options;
  if (audience === "board") return { result, verdictWithheld: false, methodology: [...options.methodology] };

  const planned = isReplacementPlanned(input);
  const hidePlan = !sections.includes("replacement_plan");
  const hideCost = !sections.includes("tenure_cost");
  const withholdVerdict = planned && hidePlan;

  const failureModes = result.failureModes.flatMap((mode): TFailureMode[] => {
    if (hideCost && mode.id === "leadership_churn") return [];
    if (!hidePlan || !planned) return [mode];
    // A successor search in place makes the misapplication warning about the replacement itself.
    if (mode.id === "tool_misapplication_tax" && input.intervention.current === "replace_executive") return [];
    const triggers = mode.triggers.filter((t) => t.questionId !== "intervention_current" && t.questionId !== "successor_named" && t.questionId !== "retention_intent");
    return triggers.length > 0 ? [{ ...mode, triggers }] : [];
  });

  const recommendation = withholdVerdict
    ? null
    : hidePlan
      ? { ...result.recommendation, why: keepAtLeastOne(result.recommendation.why.filter((w) => !w.startsWith(UNDECIDED_RETENTION_WHY))) }
      : result.recommendation;
  const decision =
    withholdVerdict || !result.decision
      ? undefined
      : hidePlan
        ? { ...result.decision, whatWouldChange: keepAtLeastOne(result.decision.whatWouldChange.filter((w) => w !== REPLACEMENT_WOULD_CHANGE)) }
        : result.decision;

  const hiddenWords = [...(hidePlan ? [REPLACEMENT_WORDS] : []), ...(hideCost ? [TENURE_WORDS] : [])];
  const methodology = options.methodology
    .map((part) => ({ ...part, paragraphs: part.paragraphs.map((p) => withoutSentences(p, hiddenWords)).filter((p) => p.length > 0) }))
    .filter((part) => part.paragraphs.length > 0);

  const released: TReleasedResult = {
    ...result,
    recommendation,
    blueprint: withholdVerdict ? null : result.blueprint,
    costs: hideCost ? null : result.costs,
    failureModes,
  };
  if (decision) released.decision = decision;
  else delete released.decision;
  return { result: released, verdictWithheld: withholdVerdict, methodology };
}

/** The schema wants at least one line; a removed last line becomes a neutral one. */
function keepAtLeastOne(lines: string[]): [string, ...string[]] {
  const [first, ...rest] = lines;
  return first === undefined ? ["Your consultant will take you through the reasoning."] : [first, ...rest];
}
