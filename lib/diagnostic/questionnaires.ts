import { questionnaireV1, QUESTIONNAIRE_V1_VERSION } from "@/lib/diagnostic/questionnaire-v1";
import type { TNumberQuestion, TQuestion, TQuestionnaire, TScaleProbeQuestion } from "@/lib/diagnostic/schemas";
import { questionnaireV2, QUESTIONNAIRE_V2_VERSION } from "@/lib/diagnostic/v2/questionnaire";
import { ECONOMICS_QUESTION_IDS, type TEconomicsLimits } from "@/lib/diagnostic/economics-fields";

/**
 * Versioning rules:
 * - A question id keeps its meaning forever. Never reuse an id for a different question.
 * - Rewording a prompt, changing options, weights, thresholds or defaults makes a new version
 *   (e.g. "2027-03.v2"), added here next to the old one. Old versions stay so that every stored
 *   diagnostic is scored with the version it was answered with.
 * - ENGINE_VERSION changes whenever engine code changes results for the same version and answers.
 */
export const questionnaires: Readonly<Record<string, TQuestionnaire>> = {
  [QUESTIONNAIRE_V1_VERSION]: questionnaireV1,
  [QUESTIONNAIRE_V2_VERSION]: questionnaireV2,
};

/** New diagnostics use v2; stored v1 diagnostics keep v1 and engine v1. */
export const CURRENT_QUESTIONNAIRE_VERSION = QUESTIONNAIRE_V2_VERSION;
export const PREVIOUS_QUESTIONNAIRE_VERSION = QUESTIONNAIRE_V1_VERSION;

/** Engine v1, for v1 diagnostics; engine v2's version is ENGINE_V2_VERSION. */
export const ENGINE_VERSION = "engine-2026-11.1";

export function getQuestionnaire(version: string): TQuestionnaire | undefined {
  return Object.hasOwn(questionnaires, version) ? questionnaires[version] : undefined;
}

export class UnknownQuestionnaireVersionError extends Error {
  constructor(version: string) {
    super(`Unknown questionnaire version "${version}". Known versions: ${Object.keys(questionnaires).join(", ")}.`);
    this.name = "UnknownQuestionnaireVersionError";
  }
}

export function requireQuestionnaire(version: string): TQuestionnaire {
  const q = getQuestionnaire(version);
  if (!q) throw new UnknownQuestionnaireVersionError(version);
  return q;
}

export function findQuestion(q: TQuestionnaire, questionId: string): TQuestion | undefined {
  return q.questions.find((question) => question.id === questionId);
}

export function probeQuestions(q: TQuestionnaire): TScaleProbeQuestion[] {
  return q.questions.filter((question): question is TScaleProbeQuestion => question.kind === "scale_probe");
}

/** Probes asked once per constraint (v2's leader profile is asked once per diagnostic). */
export function constraintProbeQuestions(q: TQuestionnaire): TScaleProbeQuestion[] {
  return probeQuestions(q).filter((question) => question.scope === "constraint");
}

/** The bounds of every numeric economics question of a version, for the assumption inputs. */
export function economicsLimits(version: string): TEconomicsLimits {
  const q = requireQuestionnaire(version);
  const limits: TEconomicsLimits = {};
  for (const id of Object.values(ECONOMICS_QUESTION_IDS)) {
    const question = numberQuestion(q, id);
    if (question) limits[id] = { min: question.min, max: question.max, integer: question.integer };
  }
  return limits;
}

export function numberQuestion(q: TQuestionnaire, questionId: string): TNumberQuestion | undefined {
  const found = findQuestion(q, questionId);
  return found?.kind === "number" ? found : undefined;
}
