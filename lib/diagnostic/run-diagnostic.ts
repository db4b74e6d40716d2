import { buildBlueprint } from "@/lib/diagnostic/build-blueprint";
import { classifyConstraint } from "@/lib/diagnostic/classify-constraint";
import { findCatalogConstraint } from "@/lib/diagnostic/constraint-catalog";
import { detectFailureModes } from "@/lib/diagnostic/detect-failure-modes";
import { estimateCosts } from "@/lib/diagnostic/estimate-costs";
import { constraintProbeQuestions, ENGINE_VERSION, getQuestionnaire } from "@/lib/diagnostic/questionnaires";
import { recommendIntervention } from "@/lib/diagnostic/recommend-intervention";
import { ZDiagnosticResult } from "@/lib/diagnostic/result-schemas";
import type { TDiagnosticResult } from "@/lib/diagnostic/result-schemas";
import { ZDiagnosticInput } from "@/lib/diagnostic/schemas";
import type { TDiagnosticInput } from "@/lib/diagnostic/schemas";
import { findCatalogConstraintV2 } from "@/lib/diagnostic/v2/constraint-catalog";
import { QUESTIONNAIRE_V2_VERSION } from "@/lib/diagnostic/v2/questionnaire";
import { ENGINE_V2_VERSION, runDiagnosticV2 } from "@/lib/diagnostic/v2/run-diagnostic";

/** The engine that scores a questionnaire version. */
export function engineVersionOf(questionnaireVersion: string): string {
  return questionnaireVersion === QUESTIONNAIRE_V2_VERSION ? ENGINE_V2_VERSION : ENGINE_VERSION;
}

/** Thrown when the input does not fit the schema or its questionnaire version. `issues` are readable sentences. */
export class DiagnosticInputError extends Error {
  readonly issues: string[];
  constructor(issues: string[]) {
    super(`Invalid diagnostic input: ${issues.join(" ")}`);
    this.name = "DiagnosticInputError";
    this.issues = issues;
  }
}

/** Parses the input and checks it against its questionnaire version (slots, probe ids, catalog ids). */
export function parseDiagnosticInput(raw: unknown): TDiagnosticInput {
  const parsed = ZDiagnosticInput.safeParse(raw);
  if (!parsed.success) {
    throw new DiagnosticInputError(parsed.error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}.`));
  }
  const input = parsed.data;
  const q = getQuestionnaire(input.questionnaireVersion);
  if (!q) throw new DiagnosticInputError([`Unknown questionnaire version "${input.questionnaireVersion}".`]);
  const probeIds = new Set(constraintProbeQuestions(q).map((p) => p.id));
  const profileIds = new Set(q.questions.filter((question) => question.kind === "scale_probe" && question.scope === "diagnostic").map((p) => p.id));
  const v2 = q.version === QUESTIONNAIRE_V2_VERSION;
  const issues: string[] = [];
  for (const id of Object.keys(input.profile ?? {})) {
    if (!profileIds.has(id)) issues.push(`"${id}" is not a leader-profile question of version ${q.version}.`);
  }
  for (const c of input.constraints) {
    if (!q.constraintSlots.includes(c.constraintId)) {
      issues.push(`Constraint slot "${c.constraintId}" does not exist in version ${q.version} (use ${q.constraintSlots.join(", ")}).`);
    }
    if (c.definition.kind === "catalog" && !(v2 ? findCatalogConstraintV2(c.definition.catalogId) : findCatalogConstraint(c.definition.catalogId))) {
      issues.push(`Constraint ${c.constraintId} refers to unknown catalog entry "${c.definition.catalogId}".`);
    }
    for (const id of Object.keys(c.probes)) {
      if (!probeIds.has(id)) issues.push(`Constraint ${c.constraintId} answers "${id}", which is not a probe of version ${q.version}.`);
    }
  }
  if (issues.length > 0) throw new DiagnosticInputError(issues);
  return input;
}

/**
 * The whole engine, for the diagnostic's own questionnaire version: v1 diagnostics keep engine v1,
 * v2 diagnostics use engine v2 (lib/diagnostic/v2). Classify every constraint, recommend a lever, flag failure modes, build the
 * blueprint and compare costs. Pure and deterministic; the result is checked against ZDiagnosticResult.
 */
export function runDiagnostic(raw: unknown): TDiagnosticResult {
  const input = parseDiagnosticInput(raw);
  const questionnaire = getQuestionnaire(input.questionnaireVersion);
  if (!questionnaire) throw new DiagnosticInputError([`Unknown questionnaire version "${input.questionnaireVersion}".`]);

  if (questionnaire.version === QUESTIONNAIRE_V2_VERSION) {
    return ZDiagnosticResult.parse({ questionnaireVersion: questionnaire.version, engineVersion: ENGINE_V2_VERSION, ...runDiagnosticV2(input, questionnaire) });
  }

  const constraints = input.constraints.map((c) => classifyConstraint(c, questionnaire));
  const recommendation = recommendIntervention({ context: input.context, constraints, intervention: input.intervention });
  const failureModes = detectFailureModes({
    questionnaire,
    context: input.context,
    intervention: input.intervention,
    constraints,
    recommendation,
  });
  const blueprint = buildBlueprint({ context: input.context, constraints, recommendation, asOf: input.asOf });
  const costs = estimateCosts({
    questionnaire,
    economics: input.economics,
    intervention: input.intervention,
    constraints,
    recommendation,
    blueprint,
  });

  return ZDiagnosticResult.parse({
    questionnaireVersion: questionnaire.version,
    engineVersion: ENGINE_VERSION,
    constraints,
    recommendation,
    failureModes,
    blueprint,
    costs,
  });
}
