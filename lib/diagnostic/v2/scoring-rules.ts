/**
 * Every number engine v2 uses to turn answers into classes, verdicts and costs, named once so the
 * methodology can quote it and a reviewer can find it. Changing one changes scoring: a new version.
 */
export const RULES_V2 = {
  /** Answers run 0-3. */
  scaleMax: 3,
  /**
   * Both axes are built the same way (symmetry): the strongest direct sign for this constraint,
   * plus `breadthStep` for each further clear sign (at most `breadthMax`), capped at the scale
   * maximum; then blended with the attribution answer, `directWeight` to `attributionWeight`.
   * Direct signs: execution = the five system items; behavioral = the leader's-habits item, with the
   * profile's habits at "often" or worse as its further signs (they count only when that item is
   * "clearly" or worse, so a person-level habit never makes every constraint behavioral).
   */
  breadthStep: 0.25,
  breadthMax: 0.75,
  /** A further sign counts towards breadth from "clearly" (2). */
  clearAnswer: 2,
  directWeight: 0.7,
  attributionWeight: 0.3,
  /**
   * A score at or above this marks a deficit on that axis (0-100), provided the strongest direct sign
   * is at least "clearly": the attribution answer says where a problem sits, it cannot create one, so
   * an axis whose signs are all "somewhat" or less is capped just under the threshold.
   */
  deficitThreshold: 50,
  /** At or above this, a deficit is strong. */
  strongScore: 75,
  /** A deficit less than this many points over the threshold is minor. */
  nearMargin: 8,
  /** Below this share of answered direct items (don't know excluded), the constraint is insufficient evidence. */
  minAnsweredShare: 0.5,
  /** An axis without a deficit counts as "no deficit" only with at least this share of its direct items answered; otherwise it is open. */
  minAxisAnsweredShare: 0.5,
  /** Team adoption: "clearly" or worse means the permanent team rejects what exists. */
  adoptionDeficit: 2,
  /** A profile dimension at "often" or worse (after reverse-keying) is a skill to work on. */
  profileFocus: 2,
  /**
   * A side (leader, team, system) is material when its weight reaches 1: a clear deficit weighs 1,
   * a strong one 1.5, a borderline one 0.5. Below 1 but above 0 it is minor.
   */
  weights: { minor: 0.5, clear: 1, strong: 1.5 },
  material: 1,
  /** Confidence: share of answered items times decisiveness; labels at these cut-offs. */
  confidenceHigh: 0.75,
  confidenceMedium: 0.5,
  /** Points from the threshold at which a class is fully decisive. */
  decisiveMargin: 20,
} as const;

/** Planning durations (months). Typical engagement lengths, not research findings. */
export const DURATIONS_V2 = {
  coaching: 6,
  targeted_coaching: 2,
  fractional: 6,
  paired: 9,
  bridge: 6,
  /** Three or more material constraints add a quarter. */
  manyConstraints: 3,
  extraForMany: 3,
} as const;

/**
 * Probability that the leader's tenure fails, or the constraint holds through the horizon, without
 * action. Planning assumptions for ranking options, not actuarial figures: they are shown as such.
 */
export const FAILURE_ODDS_V2 = {
  /** By the heaviest deficit among the constraints. */
  base: { none: 0.05, minor: 0.15, clear: 0.35, strong: 0.55 },
  /** Added when two or more constraints carry a material deficit. */
  breadth: 0.1,
  /** Added when the role is a big step up from what the leader has run before. */
  stretch: 0.05,
  max: 0.85,
  /** Half-width of the range: `spread` plus `uncertainty` x (1 - confidence). */
  spread: 0.1,
  uncertainty: 0.15,
  /** Share of the risk left once a plan that fits the constraint is under way. */
  residualWithFit: 0.35,
  /** Share left when the plan is only a light step or a bridge. */
  residualLight: 0.6,
} as const;
