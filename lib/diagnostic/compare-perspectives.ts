import { z } from "zod";
import { classifyConstraint } from "@/lib/diagnostic/classify-constraint";
import { constraintProbeQuestions, requireQuestionnaire } from "@/lib/diagnostic/questionnaires";
import { classifyConstraintV2 } from "@/lib/diagnostic/v2/classify-constraint";
import { QUESTIONNAIRE_V2_VERSION } from "@/lib/diagnostic/v2/questionnaire";
import { ZConstraintClass, type TConstraintClass, type TConstraintResult } from "@/lib/diagnostic/result-schemas";
import type { TConstraintDefinition, TProbeValue } from "@/lib/diagnostic/schemas";

/**
 * Several views of the same leader: each respondent answers the constraint probes of a finished
 * intake, and the views are compared with the leader's own. Groups too small to stay anonymous are
 * pooled or withheld, so no individual's answers can be singled out.
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

/** A score that differs from the self-view by at least this many points (0-100) is a perception gap. */
export const PERCEPTION_GAP_POINTS = 20;

export type TRespondentAnswers = {
  perspective: TPerspective;
  /** Probe answers by constraint slot, then by question id. */
  probes: Readonly<Record<string, Readonly<Record<string, TProbeValue>>>>;
};

export type TComparedConstraint = { constraintId: string; definition: TConstraintDefinition };

const ZGroupId = z.enum(["self", "intake", "manager", "board", "peer", "board_and_peers"]);
export type TGroupId = z.infer<typeof ZGroupId>;

const ZView = z.object({
  groupId: ZGroupId,
  behavioralScore: z.number().int().min(0).max(100),
  executionScore: z.number().int().min(0).max(100),
  class: ZConstraintClass,
});

const ZGap = z.object({
  groupId: ZGroupId,
  kind: z.enum(["class", "behavioral", "execution"]),
  sentence: z.string(),
});

export const ZPerspectiveComparison = z.object({
  minGroupRespondents: z.number().int(),
  gapPoints: z.number().int(),
  /** The view the others are compared with: the leader's own answers, or the facilitated intake until the leader answers. */
  baseline: z.enum(["self", "intake"]),
  groups: z.array(z.object({ id: ZGroupId, label: z.string(), respondents: z.number().int().min(0) })),
  withheld: z.array(z.object({ label: z.string(), respondents: z.number().int().min(1) })),
  constraints: z.array(z.object({ constraintId: z.string(), title: z.string(), views: z.array(ZView), gaps: z.array(ZGap) })),
});
export type TPerspectiveComparison = z.infer<typeof ZPerspectiveComparison>;

const CLASS_WORDS: Record<TConstraintClass, string> = {
  behavioral: "behavioral",
  execution: "execution",
  dual: "dual",
  behavioral_team: "behavioral (team adoption)",
  no_clear_deficit: "no clear deficit",
  insufficient_evidence: "insufficient evidence",
};

type TGroup = { id: TGroupId; label: string; members: TRespondentAnswers[] };

/**
 * What the report will withhold from the invitations alone, before anyone answers: the same grouping
 * as the report (board members and peers pooled when each is below the minimum), counting every
 * invited respondent as if they answered. Shown when a consultant invites, so a board of two is not
 * a surprise in the report.
 */
export function forecastWithheldGroups(invited: readonly TPerspective[]): { label: string; invited: number; missing: number }[] {
  const { withheld } = formGroups(invited.map((perspective) => ({ perspective, probes: {} })));
  return withheld.map((w) => ({ label: w.label, invited: w.respondents, missing: MIN_GROUP_RESPONDENTS - w.respondents }));
}

/** Splits respondents into the groups shown, pooling or withholding the ones too small to be anonymous. */
function formGroups(respondents: readonly TRespondentAnswers[]): { groups: TGroup[]; withheld: { label: string; respondents: number }[] } {
  const of = (p: TPerspective) => respondents.filter((r) => r.perspective === p);
  const groups: TGroup[] = [];
  for (const p of ["self", "manager"] as const) {
    if (of(p).length > 0) groups.push({ id: p, label: PERSPECTIVE_LABELS[p].group, members: of(p) });
  }
  const small: TRespondentAnswers[] = [];
  for (const p of ANONYMOUS_PERSPECTIVES) {
    const members = of(p);
    if (members.length >= MIN_GROUP_RESPONDENTS) groups.push({ id: p as TGroupId, label: PERSPECTIVE_LABELS[p].group, members });
    else small.push(...members);
  }
  const withheld: { label: string; respondents: number }[] = [];
  if (small.length >= MIN_GROUP_RESPONDENTS) groups.push({ id: "board_and_peers", label: "Board members and peers (pooled)", members: small });
  else if (small.length > 0) withheld.push({ label: "Board members and peers", respondents: small.length });
  return { groups, withheld };
}

const mean = (values: readonly number[]) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);

/**
 * A group's view of one constraint: each member's answers are scored exactly as a diagnostic is,
 * then the scores are averaged and classed with the questionnaire's thresholds.
 */
function groupView(group: TGroup, constraint: TComparedConstraint, version: string) {
  const q = requireQuestionnaire(version);
  const rules = q.scoring;
  // Respondents answer the constraint items only: under v2 their view is scored without the intake's leader profile.
  const scored = group.members.map((m) => {
    const input = { constraintId: constraint.constraintId, definition: constraint.definition, probes: m.probes[constraint.constraintId] ?? {} };
    return version === QUESTIONNAIRE_V2_VERSION ? classifyConstraintV2(input, {}, undefined) : classifyConstraint(input, q);
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

function gapsAgainst(baseline: TView, baselineLabel: string, other: TView, otherLabel: string, lower: (s: string) => string): z.infer<typeof ZGap>[] {
  const gaps: z.infer<typeof ZGap>[] = [];
  if (other.class !== baseline.class && other.class !== "insufficient_evidence" && baseline.class !== "insufficient_evidence") {
    gaps.push({
      groupId: other.groupId,
      kind: "class",
      sentence: `Classed ${CLASS_WORDS[other.class]} by ${lower(otherLabel)}, ${CLASS_WORDS[baseline.class]} by the ${baselineLabel}.`,
    });
  }
  for (const axis of ["behavioral", "execution"] as const) {
    const delta = other[`${axis}Score`] - baseline[`${axis}Score`];
    if (Math.abs(delta) >= PERCEPTION_GAP_POINTS) {
      gaps.push({
        groupId: other.groupId,
        kind: axis,
        sentence: `${otherLabel}: ${axis} deficit ${Math.abs(delta)} points ${delta > 0 ? "higher" : "lower"} than the ${baselineLabel}.`,
      });
    }
  }
  return gaps;
}

/**
 * Compares every perspective with the leader's own view, constraint by constraint. Until the leader
 * has answered as a respondent, the facilitated intake stands in for the self-view.
 */
export function comparePerspectives(options: {
  questionnaireVersion: string;
  constraints: readonly TComparedConstraint[];
  intake: readonly TConstraintResult[];
  respondents: readonly TRespondentAnswers[];
}): TPerspectiveComparison {
  const probeIds = new Set(constraintProbeQuestions(requireQuestionnaire(options.questionnaireVersion)).map((p) => p.id));
  const respondents = options.respondents.map((r) => ({
    perspective: r.perspective,
    probes: Object.fromEntries(
      Object.entries(r.probes).map(([slot, answers]) => [slot, Object.fromEntries(Object.entries(answers).filter(([id]) => probeIds.has(id)))]),
    ),
  }));
  const { groups, withheld } = formGroups(respondents);
  const baselineId: "self" | "intake" = groups.some((g) => g.id === "self") ? "self" : "intake";
  const baselineLabel = baselineId === "self" ? "leader's self-view" : "facilitated intake";
  const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);
  const shown = [
    ...(baselineId === "intake" ? [{ id: "intake" as const, label: "Facilitated intake", respondents: 0 }] : []),
    ...groups.map((g) => ({ id: g.id, label: g.label, respondents: g.members.length })),
  ];

  const constraints = options.constraints.map((constraint) => {
    const intake = options.intake.find((c) => c.constraintId === constraint.constraintId);
    const views: TView[] = [];
    if (baselineId === "intake" && intake) {
      views.push({ groupId: "intake", behavioralScore: intake.behavioralScore, executionScore: intake.executionScore, class: intake.class });
    }
    for (const group of groups) views.push(groupView(group, constraint, options.questionnaireVersion));
    const baseline = views.find((v) => v.groupId === baselineId);
    const gaps = baseline
      ? views
          .filter((v) => v.groupId !== baselineId)
          .flatMap((v) => gapsAgainst(baseline, baselineLabel, v, shown.find((g) => g.id === v.groupId)?.label ?? v.groupId, lower))
      : [];
    return { constraintId: constraint.constraintId, title: intake?.title ?? constraint.constraintId, views, gaps };
  });

  return ZPerspectiveComparison.parse({
    minGroupRespondents: MIN_GROUP_RESPONDENTS,
    gapPoints: PERCEPTION_GAP_POINTS,
    baseline: baselineId,
    groups: shown,
    withheld,
    constraints,
  });
}
