import { ECONOMICS_QUESTION_IDS } from "@/lib/diagnostic/estimate-costs";
import { findQuestion, numberQuestion } from "@/lib/diagnostic/questionnaires";
import type { TAssumption, TCostEstimate, TDiagnosticResult } from "@/lib/diagnostic/result-schemas";
import type { TContextInput, TEconomicsInput, TInterventionInput, TQuestionnaire } from "@/lib/diagnostic/schemas";
import { ZCurrency } from "@/lib/diagnostic/schemas";
import { FAILURE_ODDS_V2 as ODDS } from "@/lib/diagnostic/v2/scoring-rules";

type TNumericKey = "leaderAnnualCompensation" | "monthlyAmountAtRisk" | "monthsPersisted" | "fractionalMonthlyFee" | "coachMonthlyFee" | "replacementCostMultiple" | "horizonMonths";
type TSeverity = "none" | "minor" | "clear" | "strong";
const SEVERITY_ORDER: readonly TSeverity[] = ["none", "minor", "clear", "strong"];

/** What the cost estimate reads from a result: the same at first scoring and when re-priced later. */
export type TCostBasisV2 = Pick<TDiagnosticResult, "constraints" | "recommendation" | "blueprint" | "failureModes"> & { decision: NonNullable<TDiagnosticResult["decision"]> };

export type TEstimateCostsV2Options = {
  questionnaire: TQuestionnaire;
  economics: TEconomicsInput;
  context: TContextInput;
  intervention: TInterventionInput;
  basis: TCostBasisV2;
};

const money = (n: number) => Math.max(0, Math.round(n));
const round2 = (n: number) => Math.round(n * 100) / 100;
const pct = (n: number) => `${Math.round(n * 100)}%`;

/** Monthly fees of what is in place today, by lever. */
function currentLevers(current: TInterventionInput["current"]): { coach: boolean; operator: boolean } {
  return {
    coach: current === "coaching" || current === "coaching_and_fractional",
    operator: current === "fractional" || current === "coaching_and_fractional" || current === "working_manager_coach",
  };
}

/**
 * Expected cost of inaction = probability of failure x impact, as a low / likely / high range over
 * one horizon; the cost of action over the same horizon = fees of the plan + what is in place and
 * kept + the risk that remains with the plan. Figures on defaults only are marked illustrative.
 */
export function estimateCostsV2(o: TEstimateCostsV2Options): TCostEstimate {
  const { questionnaire: q, economics, context, intervention, basis } = o;
  const assumptions: TAssumption[] = [];
  let userFigures = 0;
  const num = (key: TNumericKey): number => {
    const question = numberQuestion(q, ECONOMICS_QUESTION_IDS[key]);
    if (!question) throw new Error(`Questionnaire ${q.version} lacks the economics question for ${key}.`);
    const supplied = economics[key];
    if (supplied !== undefined && key !== "horizonMonths") userFigures += 1;
    assumptions.push({
      id: question.id,
      label: question.prompt,
      value: supplied ?? question.defaultValue,
      unit: question.unit,
      source: supplied === undefined ? question.defaultSource : "Supplied by the person answering.",
      origin: supplied === undefined ? "default" : "user",
    });
    return supplied ?? question.defaultValue;
  };
  const currencyQuestion = findQuestion(q, ECONOMICS_QUESTION_IDS.currency);
  const currency = economics.currency ?? ZCurrency.parse(currencyQuestion?.kind === "single_choice" ? currencyQuestion.defaultValue : "USD");
  assumptions.push({ id: ECONOMICS_QUESTION_IDS.currency, label: "Currency", value: currency, unit: "", source: economics.currency ? "Supplied by the person answering." : "Default currency.", origin: economics.currency ? "user" : "default" });

  const atRisk = num("monthlyAmountAtRisk");
  const compensation = num("leaderAnnualCompensation");
  const multiple = num("replacementCostMultiple");
  const fractionalFee = num("fractionalMonthlyFee");
  const coachFee = num("coachMonthlyFee");
  const persisted = num("monthsPersisted");
  const { recommendation, blueprint, decision, constraints, failureModes } = basis;
  const kind = recommendation.kind;
  const duration = blueprint.kind === "engagement" ? blueprint.durationMonths : 0;
  const horizonAnswer = num("horizonMonths");
  // A supplied horizon is used as given; the default stretches to the plan's length.
  const horizon = Math.max(1, Math.round(economics.horizonMonths ?? Math.max(horizonAnswer, duration)));
  if (duration > 0) assumptions.push({ id: "plan_duration", label: "Length of the plan", value: duration, unit: "months", source: "From the blueprint: typical engagement lengths, not research findings.", origin: "default" });

  // Probability of failure without action, from the heaviest deficit, its breadth and the confidence.
  const severities = constraints.map((c) => c.v2?.severity ?? "none");
  const heaviest = severities.reduce<TSeverity>((a, b) => (SEVERITY_ORDER.indexOf(b) > SEVERITY_ORDER.indexOf(a) ? b : a), "none");
  const material = severities.filter((s) => s === "clear" || s === "strong").length;
  const weighed = constraints.filter((c) => c.class !== "insufficient_evidence");
  const confidence = weighed.length > 0 ? weighed.reduce((s, c) => s + c.confidence.value, 0) / weighed.length : 0;
  const likely = Math.min(ODDS.max, ODDS.base[heaviest] + (material >= 2 ? ODDS.breadth : 0) + (context.roleStretch === "big_step" && heaviest !== "none" ? ODDS.stretch : 0));
  const half = ODDS.spread + ODDS.uncertainty * (1 - confidence);
  const p = { low: round2(Math.max(0, likely - half)), likely: round2(likely), high: round2(Math.min(0.95, likely + half)) };

  // No failed tenure when replacing the leader is already the plan.
  const failedTenure = context.retentionIntent === "replace" ? 0 : compensation * multiple;
  const impact = failedTenure + atRisk * horizon;
  const inaction = { low: money(p.low * impact), likely: money(p.likely * impact), high: money(p.high * impact) };

  const months = Math.min(duration, horizon);
  const planMonthly =
    kind === "scoped_fix"
      ? fractionalFee / 2 // a specialist for a few days a month alongside the internal owner
      : (recommendation.includesFractional ? fractionalFee : 0) + (recommendation.includesCoaching ? coachFee : 0);
  const fees = money(planMonthly * months);
  // What is in place and kept (or re-scoped) outside the plan's own levers is still paid for.
  const levers = currentLevers(intervention.current);
  const kept = (subject: "coach" | "operator" | "mixed_role") => decision.inPlace.some((a) => a.subject === subject && a.action !== "stop");
  const currentMonthly =
    (levers.coach && kept("coach") && !recommendation.includesCoaching ? coachFee : 0) +
    (levers.operator && (kept("operator") || kept("mixed_role")) && !recommendation.includesFractional ? fractionalFee : 0);
  const currentSpend = money(currentMonthly * (months || horizon));
  const residualShare = ["coaching", "fractional", "paired"].includes(kind) ? ODDS.residualWithFit : ["targeted_coaching", "scoped_fix", "bridge"].includes(kind) ? ODDS.residualLight : 1;
  const residual = { low: money(inaction.low * residualShare), likely: money(inaction.likely * residualShare), high: money(inaction.high * residualShare) };
  const action = { fees, currentSpend, residualRisk: residual, total: { low: fees + currentSpend + residual.low, likely: fees + currentSpend + residual.likely, high: fees + currentSpend + residual.high } };

  const applicable = blueprint.kind === "engagement";
  const anyDeficit = heaviest !== "none";
  const mismatch = failureModes.some((f) => f.id === "tool_misapplication_tax");
  const illustrative = userFigures === 0;
  const fmt = (n: number) => `${currency} ${money(n).toLocaleString("en-US")}`;

  const series = Array.from({ length: horizon + 1 }, (_, month) => ({
    month,
    action: money(planMonthly * Math.min(month, months) + currentMonthly * Math.min(month, months || horizon) + residualShare * p.likely * (atRisk * month + (month === horizon ? failedTenure : 0))),
    inaction: money(p.likely * (atRisk * month + (month === horizon ? failedTenure : 0))),
  }));

  const basisLines = [
    `Chance that the constraint holds and the tenure fails without action: ${pct(p.low)} to ${pct(p.high)}, most likely ${pct(p.likely)}; from the heaviest deficit (${heaviest}), ${material} material constraint${material === 1 ? "" : "s"} and the confidence of the answers. A planning assumption, not a measured rate.`,
    `Impact if it fails: ${context.retentionIntent === "replace" ? "no failed-tenure cost, since replacing the leader is already the plan, plus" : "a failed tenure (annual pay x the multiple) plus"} the monthly amount at risk over ${horizon} months.`,
    `With the plan under way, ${pct(residualShare)} of that risk is assumed to remain.`,
    ...(illustrative ? ["Every money figure rests on defaults: treat it as illustrative until you enter your own figures."] : []),
  ];
  const summary = !applicable
    ? kind === "monitor"
      ? "No engagement is recommended, so there is no cost of action to weigh."
      : "Choose a lever first; costs follow once there is a plan."
    : `${illustrative ? "Illustrative, on default figures: " : ""}over ${horizon} months, acting costs about ${fmt(action.total.likely)} (fees ${fmt(fees)}${currentSpend > 0 ? `, what is kept ${fmt(currentSpend)}` : ""}, and the risk that remains); not acting carries an expected loss of about ${fmt(inaction.likely)} (${fmt(inaction.low)} to ${fmt(inaction.high)}).`;

  return {
    applicable,
    currency,
    durationMonths: duration,
    costOfAction: action.total.likely,
    costOfInaction: { total: inaction.likely, failedTenure: money(p.likely * failedTenure), amountAtRiskOverDelay: money(p.likely * atRisk * horizon) },
    alreadyLost: anyDeficit ? money(persisted * atRisk) : 0,
    misapplicationTax: {
      applies: mismatch && anyDeficit,
      months: mismatch && anyDeficit ? persisted : 0,
      total: mismatch && anyDeficit ? money(persisted * atRisk) : 0,
      explanation: mismatch && anyDeficit
        ? "The lever in place does not reach the cause: each month it has run cost the monthly amount at risk."
        : "What is in place fits the classification, or nothing is in place: no misapplication tax.",
    },
    assumptions,
    series: applicable ? series : [],
    summary,
    v2: { horizonMonths: horizon, failureProbability: p, inaction, action, illustrative, userFigures, basis: basisLines },
  };
}
