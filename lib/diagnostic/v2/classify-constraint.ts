import type { TConstraintClass, TConstraintResult, TEvidenceItem } from "@/lib/diagnostic/result-schemas";
import type { TConstraintArea, TConstraintInput, TProbeValue, TRoleStretch, TScaleProbeQuestion } from "@/lib/diagnostic/schemas";
import { findCatalogConstraintV2 } from "@/lib/diagnostic/v2/constraint-catalog";
import { CONSTRAINT_ITEMS_V2, PROFILE_V2 } from "@/lib/diagnostic/v2/questionnaire";
import { RULES_V2 as R } from "@/lib/diagnostic/v2/scoring-rules";

type TAnswers = Readonly<Record<string, TProbeValue>>;

const SYSTEM = CONSTRAINT_ITEMS_V2.filter((q) => q.axis === "execution");
const LEADER = CONSTRAINT_ITEMS_V2.find((q) => q.axis === "behavioral")!;
const ADOPTION = CONSTRAINT_ITEMS_V2.find((q) => q.axis === "adoption")!;
const ATTRIBUTION = CONSTRAINT_ITEMS_V2.find((q) => q.axis === "attribution")!;
/** The items whose answers decide the class; the attribution item only tilts the scores. */
const DIRECT = [...SYSTEM, LEADER];

const num = (v: TProbeValue | undefined): number | null => (typeof v === "number" ? v : null);

/** An answer as a deficit on 0-3: reverse-keyed items describe a strength. */
export function deficitValue(question: TScaleProbeQuestion, value: TProbeValue | undefined): number | null {
  const n = num(value);
  if (n === null) return null;
  return question.reverse ? R.scaleMax - n : n;
}

/** Strongest sign plus a step for each further clear sign, capped at the scale maximum. */
function directStrength(peak: number, furtherClear: number): number {
  return Math.min(R.scaleMax, peak + Math.min(R.breadthMax, furtherClear * R.breadthStep));
}

function blend(direct: number, attributionSignal: number | null): number {
  const raw = attributionSignal === null ? direct / R.scaleMax : (R.directWeight * direct + R.attributionWeight * attributionSignal) / R.scaleMax;
  return Math.max(0, Math.min(100, Math.round(100 * raw)));
}

/** Without a direct sign at "clearly" or worse, an axis stays under the threshold whatever the attribution says. */
function capWithoutClearSign(score: number, peak: number): number {
  return peak >= R.clearAnswer ? score : Math.min(score, R.deficitThreshold - 1);
}

/** Profile dimensions that read as a habit to work on ("often" or worse after reverse-keying). */
export function profileFocus(profile: TAnswers): TScaleProbeQuestion[] {
  return PROFILE_V2.filter((q) => (deficitValue(q, profile[q.id]) ?? 0) >= R.profileFocus);
}

function profileFocusCount(profile: TAnswers): number {
  let count = 0;
  for (const q of PROFILE_V2) if ((deficitValue(q, profile[q.id]) ?? 0) >= R.profileFocus) count += 1;
  return count;
}

export type TCoreScores = {
  behavioralScore: number;
  executionScore: number;
  adoption: number | null;
  behavioralOpen: boolean;
  executionOpen: boolean;
  answeredShare: number;
  behavioralShare: number;
  executionShare: number;
  cls: TConstraintClass;
};

/**
 * The scoring and class of one constraint, without explanations: used directly and for the
 * "one answer step" searches behind borderline classes and "what would change it".
 */
export function scoreConstraint(answers: TAnswers, profile: TAnswers, focusCount?: number): TCoreScores {
  // Plain loops: this runs a few hundred times per diagnostic for the borderline and what-would-change searches.
  let systemAnswered = 0;
  let peak = -1;
  let clearSigns = 0;
  for (const q of SYSTEM) {
    const v = answers[q.id];
    if (typeof v !== "number") continue;
    systemAnswered += 1;
    if (v > peak) peak = v;
    if (v >= R.clearAnswer) clearSigns += 1;
  }
  const leader = num(answers[LEADER.id]);
  const adoption = num(answers[ADOPTION.id]);
  const attribution = num(answers[ATTRIBUTION.id]);

  let executionScore = 0;
  if (systemAnswered > 0) {
    const further = clearSigns - (peak >= R.clearAnswer ? 1 : 0);
    executionScore = capWithoutClearSign(blend(directStrength(peak, further), attribution), peak);
  }
  let behavioralScore = 0;
  if (leader !== null) {
    // Person-level habits corroborate only a constraint the leader's own habits already feed.
    const further = leader >= R.clearAnswer ? (focusCount ?? profileFocusCount(profile)) : 0;
    behavioralScore = capWithoutClearSign(blend(directStrength(leader, further), attribution === null ? null : R.scaleMax - attribution), leader);
  }

  const executionShare = systemAnswered / SYSTEM.length;
  const behavioralShare = leader === null ? 0 : 1;
  const answeredShare = (systemAnswered + (leader === null ? 0 : 1)) / DIRECT.length;
  const bDef = leader !== null && behavioralScore >= R.deficitThreshold;
  const eDef = systemAnswered > 0 && executionScore >= R.deficitThreshold;
  const tDef = adoption !== null && adoption >= R.adoptionDeficit;
  const behavioralOpen = !bDef && behavioralShare < R.minAxisAnsweredShare;
  const executionOpen = !eDef && executionShare < R.minAxisAnsweredShare;

  let cls: TConstraintClass;
  if (answeredShare < R.minAnsweredShare) cls = "insufficient_evidence";
  else if (tDef && !eDef) cls = "behavioral_team";
  else if ((bDef || tDef) && eDef) cls = "dual";
  else if (bDef) cls = "behavioral";
  else if (eDef) cls = "execution";
  else if (behavioralOpen || executionOpen) cls = "insufficient_evidence";
  else cls = "no_clear_deficit";
  return { behavioralScore, executionScore, adoption, behavioralOpen, executionOpen, answeredShare, behavioralShare, executionShare, cls };
}

const CLASS_WORDS_V2: Record<TConstraintClass, string> = {
  behavioral: "behavioral (the leader)",
  behavioral_team: "behavioral (team adoption)",
  execution: "execution",
  dual: "dual",
  no_clear_deficit: "no clear deficit",
  insufficient_evidence: "insufficient evidence",
};

/** First words of an option label, lower-cased: "No: they would have it in hand" -> "no". */
function answerWords(question: TScaleProbeQuestion, value: TProbeValue | number): string {
  const label = question.options.find((o) => o.value === value)?.label ?? String(value);
  return (label.split(":")[0] ?? label).toLowerCase();
}

const ALL_ITEMS = [...CONSTRAINT_ITEMS_V2, ...PROFILE_V2];

type TAnswerStep = { question: TScaleProbeQuestion; scope: "constraint" | "profile"; from: number; to: number };

/** Every single answer moved one step up or down, for the borderline search. */
function oneStepChanges(answers: TAnswers, profile: TAnswers): TAnswerStep[] {
  const steps: TAnswerStep[] = [];
  // The profile reaches a constraint only through a leader's-habits answer at "clearly" or worse (or one step below it).
  const leader = num(answers[LEADER.id]);
  const items = leader !== null && leader >= R.clearAnswer - 1 ? ALL_ITEMS : CONSTRAINT_ITEMS_V2;
  for (const question of items) {
    const scope = question.axis === "profile" ? "profile" : "constraint";
    const value = num((scope === "profile" ? profile : answers)[question.id]);
    if (value === null) continue;
    for (const to of [value - 1, value + 1]) if (to >= 0 && to <= R.scaleMax) steps.push({ question, scope, from: value, to });
  }
  return steps;
}

function applyStep(answers: TAnswers, profile: TAnswers, step: TAnswerStep): { answers: TAnswers; profile: TAnswers } {
  return step.scope === "profile"
    ? { answers, profile: { ...profile, [step.question.id]: step.to as TProbeValue } }
    : { answers: { ...answers, [step.question.id]: step.to as TProbeValue }, profile };
}

function describeStep(step: TAnswerStep): string {
  return `${step.question.short ?? step.question.indicator}: “${answerWords(step.question, step.from as TProbeValue)}” → “${answerWords(step.question, step.to as TProbeValue)}”`;
}

function areaOf(constraint: TConstraintInput): TConstraintArea {
  const d = constraint.definition;
  if (d.kind === "custom") return d.area ?? "leadership_system";
  return findCatalogConstraintV2(d.catalogId)?.area ?? "leadership_system";
}

function constraintTitleV2(constraint: TConstraintInput): string {
  const d = constraint.definition;
  return d.kind === "custom" ? d.title : (findCatalogConstraintV2(d.catalogId)?.title ?? d.catalogId);
}

const LEVEL = { 1: "a minor", 2: "a clear", 3: "a strong" } as const;
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function evidence(constraintId: string, answers: TAnswers, profile: TAnswers, axis: "behavioral" | "execution"): TEvidenceItem[] {
  const full = scoreConstraint(answers, profile);
  const items: { q: TScaleProbeQuestion; value: number; scope: "constraint" | "profile" }[] = [];
  if (axis === "execution") {
    for (const q of SYSTEM) {
      const v = num(answers[q.id]);
      if (v !== null && v >= 1) items.push({ q, value: v, scope: "constraint" });
    }
  } else {
    const leader = num(answers[LEADER.id]);
    if (leader !== null && leader >= 1) {
      items.push({ q: LEADER, value: leader, scope: "constraint" });
      if (leader >= R.clearAnswer) for (const q of profileFocus(profile)) items.push({ q, value: deficitValue(q, profile[q.id]) ?? 0, scope: "profile" });
    }
  }
  const key = axis === "execution" ? "executionScore" : "behavioralScore";
  return items
    .map(({ q, value, scope }) => {
      const lowered = scope === "profile" ? scoreConstraint(answers, { ...profile, [q.id]: q.reverse ? 3 : 0 }) : scoreConstraint({ ...answers, [q.id]: 0 }, profile);
      const level = Math.min(3, Math.max(1, value)) as 1 | 2 | 3;
      return {
        questionId: q.id,
        constraintId,
        axis: q.axis,
        indicator: q.indicator,
        value: level,
        points: Math.max(0, full[key] - lowered[key]),
        sentence: capitalize(q.evidenceTemplate.replaceAll("{level}", LEVEL[level])) + ".",
      };
    })
    .sort((a, b) => b.points - a.points || b.value - a.value)
    .slice(0, 3);
}

const SUMMARIES: Record<TConstraintClass, string> = {
  behavioral: "The leader's own habits keep this going; the system around it looks workable.",
  behavioral_team: "The systems for this exist and look sound, but the permanent team does not adopt them.",
  execution: "This sits in the operating system around the leader: a capable person in the seat would face it too.",
  dual: "Both how people lead it and the system behind it hold this in place.",
  no_clear_deficit: "Neither the leader's habits nor the system show a clear deficit here.",
  insufficient_evidence: "Too many answers are \"don't know\" to say where this sits.",
};

const ATTRIBUTION_WORDS = ["person", "mixed", "mixed", "system"] as const;

/**
 * Scores one constraint of a v2 diagnostic and classes it, with the answers that decided it, whether
 * it is borderline and what would settle it. Pure and deterministic.
 */
export function classifyConstraintV2(constraint: TConstraintInput, profile: TAnswers, roleStretch: TRoleStretch | undefined): TConstraintResult {
  const answers = constraint.probes;
  const focusCount = profileFocus(profile).length;
  const core = scoreConstraint(answers, profile, focusCount);
  const title = constraintTitleV2(constraint);

  // Borderline: one answer, one step away, would change the class.
  const flips = oneStepChanges(answers, profile)
    .map((step) => {
      const changed = applyStep(answers, profile, step);
      return { step, cls: scoreConstraint(changed.answers, changed.profile, step.scope === "profile" ? undefined : focusCount).cls };
    })
    .filter((f) => f.cls !== core.cls);
  const settle = flips.slice(0, 3).map((f) => `${describeStep(f.step)} would make it ${CLASS_WORDS_V2[f.cls]}`);
  const borderline = settle.length > 0 ? { settle: [...settle, "A second person's answers on this constraint would settle it."] } : null;

  const deficitScores = [
    ...(core.cls === "behavioral" || core.cls === "dual" ? [core.behavioralScore] : []),
    ...(core.cls === "execution" || core.cls === "dual" ? [core.executionScore] : []),
  ];
  const adoptionScore = core.adoption === null ? null : Math.round((100 * core.adoption) / R.scaleMax);
  const teamDeficit = core.adoption !== null && core.adoption >= R.adoptionDeficit;
  const strongest = Math.max(0, ...deficitScores, teamDeficit ? (adoptionScore ?? 0) : 0);
  const hasDeficit = deficitScores.length > 0 || teamDeficit;
  // Minor: the deficit sits just over the threshold, or one answer step would remove it; a flip
  // between two deficit classes (execution and dual) does not make the deficit itself any smaller.
  const noDeficit: readonly string[] = ["no_clear_deficit", "insufficient_evidence"];
  const fragile = flips.some((f) => noDeficit.includes(f.cls)) || strongest < R.deficitThreshold + R.nearMargin;
  const severity = !hasDeficit ? "none" : fragile ? "minor" : strongest >= R.strongScore ? "strong" : "clear";

  const margin = (score: number, open: boolean) => (open ? 0 : Math.min(1, Math.abs(score - R.deficitThreshold) / R.decisiveMargin));
  const decisiveness = Math.min(margin(core.behavioralScore, core.behavioralOpen), margin(core.executionScore, core.executionOpen));
  const value = Math.round(100 * core.answeredShare * (0.5 + 0.5 * (borderline ? Math.min(decisiveness, 0.5) : decisiveness))) / 100;
  const level = value >= R.confidenceHigh ? "high" : value >= R.confidenceMedium ? "medium" : "low";

  // The strongest answers, in a few words each.
  const candidates: { text: string; weight: number }[] = [];
  for (const q of CONSTRAINT_ITEMS_V2) {
    const v = num(answers[q.id]);
    if (v === null) continue;
    if (q.axis === "attribution") {
      if (v === 0 || v === 3) candidates.push({ text: `${q.short}: ${answerWords(q, v)}`, weight: 2.5 });
    } else if (v >= R.clearAnswer) candidates.push({ text: `${q.short}: ${answerWords(q, v)}`, weight: v });
  }
  if ((num(answers[LEADER.id]) ?? 0) >= R.clearAnswer) {
    for (const q of profileFocus(profile)) candidates.push({ text: `${q.short}: ${answerWords(q, profile[q.id]!)}`, weight: 1.5 });
  }
  const keyAnswers = candidates.sort((a, b) => b.weight - a.weight).slice(0, 3).map((c) => c.text);

  const checks: string[] = [];
  const systemAnswered = SYSTEM.map((q) => num(answers[q.id])).filter((v): v is number => v !== null);
  const attribution = num(answers[ATTRIBUTION.id]);
  if (attribution === 3 && systemAnswered.length >= 3 && systemAnswered.every((v) => v === 0)) {
    checks.push("Anyone in the seat would face it, yet every question about the system behind it reads “not at all”: where does the problem sit?");
  }
  if (attribution === 0 && num(answers[LEADER.id]) === 0 && systemAnswered.length >= 3 && systemAnswered.every((v) => v <= 1)) {
    checks.push("A capable person would have it in hand, yet neither the leader's habits nor the system show a problem: is this constraint still live?");
  }

  let summary = SUMMARIES[core.cls];
  if (core.cls === "behavioral" && core.executionOpen) summary += " The system side is mostly unknown: treat it as open.";
  if ((core.cls === "execution" || core.cls === "behavioral_team") && core.behavioralOpen) summary += " The leader's side is unknown: treat it as open.";
  if (core.cls === "dual" && teamDeficit && core.behavioralScore < R.deficitThreshold) {
    summary = "The system behind this needs rebuilding, and the permanent team already drops what is brought in: both must be worked on together.";
  }

  const stretch = roleStretch === "within" ? 0 : roleStretch === "step_up" ? 1 : roleStretch === "big_step" ? 3 : "dont_know";
  return {
    constraintId: constraint.constraintId,
    title,
    catalogId: constraint.definition.kind === "catalog" ? constraint.definition.catalogId : null,
    behavioralScore: core.behavioralScore,
    executionScore: core.executionScore,
    class: core.cls,
    confidence: { level, value },
    answeredShare: Math.round(core.answeredShare * 100) / 100,
    behavioralAnsweredShare: core.behavioralShare,
    executionAnsweredShare: Math.round(core.executionShare * 100) / 100,
    complexityExceedsExperience: stretch,
    persistsIfReplaced: answers[ATTRIBUTION.id] ?? "dont_know",
    evidence: {
      behavioral: evidence(constraint.constraintId, answers, profile, "behavioral"),
      execution: evidence(constraint.constraintId, answers, profile, "execution"),
    },
    summary,
    v2: {
      area: areaOf(constraint),
      adoptionScore,
      attribution: attribution === null ? "unknown" : ATTRIBUTION_WORDS[attribution]!,
      severity,
      openSide: core.behavioralOpen ? "behavioral" : core.executionOpen ? "execution" : null,
      borderline,
      keyAnswers,
      checks,
    },
  };
}
