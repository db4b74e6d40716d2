import type { TConstraintClass, TRecommendationKind } from "@/lib/diagnostic/result-schemas";
import type { TProbeValue, TRetentionIntent } from "@/lib/diagnostic/schemas";
import { profileFocus, type TCoreScores } from "@/lib/diagnostic/v2/classify-constraint";
import { CONSTRAINT_ITEMS_V2 } from "@/lib/diagnostic/v2/questionnaire";
import { RULES_V2 as R } from "@/lib/diagnostic/v2/scoring-rules";

type TAnswers = Readonly<Record<string, TProbeValue>>;

/**
 * How much each side weighs on one constraint. A deficit weighs by its level (a deficit within
 * `nearMargin` points of the threshold counts as minor) and by its breadth: a side resting on a single
 * sign is narrow and weighs `narrowFactor` of a broad one. Symmetric by construction:
 * - system: broad with two or more system items at "clearly" or worse;
 * - leader: broad when the leader's-habits item is "clearly" or worse and the profile shows at least
 *   one habit at "often" or worse;
 * - team: the adoption item ("clearly" weighs 1, "severely" 1.5).
 */
export const NEAR_MARGIN = R.nearMargin;
export const NARROW_FACTOR = 0.6;

export type TSideWeights = { leader: number; team: number; system: number };

const SYSTEM_IDS = CONSTRAINT_ITEMS_V2.filter((q) => q.axis === "execution").map((q) => q.id);
const LEADER_ID = CONSTRAINT_ITEMS_V2.find((q) => q.axis === "behavioral")!.id;

function level(score: number): number {
  if (score < R.deficitThreshold) return 0;
  if (score < R.deficitThreshold + NEAR_MARGIN) return R.weights.minor;
  return score >= R.strongScore ? R.weights.strong : R.weights.clear;
}

export function sideWeights(core: TCoreScores, answers: TAnswers, profile: TAnswers): TSideWeights {
  if (core.cls === "insufficient_evidence") return { leader: 0, team: 0, system: 0 };
  const bDef = core.cls === "behavioral" || (core.cls === "dual" && core.behavioralScore >= R.deficitThreshold);
  const eDef = core.cls === "execution" || core.cls === "dual";
  const tDef = (core.cls === "behavioral_team" || core.cls === "dual") && core.adoption !== null && core.adoption >= R.adoptionDeficit;
  const clearSystem = SYSTEM_IDS.filter((id) => {
    const v = answers[id];
    return typeof v === "number" && v >= R.clearAnswer;
  }).length;
  const leaderAnswer = answers[LEADER_ID];
  const leaderBroad = typeof leaderAnswer === "number" && leaderAnswer >= R.clearAnswer && profileFocus(profile).length > 0;
  return {
    leader: bDef ? level(core.behavioralScore) * (leaderBroad ? 1 : NARROW_FACTOR) : 0,
    system: eDef ? level(core.executionScore) * (clearSystem >= 2 ? 1 : NARROW_FACTOR) : 0,
    team: tDef ? (core.adoption === 3 ? R.weights.strong : R.weights.clear) : 0,
  };
}

export function sumWeights(all: readonly TSideWeights[]): TSideWeights {
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    leader: round(all.reduce((s, w) => s + w.leader, 0)),
    team: round(all.reduce((s, w) => s + w.team, 0)),
    system: round(all.reduce((s, w) => s + w.system, 0)),
  };
}

type TSideState = "none" | "minor" | "material";
export const sideState = (w: number): TSideState => (w >= R.material ? "material" : w > 0 ? "minor" : "none");

/**
 * The recommendation kind from the weighed sides: the Scaffolded Ascent only when the system side
 * and a people side (the leader or the team) are both material; one material side gets its own
 * lever; minor sides get a light step; a planned replacement gets a bridge, never coaching.
 */
export function decideKind(options: {
  classes: readonly TConstraintClass[];
  weights: TSideWeights;
  focusSkills: number;
  retention: TRetentionIntent;
}): TRecommendationKind {
  const { classes, weights, focusSkills, retention } = options;
  if (classes.every((c) => c === "insufficient_evidence")) return "insufficient_evidence";
  if (retention === "replace") return "bridge";
  const system = sideState(weights.system);
  const people = sideState(Math.max(weights.leader, weights.team));
  if (system === "material" && people === "material") return "paired";
  if (system === "material") return "fractional";
  if (people === "material") return "coaching";
  if (sideState(weights.leader) === "minor" || (focusSkills > 0 && weights.team === 0)) return "targeted_coaching";
  if (weights.team > 0) return "coaching";
  if (system === "minor") return "scoped_fix";
  return "monitor";
}
