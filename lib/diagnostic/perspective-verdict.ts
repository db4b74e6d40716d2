import {
  comparePerspectives,
  groupRespondents,
  PERSPECTIVE_LABELS,
  type TPerspectiveComparison,
  type TRespondentAnswers,
  type TRespondentGroup,
} from "@/lib/diagnostic/compare-perspectives";
import {
  ZDiagnosticResult,
  type TBasisPerspective,
  type TDiagnosticResult,
  type TPerspectiveGroupId,
  type TVerdictBasis,
} from "@/lib/diagnostic/result-schemas";
import { runDiagnostic } from "@/lib/diagnostic/run-diagnostic";
import type { TDiagnosticInput, TProbeValue, ZRespondentRole } from "@/lib/diagnostic/schemas";
import type { z } from "zod";

type TRespondentRole = z.infer<typeof ZRespondentRole>;
import { CONSTRAINT_ITEMS_V2, QUESTIONNAIRE_V2_VERSION } from "@/lib/diagnostic/v2/questionnaire";

/**
 * Perspectives in the verdict. A consultant's intake is one informed view (usually the CEO's); the
 * manager, board members and peers who answer the same constraint items are others. The verdict
 * rests on the perspectives the consultant chooses: by default every one but the leader's own, which
 * is compared with the verdict instead (self-ratings are the view coaching most often has to move).
 *
 * How views combine, per constraint item:
 * - each group counts once, whatever its size, so five peers do not outvote the CEO; a group's
 *   answer is the median of its members' answers;
 * - the verdict's answer is the mean of the counted views, rounded half up: when informed views
 *   split evenly between two adjacent answers, the more serious one stands, and the split shows as
 *   a perception gap beside it;
 * - "don't know" and unanswered items count for nobody;
 * - groups too small to stay anonymous (withheld) count for nothing.
 * The leader profile and the context stay the intake's: respondents are not asked them.
 */

export const DEFAULT_VERDICT_BASIS: readonly TBasisPerspective[] = ["intake", "manager", "board", "peer"];

export const BASIS_PERSPECTIVE_LABELS: Record<TBasisPerspective, string> = {
  intake: "Facilitated intake",
  self: PERSPECTIVE_LABELS.self.one,
  manager: PERSPECTIVE_LABELS.manager.one,
  board: PERSPECTIVE_LABELS.board.group,
  peer: PERSPECTIVE_LABELS.peer.group,
};

const INTAKE_ROLE_WORDS: Record<TRespondentRole, string> = {
  manager_ceo: "the manager or CEO",
  board_member: "a board member",
  self: "the leader",
  consultant: "the consultant",
};

/** "Facilitated intake (the manager or CEO)": whose answers the intake holds. */
export function intakeLabel(role: TRespondentRole): string {
  return `Facilitated intake (${INTAKE_ROLE_WORDS[role]})`;
}

const ITEM_IDS = CONSTRAINT_ITEMS_V2.map((q) => q.id);

const roundHalfUp = (x: number) => Math.floor(x + 0.5);

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const numeric = (v: TProbeValue | undefined): v is 0 | 1 | 2 | 3 => typeof v === "number";

/** One group's answer to one item: the median of its members' answers (null when nobody gave one). */
function groupAnswer(group: TRespondentGroup, slot: string, itemId: string): number | null {
  return median(group.members.flatMap((m) => {
    const v = m.probes[slot]?.[itemId];
    return numeric(v) ? [v] : [];
  }));
}

function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

const CONSENTED = "(shown with their consent)";

function describeGroup(g: { id: TPerspectiveGroupId; label: string; respondents: number }): string {
  const consented = g.label.endsWith(CONSENTED) ? ", shown with their consent" : "";
  switch (g.id) {
    case "intake":
      return `the ${lowerFirst(g.label)}`;
    case "self":
      return "the leader's self-view";
    case "manager":
      return g.respondents > 1 ? `${g.respondents} managers` : "the manager or CEO";
    case "board":
      return `${g.respondents} board members${consented}`;
    case "peer":
      return `${g.respondents} peers${consented}`;
    default:
      return `${g.respondents} board members and peers, pooled`;
  }
}

function basisSentence(counted: TVerdictBasis["counted"], compared: TVerdictBasis["compared"], waiting: boolean, withheld: TVerdictBasis["withheld"]): string {
  const parts = [
    waiting
      ? `This verdict rests on ${describeGroup(counted[0]!)} until a perspective you chose answers.`
      : counted.length === 1
        ? `This verdict rests on ${describeGroup(counted[0]!)} alone.`
        : `This verdict rests on ${listWords(counted.map(describeGroup))}.`,
  ];
  if (compared.length > 0) parts.push(`Compared with it, not counted: ${listWords(compared.map(describeGroup))}.`);
  for (const w of withheld) parts.push(`${w.label} (${w.respondents}) are withheld until enough answer to stay anonymous, and count for nothing yet.`);
  return parts.join(" ");
}

/**
 * The intake's input with each constraint's items replaced by the combined answers of the chosen
 * perspectives, and the record of whose views those are. Pure; v2 questionnaires only (a v1
 * verdict rests on the intake, and other views are compared with it).
 */
export function combinePerspectives(options: {
  input: TDiagnosticInput;
  respondents: readonly TRespondentAnswers[];
  chosen: readonly TBasisPerspective[];
}): { input: TDiagnosticInput; basis: TVerdictBasis } {
  const { input } = options;
  const v2 = input.questionnaireVersion === QUESTIONNAIRE_V2_VERSION;
  const chosen = [...new Set(options.chosen)];
  const { groups, withheld } = groupRespondents(options.respondents);
  const intake = { id: "intake" as const, label: intakeLabel(input.context.respondentRole), respondents: 0 };
  const isCounted = (g: TRespondentGroup) => v2 && g.perspectives.some((p) => chosen.includes(p));
  const countedGroups = groups.filter(isCounted);
  // Nothing chosen has answered yet: the intake carries the verdict until someone does.
  const intakeCounted = chosen.includes("intake") || countedGroups.length === 0 || !v2;
  const asRow = (g: TRespondentGroup) => ({ id: g.id, label: g.label, respondents: g.members.length });
  const counted = [...(intakeCounted ? [intake] : []), ...countedGroups.map(asRow)];
  const compared = [...(intakeCounted ? [] : [intake]), ...groups.filter((g) => !isCounted(g)).map(asRow)];
  const waiting = v2 && !chosen.includes("intake") && countedGroups.length === 0;

  const constraints = input.constraints.map((c) => {
    if (!v2 || countedGroups.length === 0) return c;
    const probes: Record<string, TProbeValue> = { ...c.probes };
    for (const itemId of ITEM_IDS) {
      const own = c.probes[itemId];
      const views = [
        ...(intakeCounted && numeric(own) ? [own] : []),
        ...countedGroups.flatMap((g) => {
          const a = groupAnswer(g, c.constraintId, itemId);
          return a === null ? [] : [a];
        }),
      ];
      if (views.length > 0) probes[itemId] = roundHalfUp(views.reduce((a, b) => a + b, 0) / views.length) as TProbeValue;
      else if (!intakeCounted) delete probes[itemId];
    }
    return { ...c, probes };
  });

  return {
    input: { ...input, constraints },
    basis: {
      chosen: chosen.length > 0 ? chosen : [...DEFAULT_VERDICT_BASIS],
      counted,
      compared,
      withheld,
      sentence: basisSentence(counted, compared, waiting, withheld),
      probes: Object.fromEntries(constraints.map((c) => [c.constraintId, c.probes])),
    },
  };
}

/** A consultant's verdict: the engine run on the combined views, with the record of whose they are. */
export function runVerdict(options: { input: TDiagnosticInput; respondents: readonly TRespondentAnswers[]; chosen: readonly TBasisPerspective[] }): TDiagnosticResult {
  const combined = combinePerspectives(options);
  return ZDiagnosticResult.parse({ ...runDiagnostic(combined.input), basis: combined.basis });
}

/** The input a stored verdict was scored from: the intake's, with the combined answers it rested on. */
export function verdictInput(input: TDiagnosticInput, result: Pick<TDiagnosticResult, "basis">): TDiagnosticInput {
  const probes = result.basis?.probes;
  if (!probes) return input;
  return { ...input, constraints: input.constraints.map((c) => (probes[c.constraintId] ? { ...c, probes: probes[c.constraintId]! } : c)) };
}

/**
 * Every perspective beside a stored verdict: the intake alone (scored again from its own answers
 * when the verdict combines several views), each group shown, and the gaps to the verdict.
 */
export function compareWithVerdict(options: {
  intakeInput: TDiagnosticInput;
  result: TDiagnosticResult;
  respondents: readonly TRespondentAnswers[];
}): TPerspectiveComparison {
  const { intakeInput, result } = options;
  const combined = result.basis?.counted.some((g) => g.id !== "intake") ?? false;
  return comparePerspectives({
    questionnaireVersion: result.questionnaireVersion,
    constraints: intakeInput.constraints,
    verdict: result.constraints,
    intakeAlone: combined ? runDiagnostic(intakeInput).constraints : undefined,
    intakeLabel: intakeLabel(intakeInput.context.respondentRole),
    respondents: options.respondents,
    counted: result.basis?.chosen,
    profile: intakeInput.profile,
  });
}

/** Whether a stored verdict predates views submitted since: it then has to be scored again. */
export function verdictIsStale(result: Pick<TDiagnosticResult, "basis">, submittedRespondents: number): boolean {
  const basis = result.basis;
  if (!basis) return submittedRespondents > 0;
  const seen = [...basis.counted, ...basis.compared].reduce((n, g) => n + g.respondents, 0) + basis.withheld.reduce((n, w) => n + w.respondents, 0);
  return seen !== submittedRespondents;
}
