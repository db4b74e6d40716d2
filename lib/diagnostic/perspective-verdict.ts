import {
  comparePerspectives,
  groupRespondents,
  MIN_CONSENTED_GROUP,
  MIN_GROUP_RESPONDENTS,
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
import { classifyConstraintV2 } from "@/lib/diagnostic/v2/classify-constraint";
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

const roundHalfUp = (x: number) => Math.floor(x + 0.5);

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const numeric = (v: TProbeValue | undefined): v is 0 | 1 | 2 | 3 => typeof v === "number";

function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

const CONSENTED = ", shown with their consent";

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
      return `${g.respondents} board members and peers`;
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

/** By default every view but the leader's own counts; an intake the leader answered is their own view too. */
export function defaultVerdictBasis(intakeRole: TRespondentRole): TBasisPerspective[] {
  return intakeRole === "self" ? DEFAULT_VERDICT_BASIS.filter((p) => p !== "intake") : [...DEFAULT_VERDICT_BASIS];
}

type TCountingView = { id: TPerspectiveGroupId; label: string; respondents: number; members: readonly TRespondentAnswers[]; minAnswers: number };

/**
 * The views the verdict counts, from the groups shown. Board members and peers count together as
 * one view however they are shown: consenting to be shown as a small group changes what the report
 * displays, never the diagnosis. That view counts only when it is large enough to stay anonymous
 * (or every member consented), and on each item only when that many gave an answer.
 */
function countingViews(groups: readonly TRespondentGroup[], chosen: readonly TBasisPerspective[]): TCountingView[] {
  const views: TCountingView[] = [];
  for (const g of groups) {
    if ((g.id === "self" || g.id === "manager") && chosen.includes(g.id)) {
      views.push({ id: g.id, label: g.label, respondents: g.members.length, members: g.members, minAnswers: 1 });
    }
  }
  const anonymous = groups
    .filter((g) => g.id === "board" || g.id === "peer" || g.id === "board_and_peers")
    .flatMap((g) => g.members.filter((m) => chosen.includes(m.perspective)));
  const eligible =
    anonymous.length >= MIN_GROUP_RESPONDENTS || (anonymous.length >= MIN_CONSENTED_GROUP && anonymous.every((m) => m.smallGroupConsent));
  if (eligible) {
    const kinds = new Set(anonymous.map((m) => m.perspective));
    const id: TPerspectiveGroupId = kinds.size > 1 ? "board_and_peers" : kinds.has("board") ? "board" : "peer";
    views.push({ id, label: "Board members and peers", respondents: anonymous.length, members: anonymous, minAnswers: Math.min(MIN_GROUP_RESPONDENTS, anonymous.length) });
  }
  return views;
}

/** A view's answer to one item: the median of its members' answers, once enough of them gave one. */
function viewAnswer(view: TCountingView, slot: string, itemId: string): number | null {
  const answers = view.members.flatMap((m) => {
    const v = m.probes[slot]?.[itemId];
    return numeric(v) ? [v] : [];
  });
  return answers.length >= view.minAnswers ? median(answers) : null;
}

/**
 * Views one answer step apart meet half-way up: the more serious answer stands. Views further
 * apart are a dispute, not a measurement; they meet half-way down, and the constraint is named as
 * contested so that the split is settled before money is spent on it.
 */
function combineAnswers(values: readonly number[]): number {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const spread = Math.max(...values) - Math.min(...values);
  return spread <= 1 ? roundHalfUp(mean) : Math.ceil(mean - 0.5);
}

const LEADER_SIDE = new Set(["behavioral", "behavioral_team"]);

function viewWords(view: { id: TPerspectiveGroupId; label: string; respondents: number }): string {
  return view.id === "intake" ? `the ${lowerFirst(view.label)}` : describeGroup(view);
}

/**
 * The intake's input with each constraint's items replaced by the combined answers of the chosen
 * perspectives, and the record of whose views those are. Pure; v2 questionnaires only (a v1
 * verdict rests on the intake, and other views are compared with it). `chosen` null: the default.
 */
export function combinePerspectives(options: {
  input: TDiagnosticInput;
  respondents: readonly TRespondentAnswers[];
  chosen: readonly TBasisPerspective[] | null;
}): { input: TDiagnosticInput; basis: TVerdictBasis } {
  const { input } = options;
  const v2 = input.questionnaireVersion === QUESTIONNAIRE_V2_VERSION;
  const chosen = options.chosen && options.chosen.length > 0 ? [...new Set(options.chosen)] : defaultVerdictBasis(input.context.respondentRole);
  const { groups, withheld } = groupRespondents(options.respondents);
  const intake = { id: "intake" as const, label: intakeLabel(input.context.respondentRole), respondents: 0 };
  const views = v2 ? countingViews(groups, chosen) : [];
  // Nothing chosen has answered yet: the intake carries the verdict until someone does.
  const intakeCounted = chosen.includes("intake") || views.length === 0;
  const countedIds = new Set(views.flatMap((v) => (v.id === "board_and_peers" ? ["board", "peer", "board_and_peers"] : [v.id])));
  const asRow = (g: { id: TPerspectiveGroupId; label: string; members: readonly unknown[] }) => ({ id: g.id, label: g.label, respondents: g.members.length });
  const counted = [...(intakeCounted ? [intake] : []), ...views.map(asRow)];
  const compared = [...(intakeCounted ? [] : [intake]), ...groups.filter((g) => !countedIds.has(g.id)).map(asRow)];
  const waiting = v2 && !chosen.includes("intake") && views.length === 0;
  const profile = input.profile ?? {};

  const contested: TVerdictBasis["contested"] = [];
  const constraints = input.constraints.map((c) => {
    if (views.length === 0) return c;
    const probes: Record<string, TProbeValue> = { ...c.probes };
    const perView = views.map((v) => ({ view: v, probes: {} as Record<string, TProbeValue> }));
    let widest: { item: (typeof CONSTRAINT_ITEMS_V2)[number]; high: { who: string; value: number }; low: { who: string; value: number } } | null = null;
    for (const item of CONSTRAINT_ITEMS_V2) {
      const own = c.probes[item.id];
      const answers: { who: string; value: number }[] = intakeCounted && numeric(own) ? [{ who: viewWords(intake), value: own }] : [];
      perView.forEach(({ view, probes: its }) => {
        const a = viewAnswer(view, c.constraintId, item.id);
        if (a === null) return;
        answers.push({ who: viewWords(view), value: a });
        its[item.id] = roundHalfUp(a) as TProbeValue;
      });
      if (answers.length > 0) probes[item.id] = combineAnswers(answers.map((a) => a.value)) as TProbeValue;
      else if (!intakeCounted) delete probes[item.id];
      const high = answers.reduce<(typeof answers)[number] | null>((m, a) => (m === null || a.value > m.value ? a : m), null);
      const low = answers.reduce<(typeof answers)[number] | null>((m, a) => (m === null || a.value < m.value ? a : m), null);
      if (high && low && high.value - low.value >= 2 && (!widest || high.value - low.value > widest.high.value - widest.low.value)) widest = { item, high, low };
    }
    // Counted views that read the constraint on opposite sides (the leader against the system), or
    // answer one of its questions two steps apart or more, are a split to settle before acting.
    const readings = [
      ...(intakeCounted ? [{ who: viewWords(intake), cls: classifyConstraintV2(c, profile, input.context.roleStretch) }] : []),
      ...perView.map(({ view, probes: its }) => ({ who: viewWords(view), cls: classifyConstraintV2({ ...c, probes: its }, profile, input.context.roleStretch) })),
    ];
    const title = readings[0]?.cls.title ?? c.constraintId;
    const leader = readings.find((r) => LEADER_SIDE.has(r.cls.class));
    const system = readings.find((r) => r.cls.class === "execution");
    const verb = (who: string) => (who.startsWith("the") ? "sees" : "see");
    if (leader && system) {
      contested.push({
        constraintId: c.constraintId,
        sentence: `Views split on “${title}”: ${leader.who} ${verb(leader.who)} the leader's own habits, ${system.who} ${verb(system.who)} the system. Settle this with them before funding two interventions.`,
      });
    } else if (widest) {
      const words = (v: number) => (widest!.item.options.find((o) => o.value === Math.round(v))?.label.split(":")[0] ?? String(v)).toLowerCase();
      contested.push({
        constraintId: c.constraintId,
        sentence: `Views split on “${title}” (${(widest.item.short ?? widest.item.indicator).toLowerCase()}): ${widest.high.who} answer${widest.high.who.startsWith("the") ? "s" : ""} “${words(widest.high.value)}”, ${widest.low.who} “${words(widest.low.value)}”. Settle this with them before acting on it.`,
      });
    }
    return { ...c, probes };
  });

  return {
    input: { ...input, constraints },
    basis: {
      chosen,
      counted,
      compared,
      withheld,
      sentence: basisSentence(counted, compared, waiting, withheld),
      contested,
      probes: Object.fromEntries(constraints.map((c) => [c.constraintId, c.probes])),
    },
  };
}

/** A consultant's verdict: the engine run on the combined views, with the record of whose they are. */
export function runVerdict(options: { input: TDiagnosticInput; respondents: readonly TRespondentAnswers[]; chosen: readonly TBasisPerspective[] | null }): TDiagnosticResult {
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
