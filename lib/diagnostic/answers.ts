import { z } from "zod";
import { ECONOMICS_QUESTION_IDS } from "@/lib/diagnostic/estimate-costs";
import { findQuestion, getQuestionnaire } from "@/lib/diagnostic/questionnaires";
import type { TQuestionnaire } from "@/lib/diagnostic/schemas";
import { isAsked } from "@/lib/diagnostic/question-wording";
import { quotePrompt, validateAnswerValue, type TValidateAnswerResult } from "@/lib/diagnostic/validate-answer-value";

export type { TValidateAnswerResult };
import { ZDiagnosticInput } from "@/lib/diagnostic/schemas";
import type { TDiagnosticInput } from "@/lib/diagnostic/schemas";

/** One stored answer. constraintId is a slot ("c1".."c5") for per-constraint questions, null otherwise. */
export const ZAnswerRow = z.object({
  questionId: z.string(),
  constraintId: z.string().nullable(),
  value: z.unknown(),
});
export type TAnswerRow = z.infer<typeof ZAnswerRow>;

function validateAgainst(q: TQuestionnaire, row: Omit<TAnswerRow, "value"> & { value: unknown }): TValidateAnswerResult {
  const question = findQuestion(q, row.questionId);
  if (!question) return { ok: false, error: `Question "${row.questionId}" is not part of questionnaire version ${q.version}.` };
  if (question.scope === "constraint") {
    if (row.constraintId === null) {
      return { ok: false, error: `${quotePrompt(question)} is asked for each constraint: the answer needs a constraint slot (${q.constraintSlots.join(", ")}).` };
    }
    if (!q.constraintSlots.includes(row.constraintId)) {
      return { ok: false, error: `Constraint slot "${row.constraintId}" does not exist; use one of ${q.constraintSlots.join(", ")}.` };
    }
  } else if (row.constraintId !== null) {
    return { ok: false, error: `${quotePrompt(question)} applies to the whole diagnostic, so it must not be tied to constraint "${row.constraintId}".` };
  }
  return validateAnswerValue(question, row.value);
}

/** Validates one answer row against its questionnaire version. Returns the normalised value (e.g. trimmed text). */
export function validateAnswer(version: string, row: TAnswerRow): TValidateAnswerResult {
  const q = getQuestionnaire(version);
  if (!q) return { ok: false, error: `Unknown questionnaire version "${version}".` };
  return validateAgainst(q, row);
}

// ---------------------------------------------------------------- progress

export type TMissingAnswer = { questionId: string; constraintId: string | null; prompt: string };
export type TQuestionnaireProgress = {
  answeredRequired: number;
  totalRequired: number;
  /** 0-100, for a progress bar. */
  percent: number;
  constraintIds: string[];
  missing: TMissingAnswer[];
  invalid: { questionId: string; constraintId: string | null; error: string }[];
  canFinish: boolean;
  messages: string[];
};

const CONSTRAINT_QUESTION_ID = "constraint_definition";

function indexRows(q: TQuestionnaire, rows: readonly TAnswerRow[]) {
  const valid = new Map<string, unknown>();
  const invalid: TQuestionnaireProgress["invalid"] = [];
  for (const row of rows) {
    const result = validateAgainst(q, row);
    if (result.ok) valid.set(`${row.questionId}|${row.constraintId ?? ""}`, result.value);
    else invalid.push({ questionId: row.questionId, constraintId: row.constraintId, error: result.error });
  }
  const get = (questionId: string, constraintId: string | null) => valid.get(`${questionId}|${constraintId ?? ""}`);
  // Slots in questionnaire order; answers for a slot without a constraint are ignored.
  const constraintIds = q.constraintSlots.filter((slot) => get(CONSTRAINT_QUESTION_ID, slot) !== undefined);
  return { get, invalid, constraintIds };
}

/** Which required answers are missing and whether the diagnostic can be finished. "dont_know" counts as answered. */
export function questionnaireProgress(version: string, rows: readonly TAnswerRow[]): TQuestionnaireProgress {
  const q = getQuestionnaire(version);
  if (!q) {
    return { answeredRequired: 0, totalRequired: 0, percent: 0, constraintIds: [], missing: [], invalid: [], canFinish: false, messages: [`Unknown questionnaire version "${version}".`] };
  }
  const { get, invalid, constraintIds } = indexRows(q, rows);
  const missing: TMissingAnswer[] = [];
  const messages: string[] = [];
  let totalRequired = 0;

  const answerOf = (id: string) => get(id, null);
  for (const question of q.questions) {
    if (!question.required || question.id === CONSTRAINT_QUESTION_ID) continue;
    if (question.scope === "diagnostic" && !isAsked(q, question, answerOf)) continue;
    const slots = question.scope === "diagnostic" ? [null] : constraintIds;
    for (const slot of slots) {
      totalRequired += 1;
      if (get(question.id, slot) === undefined) missing.push({ questionId: question.id, constraintId: slot, prompt: question.prompt });
    }
  }
  totalRequired += 1; // at least one constraint
  const hasConstraint = constraintIds.length >= q.minConstraints;
  if (!hasConstraint) {
    missing.push({ questionId: CONSTRAINT_QUESTION_ID, constraintId: null, prompt: "Add at least one constraint." });
    messages.push("Add at least one constraint before finishing.");
  }
  for (const m of missing.filter((m) => m.constraintId === null && m.questionId !== CONSTRAINT_QUESTION_ID)) {
    messages.push(`Answer “${m.prompt}” before finishing.`);
  }
  for (const slot of constraintIds) {
    const count = missing.filter((m) => m.constraintId === slot).length;
    if (count > 0) {
      messages.push(`Constraint ${slot} still has ${count} unanswered question${count === 1 ? "" : "s"}; "Don't know" counts as an answer.`);
    }
  }
  for (const i of invalid) messages.push(i.error);

  const answeredRequired = totalRequired - missing.length;
  return {
    answeredRequired,
    totalRequired,
    percent: Math.round((100 * answeredRequired) / totalRequired),
    constraintIds,
    missing,
    invalid,
    canFinish: missing.length === 0 && invalid.length === 0,
    messages,
  };
}

// ---------------------------------------------------------------- assembly

export type TAssembleResult = { ok: true; input: TDiagnosticInput } | { ok: false, errors: string[] };

const CONTEXT_FIELDS = {
  respondent_role: "respondentRole",
  leader_function: "leaderFunction",
  leader_title: "leaderTitle",
  leader_tenure: "tenure",
  company_stage: "companyStage",
  situation: "situation",
  urgency: "urgency",
  retention_intent: "retentionIntent",
  role_stretch: "roleStretch",
  budget: "budget",
} as const;
const INTERVENTION_FIELDS = {
  intervention_current: "current",
  intervention_permanent_owner: "permanentOwner",
  intervention_end_date: "endDateSet",
  intervention_status: "status",
} as const;

/**
 * v2 asks less and derives the rest: a self-assessment keeps the leader; the permanent owner is the
 * leader unless a replacement is planned (then: is the successor named?); no end date question
 * means no outside operator; the deadline option is a number of months or "none".
 */
function deriveV2(context: Record<string, unknown>, intervention: Record<string, unknown>, answerOf: (id: string) => unknown): void {
  if (context.respondentRole === "self") context.retentionIntent = "keep";
  const deadline = answerOf("deadline");
  if (typeof deadline === "string" && deadline !== "none") context.deadlineMonths = Number(deadline);
  const retention = context.retentionIntent;
  intervention.permanentOwner = retention === "replace" ? (answerOf("successor_named") === "yes" ? "yes" : "no") : retention === "undecided" ? "not_decided" : "yes";
  if (intervention.endDateSet === undefined) intervention.endDateSet = "no_engagement";
}

/**
 * Turns stored rows into the engine input. Probes not answered yet are left out, which the engine
 * treats like "dont_know"; use questionnaireProgress to decide whether the diagnostic may be finished.
 */
export function assembleDiagnosticInput(version: string, rows: readonly TAnswerRow[], options: { asOf?: string } = {}): TAssembleResult {
  const q = getQuestionnaire(version);
  if (!q) return { ok: false, errors: [`Unknown questionnaire version "${version}".`] };
  const { get, invalid, constraintIds } = indexRows(q, rows);
  const errors = invalid.map((i) => i.error);
  if (constraintIds.length < q.minConstraints) errors.push("Add at least one constraint before finishing.");

  const answerOf = (id: string) => get(id, null);
  const pick = <T extends Record<string, string>>(fields: T) => {
    const out: Record<string, unknown> = {};
    for (const [questionId, field] of Object.entries(fields)) {
      const question = findQuestion(q, questionId);
      if (!question || !isAsked(q, question, answerOf)) continue;
      const value = get(questionId, null);
      if (value !== undefined && value !== "") out[field] = value;
      else if (question.required) errors.push(`Answer “${question.prompt}” before finishing.`);
    }
    return out;
  };
  const context = pick(CONTEXT_FIELDS);
  const intervention = pick(INTERVENTION_FIELDS);
  const v2 = findQuestion(q, "deadline") !== undefined;
  if (v2) deriveV2(context, intervention, answerOf);
  if (v2 && findQuestion(q, "deadline")?.required && answerOf("deadline") === undefined) errors.push("Answer the deadline question before finishing.");
  const profileIds = q.questions.filter((question) => question.kind === "scale_probe" && question.scope === "diagnostic").map((question) => question.id);
  const profile = Object.fromEntries(profileIds.flatMap((id) => (get(id, null) === undefined ? [] : [[id, get(id, null)]])));
  const strength = get("strength", null);
  const economics: Record<string, unknown> = {};
  for (const [field, questionId] of Object.entries(ECONOMICS_QUESTION_IDS)) {
    const value = get(questionId, null);
    if (value !== undefined) economics[field] = value;
  }
  const probeIds = q.questions.filter((question) => question.kind === "scale_probe" && question.scope === "constraint").map((question) => question.id);
  const constraints = constraintIds.map((constraintId) => ({
    constraintId,
    definition: get(CONSTRAINT_QUESTION_ID, constraintId),
    probes: Object.fromEntries(probeIds.flatMap((id) => (get(id, constraintId) === undefined ? [] : [[id, get(id, constraintId)]]))),
  }));
  if (errors.length > 0) return { ok: false, errors };

  const parsed = ZDiagnosticInput.safeParse({
    questionnaireVersion: version,
    context,
    constraints,
    intervention,
    economics,
    asOf: options.asOf,
    ...(profileIds.length > 0 ? { profile } : {}),
    ...(typeof strength === "string" ? { strength } : {}),
  });
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}.`) };
  return { ok: true, input: parsed.data };
}
