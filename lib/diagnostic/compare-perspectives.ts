import { z } from "zod";
import { classInWords } from "@/lib/diagnostic/class-labels";
import { classifyConstraint } from "@/lib/diagnostic/classify-constraint";
import { constraintProbeQuestions, requireQuestionnaire } from "@/lib/diagnostic/questionnaires";
import { classifyConstraintV2 } from "@/lib/diagnostic/v2/classify-constraint";
import { QUESTIONNAIRE_V2_VERSION } from "@/lib/diagnostic/v2/questionnaire";
import {
  ZConstraintClass,
  ZPerspectiveGroupId,
  type TBasisPerspective,
  type TConstraintClass,
  type TConstraintResult,
  type TPerspectiveGroupId,
} from "@/lib/diagnostic/result-schemas";
import type { TConstraintDefinition, TProbeValue } from "@/lib/diagnostic/schemas";

/**
 * Several views of the same leader: each respondent answers the constraint probes of a finished
 * intake, and every view is compared with the verdict (perspective-verdict.ts decides which views it
 * rests on). Groups too small to stay anonymous are pooled, shown with their consent, or withheld, so
 * no individual's answers can be singled out.
 */

export const ZPerspective = z.enum(["self", "manager", "board", "peer"]);
export type TPerspective = z.infer<typeof ZPerspective>;

export const PERSPECTIVE_LABELS: Record<TPerspective, { one: string; group: string }> = {
  self: { one: "The leader (self-view)", group: "Self-view" },
  manager: { one: "Manager or CEO", group: "Manager or CEO" },
  board: { one: "Board member", group: "Board members" },
  peer: { one: "Peer", group: "Peers" },
};

/**
 * Board members and peers are shown as a group only when at least this many answered (with two,
 * each member could subtract their own answers from the average and read the other's). A smaller
 * group is pooled with the other small group ("Board and peers"); a pool still below the minimum is
 * withheld. The self-view and the manager are one known person each, and are told so when invited.
 */
export const MIN_GROUP_RESPONDENTS = 3;
export const ANONYMOUS_PERSPECTIVES: readonly TPerspective[] = ["board", "peer"];

/**
 * A view whose score differs from the verdict by at least this many points (0-100) is a perception
 * gap: more than one answer step on the item behind it, so a single notch of disagreement is not
 * reported as a gap.
 */
export const PERCEPTION_GAP_POINTS = 34;

export type TRespondentAnswers = {
  perspective: TPerspective;
  /** Probe answers by constraint slot, then by question id. */
  probes: Readonly<Record<string, Readonly<Record<string, TProbeValue>>>>;
  /** Agreed, on their invitation, to be shown as a board or peer group smaller than the minimum. */
  smallGroupConsent?: boolean;
};

type TProfile = Readonly<Record<string, TProbeValue>>;

export type TComparedConstraint = { constraintId: string; definition: TConstraintDefinition };

/** A group of fewer than the minimum is shown on its own only when all its members agreed, and never a group of one. */
export const MIN_CONSENTED_GROUP = 2;

const ZView = z.object({
  groupId: ZPerspectiveGroupId,
  behavioralScore: z.number().int().min(0).max(100),
  executionScore: z.number().int().min(0).max(100),
  class: ZConstraintClass,
});

const ZGap = z.object({
  groupId: ZPerspectiveGroupId,
  kind: z.enum(["class", "behavioral", "execution"]),
  sentence: z.string(),
});

export const ZPerspectiveComparison = z.object({
  minGroupRespondents: z.number().int(),
  gapPoints: z.number().int(),
  /** Every view is compared with the verdict: the combined view of the perspectives it rests on. */
  baseline: z.literal("verdict"),
  groups: z.array(z.object({ id: ZPerspectiveGroupId, label: z.string(), respondents: z.number().int().min(0), counted: z.boolean() })),
  withheld: z.array(z.object({ label: z.string(), respondents: z.number().int().min(1) })),
  constraints: z.array(z.object({ constraintId: z.string(), title: z.string(), views: z.array(ZView), gaps: z.array(ZGap) })),
});
export type TPerspectiveComparison = z.infer<typeof ZPerspectiveComparison>;

export type TRespondentGroup = { id: TPerspectiveGroupId; label: string; members: TRespondentAnswers[]; perspectives: TPerspective[] };

/**
 * What the report will withhold from the invitations alone, before anyone answers: the same grouping
 * as the report (board members and peers pooled when each is below the minimum), counting every
 * invited respondent as if they answered. Shown when a consultant invites, so a board of two is not
 * a surprise in the report.
 */
export function forecastWithheldGroups(invited: readonly TPerspective[]): { label: string; invited: number; missing: number }[] {
  const { withheld } = groupRespondents(invited.map((perspective) => ({ perspective, probes: {} })));
  return withheld.map((w) => ({ label: w.label, invited: w.respondents, missing: MIN_GROUP_RESPONDENTS - w.respondents }));
}

/**
 * Splits respondents into the groups shown. Board members and peers below the minimum are shown on
 * their own only when every one of them (at least two) consented on their invitation; otherwise
 * they are pooled together, and a pool still below the minimum is withheld.
 */
export function groupRespondents(respondents: readonly TRespondentAnswers[]): { groups: TRespondentGroup[]; withheld: { label: string; respondents: number }[] } {
  const of = (p: TPerspective) => respondents.filter((r) => r.perspective === p);
  const groups: TRespondentGroup[] = [];
  for (const p of ["self", "manager"] as const) {
    if (of(p).length > 0) groups.push({ id: p, label: PERSPECTIVE_LABELS[p].group, members: of(p), perspectives: [p] });
  }
  const small: TRespondentAnswers[] = [];
  for (const p of ANONYMOUS_PERSPECTIVES) {
    const members = of(p);
    if (members.length >= MIN_GROUP_RESPONDENTS) groups.push({ id: p, label: PERSPECTIVE_LABELS[p].group, members, perspectives: [p] });
    else if (members.length >= MIN_CONSENTED_GROUP && members.every((m) => m.smallGroupConsent)) {
      groups.push({ id: p, label: `${PERSPECTIVE_LABELS[p].group}, shown with their consent`, members, perspectives: [p] });
    } else small.push(...members);
  }
  const withheld: { label: string; respondents: number }[] = [];
  const pooled = [...new Set(small.map((m) => m.perspective))];
  if (small.length >= MIN_GROUP_RESPONDENTS) groups.push({ id: "board_and_peers", label: "Board members and peers (pooled)", members: small, perspectives: pooled });
  else if (small.length > 0) withheld.push({ label: "Board members and peers", respondents: small.length });
  return { groups, withheld };
}

const mean = (values: readonly number[]) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);

/**
 * A group's view of one constraint: each member's answers are scored exactly as a diagnostic is,
 * then the scores are averaged and classed with the questionnaire's thresholds.
 */
export function groupView(group: TRespondentGroup, constraint: TComparedConstraint, version: string, profile: TProfile = {}) {
  const q = requireQuestionnaire(version);
  const rules = q.scoring;
  // Respondents answer the constraint items only; under v2 every view is scored with the intake's
  // leader profile, so that views differ only where their answers about the constraint differ.
  const scored = group.members.map((m) => {
    const input = { constraintId: constraint.constraintId, definition: constraint.definition, probes: m.probes[constraint.constraintId] ?? {} };
    return version === QUESTIONNAIRE_V2_VERSION ? classifyConstraintV2(input, profile, undefined) : classifyConstraint(input, q);
  });
  const behavioralScore = Math.round(mean(scored.map((s) => s.behavioralScore)));
  const executionScore = Math.round(mean(scored.map((s) => s.executionScore)));
  const answered = mean(scored.map((s) => s.answeredShare));
  const b = behavioralScore >= rules.deficitThreshold;
  const e = executionScore >= rules.deficitThreshold;
  const cls: TConstraintClass =
    answered < rules.minAnsweredShare ? "insufficient_evidence" : b && e ? "dual" : b ? "behavioral" : e ? "execution" : "no_clear_deficit";
  return { groupId: group.id, behavioralScore, executionScore, class: cls };
}

type TView = z.infer<typeof ZView>;

function gapsAgainstVerdict(verdict: TView, other: TView, otherLabel: string): z.infer<typeof ZGap>[] {
  const gaps: z.infer<typeof ZGap>[] = [];
  if (other.class !== verdict.class && other.class !== "insufficient_evidence" && verdict.class !== "insufficient_evidence") {
    gaps.push({
      groupId: other.groupId,
      kind: "class",
      sentence: `${otherLabel}: ${classInWords(other.class)}, where the verdict reads ${classInWords(verdict.class)}.`,
    });
  }
  // A view without enough answers says "we don't know", not "no problem": no score gap from it.
  if (other.class === "insufficient_evidence") return gaps;
  for (const axis of ["behavioral", "execution"] as const) {
    const delta = other[`${axis}Score`] - verdict[`${axis}Score`];
    if (Math.abs(delta) >= PERCEPTION_GAP_POINTS) {
      const what = axis === "behavioral" ? "of the leader's own habits in this" : "of a system problem here";
      gaps.push({
        groupId: other.groupId,
        kind: axis,
        sentence: `${otherLabel}: ${delta > 0 ? "more" : "less"} ${what} than the verdict sees (${axis} ${other[`${axis}Score`]} against ${verdict[`${axis}Score`]}).`,
      });
    }
  }
  return gaps;
}

/**
 * Every perspective beside the verdict, constraint by constraint: the facilitated intake on its own,
 * then each group shown. A perspective that classes a constraint differently from the verdict, or
 * scores it far from it, is a perception gap. `intakeAlone` is the intake's own classification when
 * the verdict combines several views (the verdict is the intake's when it does not).
 */
export function comparePerspectives(options: {
  questionnaireVersion: string;
  constraints: readonly TComparedConstraint[];
  verdict: readonly TConstraintResult[];
  intakeAlone?: readonly TConstraintResult[];
  intakeLabel?: string;
  respondents: readonly TRespondentAnswers[];
  /** Perspectives counted in the verdict; the intake alone when not given. */
  counted?: readonly TBasisPerspective[];
  /** v2: the intake's leader profile, applied to every view. */
  profile?: TProfile;
}): TPerspectiveComparison {
  const probeIds = new Set(constraintProbeQuestions(requireQuestionnaire(options.questionnaireVersion)).map((p) => p.id));
  const respondents = options.respondents.map((r) => ({
    ...r,
    probes: Object.fromEntries(
      Object.entries(r.probes).map(([slot, answers]) => [slot, Object.fromEntries(Object.entries(answers).filter(([id]) => probeIds.has(id)))]),
    ),
  }));
  const { groups, withheld } = groupRespondents(respondents);
  const counted = new Set<TBasisPerspective>(options.counted ?? ["intake"]);
  const shown = [
    { id: "verdict" as const, label: "Verdict", respondents: 0, counted: false },
    { id: "intake" as const, label: options.intakeLabel ?? "Facilitated intake", respondents: 0, counted: counted.has("intake") },
    ...groups.map((g) => ({ id: g.id, label: g.label, respondents: g.members.length, counted: g.perspectives.some((p) => counted.has(p)) })),
  ];
  const labelOf = (id: TPerspectiveGroupId) => shown.find((g) => g.id === id)?.label ?? id;

  const constraints = options.constraints.map((constraint) => {
    const verdict = options.verdict.find((c) => c.constraintId === constraint.constraintId);
    const alone = options.intakeAlone?.find((c) => c.constraintId === constraint.constraintId) ?? verdict;
    const views: TView[] = [];
    if (verdict) views.push({ groupId: "verdict", behavioralScore: verdict.behavioralScore, executionScore: verdict.executionScore, class: verdict.class });
    if (alone) views.push({ groupId: "intake", behavioralScore: alone.behavioralScore, executionScore: alone.executionScore, class: alone.class });
    for (const group of groups) views.push(groupView(group, constraint, options.questionnaireVersion, options.profile));
    const baseline = views.find((v) => v.groupId === "verdict");
    const gaps = baseline ? views.filter((v) => v.groupId !== "verdict").flatMap((v) => gapsAgainstVerdict(baseline, v, labelOf(v.groupId))) : [];
    return { constraintId: constraint.constraintId, title: verdict?.title ?? constraint.constraintId, views, gaps };
  });

  return ZPerspectiveComparison.parse({
    minGroupRespondents: MIN_GROUP_RESPONDENTS,
    gapPoints: PERCEPTION_GAP_POINTS,
    baseline: "verdict",
    groups: shown,
    withheld,
    constraints,
  });
}
