import {
  BLUEPRINT_BASE_MONTHS,
  EXTRA_MONTHS_FOR_MANY_CONSTRAINTS,
  HANDOFF_KPI_HOLD_WEEKS,
  HANDOFF_UNAIDED_CYCLES,
  MANY_CONSTRAINTS,
  MONITOR_REVIEW_WEEKS,
} from "@/lib/diagnostic/build-blueprint";
import { CURRENT_QUESTIONNAIRE_VERSION, ENGINE_VERSION, probeQuestions, requireQuestionnaire } from "@/lib/diagnostic/questionnaires";
import { MAX_CONSTRAINTS } from "@/lib/diagnostic/schemas";
import { methodologyV2 } from "@/lib/diagnostic/v2/methodology";
import { QUESTIONNAIRE_V2_VERSION } from "@/lib/diagnostic/v2/questionnaire";
import {
  CONFIDENCE_FULL_MARGIN,
  CONFIDENCE_HIGH,
  CONFIDENCE_MEDIUM,
  CROSS_PROBE_CLEAR,
  EVIDENCE_PER_AXIS,
  PROBE_SCALE_MAX,
} from "@/lib/diagnostic/scoring-rules";

export type TMethodologySection = { id: string; title: string; paragraphs: string[] };

const pct = (n: number) => `${Math.round(n * 100)}%`;

/**
 * How the engine works, for a board member. Every number is interpolated from the code or the
 * questionnaire of the given version, so this text cannot drift from the scoring.
 */
export function methodologySections(version: string = CURRENT_QUESTIONNAIRE_VERSION): TMethodologySection[] {
  const q = requireQuestionnaire(version);
  if (version === QUESTIONNAIRE_V2_VERSION) return methodologyV2(q);
  const s = q.scoring;
  const probes = probeQuestions(q);
  const count = (axis: string) => probes.filter((p) => p.axis === axis).length;
  const econ = q.questions.filter((question) => question.kind === "number");

  return [
    {
      id: "answers-to-scores",
      title: "From answers to scores",
      paragraphs: [
        `You list up to ${MAX_CONSTRAINTS} constraints. For each one we ask ${count("behavioral")} questions about the leader's own habits (the behavioral axis), ${count("execution")} about the operating system around them (the execution axis), whether the role has outgrown the leader's experience, and whether the problem would outlast a change of leader. Answers run from 0 (not at all) to ${PROBE_SCALE_MAX} (severely), or "don't know".`,
        `Each axis gets a score from 0 to 100: ${pct(s.meanWeight)} comes from the weighted average answer and ${pct(s.peakWeight)} from the single worst answer, so one severe, specific problem is not averaged away. A problem that would survive a change of leader counts on the execution axis, because it lives in the system.`,
        `"Don't know" counts like "not at all" in the score: an unknown is never treated as evidence of a problem. It does lower the confidence of the result.`,
      ],
    },
    {
      id: "scores-to-classes",
      title: "From scores to a class per constraint",
      paragraphs: [
        `A score of ${s.deficitThreshold} or more marks a deficit on that axis. A deficit on both axes is a dual constraint; on one axis, a behavioral or an execution constraint; on neither, no clear deficit.`,
        `If fewer than ${pct(s.minAnsweredShare)} of a constraint's questions were answered, it is classed as insufficient evidence. The same happens when an axis shows no deficit but fewer than ${pct(s.minAxisAnsweredShare)} of its questions were answered, since a "no" built on unknowns is not a no.`,
        `Confidence multiplies the share of answered questions by how far the scores sit from the threshold (fully decisive at ${CONFIDENCE_FULL_MARGIN} points away). It is high from ${CONFIDENCE_HIGH} and medium from ${CONFIDENCE_MEDIUM}. The ${EVIDENCE_PER_AXIS} answers that moved each score most are quoted as evidence.`,
      ],
    },
    {
      id: "classes-to-recommendation",
      title: "From classes to a recommendation",
      paragraphs: [
        "Behavioral deficits call for executive coaching: the leader's habits are the constraint. Execution deficits call for a fractional leader named after the function (for example a fractional CRO for Sales), who rebuilds the system and hands it over to the permanent executive.",
        "When some constraints are behavioral and others structural, or any single constraint is both, we recommend the Scaffolded Ascent: a fractional leader rebuilds the system while a separate coach develops the permanent executive who will run it.",
        "When no constraint shows a deficit, we recommend no engagement, only monitoring. When every constraint lacks evidence, we say so rather than guess.",
      ],
    },
    {
      id: "failure-modes",
      title: "Warning flags on the current plan",
      paragraphs: [
        "We compare the current or planned intervention with the classification and raise a flag, with the answers behind it, for each known way such plans fail:",
        "Capabilities Trap: an operator installs systems while nobody develops the people who must run them. Rental Trap: fractional work with no permanent owner, no end date, or no development of the owner. Tool Misapplication Tax: coaching or advice used on a structural problem, systems used on a behavioral one, or replacing a leader when the problem would outlast them.",
        `Leadership Churn risk: a leader the company wants to keep carries structural problems without structural help. Trial by Fire: nothing is in place while the role clearly (${CROSS_PROBE_CLEAR} or more) exceeds the leader's experience. Mentor Model: occasional board advice stands in for real support. Working-Manager Coach: one person is asked to be both coach and operator.`,
      ],
    },
    {
      id: "blueprint",
      title: "The engagement blueprint",
      paragraphs: [
        `Planned durations are ${BLUEPRINT_BASE_MONTHS.coaching} months for coaching, ${BLUEPRINT_BASE_MONTHS.fractional} for fractional leadership and ${BLUEPRINT_BASE_MONTHS.paired} for the Scaffolded Ascent, plus ${EXTRA_MONTHS_FOR_MANY_CONSTRAINTS} months when ${MANY_CONSTRAINTS} or more constraints show a deficit. These are typical planning lengths, not research findings.`,
        "Each engagement runs in three phases: diagnose and unfreeze old habits; install systems and develop the leader in parallel; hand off and refreeze the new ways of working. The fractional leader is a decisive captain with named decision rights; the coach is a neutral mirror and always a different person; a board sponsor signs off the handoff.",
        `The handoff ends only when its exit criteria hold, for example the permanent executive running the operating review unaided for ${HANDOFF_UNAIDED_CYCLES} cycles and the KPIs holding for ${HANDOFF_KPI_HOLD_WEEKS} weeks. With no deficit, the blueprint is a review after ${MONITOR_REVIEW_WEEKS} weeks, not an engagement.`,
      ],
    },
    {
      id: "costs",
      title: "Cost of action against cost of inaction",
      paragraphs: [
        "The cost of action is the monthly fees of the recommended engagement times its duration. The cost of inaction is a failed tenure (a multiple of the leader's pay for search and ramp-up) plus the monthly amount at risk until that failure. The misapplication tax is the months spent on a lever that does not fit, times the monthly amount at risk.",
        `Defaults: ${econ.map((n) => `${n.prompt.toLowerCase()}: ${n.defaultValue} ${n.unit}`).join("; ")}. They are conservative planning assumptions, not research findings; every figure in the report says whether it is yours or a default.`,
        "The cost of action counts fees only. Results usually take the first phase to show, so the real gap between the two lines is somewhat smaller than the chart suggests.",
      ],
    },
    {
      id: "versions",
      title: "Versions",
      paragraphs: [
        `This is questionnaire ${q.version}, scored by engine ${ENGINE_VERSION}. A question keeps its meaning forever; any change of wording or scoring creates a new version, and every saved diagnostic is always scored with the version it was answered in.`,
      ],
    },
  ];
}

export const methodology = methodologySections();
