import { HANDOFF_KPI_HOLD_WEEKS, HANDOFF_UNAIDED_CYCLES, MONITOR_REVIEW_WEEKS } from "@/lib/diagnostic/build-blueprint";
import type { TQuestionnaire } from "@/lib/diagnostic/schemas";
import { ENGINE_V2_VERSION } from "@/lib/diagnostic/v2/run-diagnostic";
import { DURATIONS_V2, FAILURE_ODDS_V2 as ODDS, RULES_V2 as R } from "@/lib/diagnostic/v2/scoring-rules";
import { NARROW_FACTOR, NEAR_MARGIN } from "@/lib/diagnostic/v2/weigh-sides";

type TSection = { id: string; title: string; paragraphs: string[] };
const pct = (n: number) => `${Math.round(n * 100)}%`;

/** How engine v2 works, for a board member. Every number is read from the rules it describes. */
export function methodologyV2(q: TQuestionnaire): TSection[] {
  const econ = q.questions.filter((question) => question.kind === "number");
  return [
    {
      id: "answers-to-scores",
      title: "From answers to scores",
      paragraphs: [
        "Each thing is asked once, about the right subject. Eight questions about how the leader leads (composure, decisions, delegation, hard conversations, presence, strategic communication, openness to feedback, load) are asked once; three of them describe a strength and are scored in reverse. For each constraint, eight answers: five about the system behind it (decision rights and ownership, review rhythm, definitions and metrics, incentives, process and tools), one on how the leader's own habits feed it, one on whether the permanent team adopts what is brought in, and a neutral question: would a capable person in the seat face the same problem?",
        `Both axes are built the same way, so neither is easier to trip: the strongest direct sign for this constraint (0-${R.scaleMax}), plus ${R.breadthStep} for each further sign at "clearly" or worse (at most ${R.breadthMax}), capped at ${R.scaleMax}; then ${pct(R.directWeight)} of that and ${pct(R.attributionWeight)} of the attribution answer, scaled to 0-100. For the system the signs are the five system items; for the leader, the leader's-habits item, with the profile's habits at "often" or worse as further signs, counted only when that item is "clearly" or worse, so one habit does not make every constraint behavioral. "Anyone in the seat would face it" adds to the system side exactly as "a capable person would have it in hand" adds to the leader's.`,
        `"Don't know" is left out, never counted as "not at all": it lowers the confidence instead. If the attribution answer is unknown, the score rests on the direct signs alone.`,
      ],
    },
    {
      id: "scores-to-classes",
      title: "From scores to a class per constraint",
      paragraphs: [
        `A score of ${R.deficitThreshold} or more marks a deficit. Both axes: dual. The leader's side only: behavioral (the leader). The system only: execution. When the team drops or works around what is brought in ("clearly" or worse) while the system itself shows no deficit, the class is behavioral (team adoption): the system is sound, its adoption is not.`,
        `Fewer than ${pct(R.minAnsweredShare)} of the direct items answered means insufficient evidence. Strong evidence on one side stands even when the other side is unknown; that side is shown as open, not as fine.`,
        "A class is borderline when moving a single answer by one step would change it. The page then names those answers: they, or a second respondent's view, settle it.",
        `Confidence is the share of answered items times how far the scores sit from the threshold (fully decisive ${R.decisiveMargin} points away); a borderline class counts as at most half decisive. High from ${R.confidenceHigh}, medium from ${R.confidenceMedium}.`,
      ],
    },
    {
      id: "classes-to-recommendation",
      title: "From classes to a recommendation: weighed, not counted",
      paragraphs: [
        `Each side (the system, the leader, the team) is weighed across the constraints: a clear deficit weighs ${R.weights.clear}, a strong one (${R.strongScore} or more) ${R.weights.strong}, one less than ${NEAR_MARGIN} points over the threshold ${R.weights.minor}. A deficit resting on a single sign is narrow and weighs ${pct(NARROW_FACTOR)} as much: for the system, fewer than two items at "clearly"; for the leader, no profile habit backing the leader's-habits item. A side is material from ${R.material}.`,
        "The Scaffolded Ascent (an operator and a separate coach) only when the system side and a people side are both material. One material side gets its own lever: a fractional operator for the system, executive coaching for the leader, coaching for the permanent team when the team rejects a sound system. A minor other side gets a scoped step instead of a second engagement: a few coaching sessions on one skill, or a scoped fix of one system. Minor deficits alone get only that light step; none at all, no engagement.",
        "The operator is named after where the constraint lives (revenue operations for pipeline, forecast and attribution; an engineering operator for delivery and on-call; operations and supply chain for inventory), as an operator beside a capable permanent executive, not a second one.",
        "When the company plans to replace the leader, the answer is an interim bridge to the successor, never coaching for the departing leader. With budget for one lever, the plan says which to fund first and when to add the other. It says what to keep, stop, add or re-scope of what is in place, whether it fits the deadline, and which answers contradict each other. It names the smallest change of answers that would change the recommendation.",
      ],
    },
    {
      id: "failure-modes",
      title: "Warning flags",
      paragraphs: [
        "Capabilities Trap: systems installed on a team not ready to run them. Rental Trap: an operator with no end date, no owner, or nobody developed to take over. Tool Misapplication Tax: coaching or advice on a system problem, systems on a behavioral one, or a successor search for a problem any capable person in the seat would face. Leadership Churn: a leader worth keeping carrying system problems without help on the system. Trial by Fire: nothing in place while the role is a big step up. Mentor Model: board advice standing in for support. Working-Manager Coach: one person as both coach and operator.",
        "A high-severity warning never stands next to a verdict of no engagement or a light step: either the plan answers it, or the warning is not that severe.",
      ],
    },
    {
      id: "blueprint",
      title: "The plan",
      paragraphs: [
        `Planning lengths: coaching ${DURATIONS_V2.coaching} months, targeted coaching ${DURATIONS_V2.targeted_coaching}, a fractional operator ${DURATIONS_V2.fractional}, the Scaffolded Ascent ${DURATIONS_V2.paired}, a bridge ${DURATIONS_V2.bridge}; plus ${DURATIONS_V2.extraForMany} when ${DURATIONS_V2.manyConstraints} or more constraints carry a material deficit. Typical lengths, not research findings.`,
        `Three phases (diagnose and unfreeze; install and develop in parallel; hand off and refreeze). The plan starts from what already works, and enlists respected people in the team before decision rights or pay move. It ends when the exit criteria hold, for example the permanent executive chairing the review unaided for ${HANDOFF_UNAIDED_CYCLES} cycles and the indicators holding for ${HANDOFF_KPI_HOLD_WEEKS} weeks. Without a deficit, the plan is a review after ${MONITOR_REVIEW_WEEKS} weeks.`,
      ],
    },
    {
      id: "costs",
      title: "Cost of action against cost of inaction",
      paragraphs: [
        `Both sides are priced over the same horizon (a year, or the plan's length if longer). The expected cost of inaction is the probability that the constraint holds and the tenure fails, times its impact (a failed tenure, none if replacing the leader is already the plan, plus the monthly amount at risk over the horizon). The probability starts from the heaviest deficit (none ${pct(ODDS.base.none)}, minor ${pct(ODDS.base.minor)}, clear ${pct(ODDS.base.clear)}, strong ${pct(ODDS.base.strong)}), adds ${pct(ODDS.breadth)} when two or more constraints carry a material deficit and ${pct(ODDS.stretch)} when the role is a big step up, and is shown as a range that widens as confidence falls. These are planning assumptions for comparing options, not measured rates.`,
        `The cost of action is the plan's fees, what is in place and kept, and the risk that remains with the plan under way (${pct(ODDS.residualWithFit)} of it with a lever that fits, ${pct(ODDS.residualLight)} with a light step or a bridge).`,
        `Defaults: ${econ.map((n) => `${n.prompt.toLowerCase()}: ${n.kind === "number" ? `${n.defaultValue} ${n.unit}` : ""}`).join("; ")}. Figures resting on defaults only are marked illustrative wherever they appear; a money headline needs at least one figure you entered. Nothing is counted as already lost when no constraint shows a deficit.`,
      ],
    },
    {
      id: "versions",
      title: "Versions",
      paragraphs: [
        `This is questionnaire ${q.version}, scored by engine ${ENGINE_V2_VERSION}. Every saved diagnostic is scored with the version it was answered in: results of questionnaire 2026-11.v1 keep engine v1, and re-scoring them uses v1.`,
      ],
    },
  ];
}
