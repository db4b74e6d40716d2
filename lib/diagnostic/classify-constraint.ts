import { findCatalogConstraint } from "@/lib/diagnostic/constraint-catalog";
import { PREVIOUS_QUESTIONNAIRE_VERSION, probeQuestions, requireQuestionnaire } from "@/lib/diagnostic/questionnaires";
import type { TConstraintClass, TConstraintResult, TEvidenceItem } from "@/lib/diagnostic/result-schemas";
import type { TConstraintInput, TProbeValue, TQuestionnaire, TScaleProbeQuestion, TScoringRules } from "@/lib/diagnostic/schemas";
import {
  CONFIDENCE_FULL_MARGIN,
  CONFIDENCE_HIGH,
  CONFIDENCE_MEDIUM,
  EVIDENCE_PER_AXIS,
  LEVEL_PHRASES,
  PROBE_SCALE_MAX,
} from "@/lib/diagnostic/scoring-rules";

type TAnswers = Readonly<Record<string, TProbeValue>>;

/** "dont_know" and missing answers count as 0: unknown is never evidence of a deficit. */
export function probeNumber(value: TProbeValue | undefined): number {
  return typeof value === "number" ? value : 0;
}

function isAnswered(value: TProbeValue | undefined): boolean {
  return typeof value === "number";
}

/** Blend of weighted mean and worst answer, 0-100, rounded. Non-decreasing in every answer. */
export function axisScore(probes: readonly TScaleProbeQuestion[], answers: TAnswers, rules: TScoringRules): number {
  if (probes.length === 0) return 0;
  let weightSum = 0;
  let weighted = 0;
  let peak = 0;
  for (const p of probes) {
    const v = probeNumber(answers[p.id]) / PROBE_SCALE_MAX;
    weightSum += p.weight;
    weighted += p.weight * v;
    peak = Math.max(peak, v);
  }
  const raw = rules.meanWeight * (weighted / weightSum) + rules.peakWeight * peak;
  return Math.min(100, Math.max(0, Math.round(100 * raw)));
}

export function constraintTitle(constraint: TConstraintInput): string {
  const d = constraint.definition;
  if (d.kind === "custom") return d.title;
  return findCatalogConstraint(d.catalogId)?.title ?? d.catalogId;
}

export function renderEvidence(template: string, title: string, value: 1 | 2 | 3): string {
  return template.replaceAll("{constraint}", title).replaceAll("{level}", LEVEL_PHRASES[value]);
}

function evidenceFor(
  probes: readonly TScaleProbeQuestion[],
  answers: TAnswers,
  rules: TScoringRules,
  constraintId: string,
  title: string,
): TEvidenceItem[] {
  const full = axisScore(probes, answers, rules);
  const items: TEvidenceItem[] = [];
  probes.forEach((p) => {
    const value = probeNumber(answers[p.id]);
    if (value < 1) return;
    const without = axisScore(probes, { ...answers, [p.id]: 0 }, rules);
    const level = value as 1 | 2 | 3;
    items.push({
      questionId: p.id,
      constraintId,
      axis: p.axis,
      indicator: p.indicator,
      value: level,
      points: full - without,
      sentence: renderEvidence(p.evidenceTemplate, title, level),
    });
  });
  // Stable sort keeps questionnaire order between equal items, so the output is deterministic.
  return items.sort((a, b) => b.points - a.points || b.value - a.value).slice(0, EVIDENCE_PER_AXIS);
}

function share(probes: readonly TScaleProbeQuestion[], answers: TAnswers): number {
  if (probes.length === 0) return 1;
  return probes.filter((p) => isAnswered(answers[p.id])).length / probes.length;
}

function crossAnswer(all: readonly TScaleProbeQuestion[], answers: TAnswers, axis: "complexity" | "persistence"): TProbeValue {
  const probe = all.find((p) => p.axis === axis);
  return (probe && answers[probe.id]) ?? "dont_know";
}

const round2 = (n: number) => Math.round(n * 100) / 100;

const SUMMARIES: Record<TConstraintClass, string> = {
  behavioral: "The constraint sits mainly in the leader's own habits; the system around them looks workable.",
  execution: "The constraint sits mainly in the operating system around the leader, not in the leader.",
  dual: "Both the leader's habits and the operating system around them hold this constraint in place.",
  behavioral_team: "The systems exist, but the permanent team does not adopt them.",
  no_clear_deficit: "Neither the leader's habits nor the operating system show a clear deficit on this constraint.",
  insufficient_evidence: "Too many answers are \"don't know\" to say where this constraint sits.",
};

/**
 * Scores one constraint on both axes and classes it. Pure and deterministic: the same constraint and
 * questionnaire version always give the same result, whatever other constraints exist.
 */
export function classifyConstraint(
  constraint: TConstraintInput,
  questionnaire: TQuestionnaire = requireQuestionnaire(PREVIOUS_QUESTIONNAIRE_VERSION),
): TConstraintResult {
  const rules = questionnaire.scoring;
  const answers = constraint.probes;
  const all = probeQuestions(questionnaire);
  const behavioral = all.filter((p) => p.axis === "behavioral");
  // A problem that would outlast a change of leader is structural, so persistence counts on the execution axis.
  const execution = all.filter((p) => p.axis === "execution" || p.axis === "persistence");
  const title = constraintTitle(constraint);

  const behavioralScore = axisScore(behavioral, answers, rules);
  const executionScore = axisScore(execution, answers, rules);
  const answeredShare = share(all, answers);
  const bShare = share(behavioral, answers);
  const eShare = share(execution, answers);

  const bDeficit = behavioralScore >= rules.deficitThreshold;
  const eDeficit = executionScore >= rules.deficitThreshold;
  const bUnknown = !bDeficit && bShare < rules.minAxisAnsweredShare;
  const eUnknown = !eDeficit && eShare < rules.minAxisAnsweredShare;

  let cls: TConstraintClass;
  if (answeredShare < rules.minAnsweredShare) cls = "insufficient_evidence";
  else if (bDeficit && eDeficit) cls = "dual";
  else if (bDeficit) cls = "behavioral";
  else if (eDeficit) cls = "execution";
  else if (bUnknown || eUnknown) cls = "insufficient_evidence";
  else cls = "no_clear_deficit";

  const margin = (score: number, unknown: boolean) =>
    unknown ? 0 : Math.min(1, Math.abs(score - rules.deficitThreshold) / CONFIDENCE_FULL_MARGIN);
  const decisiveness = Math.min(margin(behavioralScore, bUnknown), margin(executionScore, eUnknown));
  const value = round2(answeredShare * (0.5 + 0.5 * decisiveness));
  const level = value >= CONFIDENCE_HIGH ? "high" : value >= CONFIDENCE_MEDIUM ? "medium" : "low";

  let summary = SUMMARIES[cls];
  if (cls === "behavioral" && eUnknown) summary += " The structural side is mostly unknown, so treat it as open.";
  if (cls === "execution" && bUnknown) summary += " The behavioral side is mostly unknown, so treat it as open.";

  return {
    constraintId: constraint.constraintId,
    title,
    catalogId: constraint.definition.kind === "catalog" ? constraint.definition.catalogId : null,
    behavioralScore,
    executionScore,
    class: cls,
    confidence: { level, value },
    answeredShare: round2(answeredShare),
    behavioralAnsweredShare: round2(bShare),
    executionAnsweredShare: round2(eShare),
    complexityExceedsExperience: crossAnswer(all, answers, "complexity"),
    persistsIfReplaced: crossAnswer(all, answers, "persistence"),
    evidence: {
      behavioral: evidenceFor(behavioral, answers, rules, constraint.constraintId, title),
      execution: evidenceFor(execution, answers, rules, constraint.constraintId, title),
    },
    summary,
  };
}
