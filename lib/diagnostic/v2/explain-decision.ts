import { RECOMMENDATION_LABELS } from "@/lib/diagnostic/recommend-intervention";
import type { TConstraintResult, TDecision, TRecommendationKind } from "@/lib/diagnostic/result-schemas";
import type { TConstraintInput, TProbeValue, TRetentionIntent, TScaleProbeQuestion } from "@/lib/diagnostic/schemas";
import { profileFocus, scoreConstraint } from "@/lib/diagnostic/v2/classify-constraint";
import { CONSTRAINT_ITEMS_V2, PROFILE_V2 } from "@/lib/diagnostic/v2/questionnaire";
import { RULES_V2 as R } from "@/lib/diagnostic/v2/scoring-rules";
import { decideKind, sideWeights, sumWeights } from "@/lib/diagnostic/v2/weigh-sides";

type TAnswers = Readonly<Record<string, TProbeValue>>;


/** Named so a leader's release can leave it out (release-audience.ts). */
export const REPLACEMENT_WOULD_CHANGE = "A decision to replace the leader would turn it into an interim bridge to the successor.";
/** The kind the engine would recommend for these answers: the lean path used by the searches below. */
function kindFor(constraints: readonly TConstraintInput[], profile: TAnswers, retention: TRetentionIntent): TRecommendationKind {
  const scored = constraints.map((c) => {
    const core = scoreConstraint(c.probes, profile);
    return { cls: core.cls, weights: sideWeights(core, c.probes, profile) };
  });
  return decideKind({ classes: scored.map((s) => s.cls), weights: sumWeights(scored.map((s) => s.weights)), focusSkills: profileFocus(profile).length, retention });
}

function label(question: TScaleProbeQuestion, value: TProbeValue | number): string {
  const text = question.options.find((o) => o.value === value)?.label ?? String(value);
  return (text.split(":")[0] ?? text).toLowerCase();
}

const MAX_CHANGES = 3;

/**
 * What would change the recommendation: every single answer set to each other value, smallest moves
 * first. Context answers (budget, retention, deadline) shape the plan around the lever, not the lever,
 * except a planned replacement, which is named separately.
 */
export function whatWouldChange(options: {
  constraints: readonly TConstraintInput[];
  titles: Readonly<Record<string, string>>;
  profile: TAnswers;
  retention: TRetentionIntent;
  kind: TRecommendationKind;
}): string[] {
  const { constraints, titles, profile, retention, kind } = options;
  const found: { distance: number; text: string }[] = [];
  const values = [0, 1, 2, 3] as const;
  // One constraint's answer changes only that constraint's score: the others are scored once.
  const focus = profileFocus(profile).length;
  const scoreOf = (probes: TAnswers) => {
    const core = scoreConstraint(probes, profile, focus);
    return { cls: core.cls, weights: sideWeights(core, probes, profile) };
  };
  const baseline = constraints.map((c) => scoreOf(c.probes));
  constraints.forEach((constraint, index) => {
    for (const question of CONSTRAINT_ITEMS_V2) {
      const current = constraint.probes[question.id];
      if (typeof current !== "number") continue;
      for (const to of values) {
        if (to === current) continue;
        const scored = baseline.map((b, i) => (i === index ? scoreOf({ ...constraint.probes, [question.id]: to }) : b));
        const next = decideKind({ classes: scored.map((s) => s.cls), weights: sumWeights(scored.map((s) => s.weights)), focusSkills: focus, retention });
        if (next !== kind) {
          found.push({
            distance: Math.abs(to - current),
            text: `“${titles[constraint.constraintId] ?? constraint.constraintId}”, ${question.short}: “${label(question, to)}” instead of “${label(question, current)}” would make it ${RECOMMENDATION_LABELS[next].toLowerCase()}.`,
          });
        }
      }
    }
  });
  for (const question of PROFILE_V2) {
    const current = profile[question.id];
    if (typeof current !== "number") continue;
    for (const to of values) {
      if (to === current) continue;
      const next = kindFor(constraints, { ...profile, [question.id]: to }, retention);
      if (next !== kind) {
        found.push({ distance: Math.abs(to - current), text: `Leadership habits, ${question.short}: “${label(question, to)}” instead of “${label(question, current)}” would make it ${RECOMMENDATION_LABELS[next].toLowerCase()}.` });
      }
    }
  }
  const unique = [...new Map(found.sort((a, b) => a.distance - b.distance).map((f) => [f.text, f])).values()];
  const picked = unique.slice(0, MAX_CHANGES).map((f) => f.text);
  if (picked.length === 0) picked.push("No single answer would change this: it rests on several answers that agree.");
  if (retention !== "replace" && kind !== "bridge" && kind !== "insufficient_evidence") {
    picked.push(REPLACEMENT_WOULD_CHANGE);
  }
  return picked;
}

/** What the confidence means, in plain words. */
export function explainConfidence(results: readonly TConstraintResult[]): TDecision["confidence"] {
  const weighed = results.filter((r) => r.class !== "insufficient_evidence");
  if (weighed.length === 0) return { level: "low", sentence: "Low: most answers are \"don't know\", so no lever can be chosen yet." };
  const value = weighed.reduce((s, r) => s + r.confidence.value, 0) / weighed.length;
  const borderline = weighed.filter((r) => r.v2?.borderline);
  const unknownShare = 1 - weighed.reduce((s, r) => s + r.answeredShare, 0) / weighed.length;
  const level = value >= R.confidenceHigh ? "high" : value >= R.confidenceMedium ? "medium" : "low";
  const reasons: string[] = [];
  if (unknownShare >= 0.2) reasons.push(`about ${Math.round(unknownShare * 100)}% of the constraint answers are "don't know"`);
  if (borderline.length > 0) reasons.push(`${borderline.map((r) => `“${r.title}”`).join(", ")} ${borderline.length === 1 ? "is" : "are"} one answer away from another class`);
  const head = { high: "High: most questions were answered and the deciding scores sit clear of the thresholds.", medium: "Medium: the direction is clear, but", low: "Low: treat this as a first reading;" }[level];
  const sentence =
    level === "high"
      ? head
      : `${head} ${reasons.length > 0 ? reasons.join(", and ") : "the scores sit close to the thresholds"}. A second respondent (the manager or a peer) would firm it up.`;
  return { level, sentence };
}

/** Three to five concrete steps for the first month, from the decision. */
export function firstThirtyDays(o: {
  decision: Pick<TDecision, "primary" | "secondary" | "inPlace" | "checkAnswers" | "fundFirst">;
  kind: TRecommendationKind;
  leader: string;
  strengthPhrase: string | undefined;
}): string[] {
  const { decision, kind, leader, strengthPhrase } = o;
  const steps: string[] = [];
  if (decision.checkAnswers.length > 0) steps.push("Settle the answers flagged under “Check these answers” before signing anything.");
  const changes = decision.inPlace.filter((a) => a.action === "stop" || a.action === "rescope");
  if (changes.length > 0) steps.push(`Within two weeks, agree the change with those concerned: ${changes.map((a) => `${a.action === "stop" ? "end" : "re-scope"} ${a.what.charAt(0).toLowerCase()}${a.what.slice(1)}`).join("; ")}.`);
  switch (kind) {
    case "paired":
      steps.push("Write the two mandates on one page: the operator's decision rights and end date, the coach's goals; two different people, one sponsor.");
      steps.push(`Name, in the permanent team, the owner of each system before it is built; ${leader} co-owns every change from week one.`);
      break;
    case "fractional":
      steps.push("Brief the operator on the constraints; agree decision rights, an end date and exit criteria in writing.");
      steps.push(`Pair ${leader} with the operator from week one: they co-own each change and take over each system as it lands.`);
      break;
    case "bridge":
      steps.push("Appoint the interim leader now and write the handoff brief the successor will receive.");
      steps.push("Tell the team what changes and what does not, in one conversation led by the sponsor.");
      break;
    case "coaching":
      steps.push(
        decision.primary.lever === "team_coaching"
          ? "Stop adding new processes; ask the team which of the existing ones they would keep, and start there."
          : `Choose a coach who will do no operating work; agree two or three goals with ${leader} and the sponsor, each visible in the work.`,
      );
      break;
    case "targeted_coaching":
      steps.push(`Book six to eight sessions; agree one goal that ${leader}'s manager will be able to see in the work within two months.`);
      break;
    case "scoped_fix":
      steps.push("Name one internal owner for the system to fix and give them four to six weeks; bring in a specialist for a few days only if needed.");
      break;
    case "monitor":
      steps.push("Keep the normal review rhythm; put a date in the diary to re-run this diagnostic in a quarter.");
      break;
    case "insufficient_evidence":
      steps.push("Ask the people closest to the work about the \"don't know\" answers, or invite a second respondent; then run the diagnostic again.");
      break;
  }
  if (decision.secondary) steps.push(`Schedule the secondary step: ${decision.secondary.title.charAt(0).toLowerCase()}${decision.secondary.title.slice(1)}.`);
  if (decision.fundFirst) steps.push(decision.fundFirst.split(":")[0] + ".");
  // Only plans that move structures (decision rights, pay, reporting lines) need a coalition first.
  if (["paired", "fractional", "bridge"].includes(kind)) {
    steps.push(`Enlist two or three respected people in the team to back the change before decision rights or pay move${strengthPhrase ? `, and build on ${strengthPhrase}` : ""}.`);
  }
  return steps.slice(0, 5);
}
