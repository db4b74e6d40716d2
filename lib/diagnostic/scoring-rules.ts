/**
 * Named scoring thresholds for questionnaire v1. Every number the engine uses to turn answers
 * into classes lives here, so the methodology text can quote them and a reviewer can find them.
 * Changing any of them changes scoring, which means a new questionnaire version (see questionnaires.ts).
 */

/** Probe answers: 0 = not at all, 1 = somewhat, 2 = clearly, 3 = severely. */
export const PROBE_SCALE_MAX = 3;

/**
 * An axis score is a blend of the weighted mean answer and the single worst answer, both scaled to 0-100.
 * The mean captures breadth (many small problems); the peak keeps one severe, specific deficit from
 * being diluted by the number of probes. 0.6 / 0.4 means: one "severely" on its own reaches 52 with
 * five probes, five "somewhat" answers reach 33.
 */
export const SCORE_MEAN_WEIGHT = 0.6;
export const SCORE_PEAK_WEIGHT = 0.4;

/**
 * A score at or above this marks a deficit on that axis. With five or more probes, one "severely"
 * answer or two "clearly" answers cross it; a spread of "somewhat" answers does not.
 */
export const DEFICIT_THRESHOLD = 40;

/**
 * Below this share of answered probes (everything except "don't know"), a constraint is classed as
 * insufficient_evidence: more than half of what we asked is unknown.
 */
export const MIN_ANSWERED_SHARE = 0.5;

/**
 * When an axis shows no deficit, we only trust that "no" if at least this share of the axis' probes
 * were answered. A deficit, on the other hand, stands however many answers are missing, because
 * "don't know" counts as "not at all" and can only hide a deficit, never invent one.
 */
export const MIN_AXIS_ANSWERED_SHARE = 0.5;

/** Distance from the threshold (in score points) at which a class counts as fully decisive. */
export const CONFIDENCE_FULL_MARGIN = 20;

/** Confidence number (0-1) cut-offs for the high / medium labels. */
export const CONFIDENCE_HIGH = 0.75;
export const CONFIDENCE_MEDIUM = 0.5;

/** A cross probe (complexity, persistence) at or above this answer counts as "clearly" true. */
export const CROSS_PROBE_CLEAR = 2;

/** Number of strongest answers quoted as evidence per axis and constraint. */
export const EVIDENCE_PER_AXIS = 3;

export const LEVEL_PHRASES: Record<1 | 2 | 3, string> = {
  1: "a minor",
  2: "a clear",
  3: "a strong",
};
