import { describe, expect, it } from "vitest";
import { methodology, methodologySections } from "@/lib/diagnostic/methodology";
import { PREVIOUS_QUESTIONNAIRE_VERSION, ENGINE_VERSION, probeQuestions, questionnaires } from "@/lib/diagnostic/questionnaires";
import {
  ZCompanyStage, ZCurrency, ZEndDateSet, ZInterventionKind, ZLeaderFunction, ZPermanentOwner, ZQuestionnaire,
  ZRespondentRole, ZRetentionIntent, ZSituation, ZTenure, ZUrgency,
} from "@/lib/diagnostic/schemas";
import { DEFICIT_THRESHOLD, MIN_ANSWERED_SHARE } from "@/lib/diagnostic/scoring-rules";
import { runDiagnostic, DiagnosticInputError } from "@/lib/diagnostic/run-diagnostic";
import { DUAL, constraint, makeInput } from "./helpers";

const q = questionnaires[PREVIOUS_QUESTIONNAIRE_VERSION]!;

describe("questionnaire registry", () => {
  it("every version passes its schema, has unique ids and is keyed by its own version", () => {
    for (const [version, questionnaire] of Object.entries(questionnaires)) {
      expect(ZQuestionnaire.safeParse(questionnaire).success).toBe(true);
      expect(questionnaire.version).toBe(version);
      const ids = questionnaire.questions.map((x) => x.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect(ENGINE_VERSION).toMatch(/\S/);
  });

  it("offers exactly the option values the engine understands", () => {
    const options = (id: string) => {
      const question = q.questions.find((x) => x.id === id);
      return question && "options" in question ? question.options.map((o) => o.value) : [];
    };
    expect(options("respondent_role")).toEqual(ZRespondentRole.options);
    // v2 added customer success and engineering; v1 keeps its own list.
    expect(options("leader_function")).toEqual(ZLeaderFunction.options.filter((f) => f !== "customer_success" && f !== "engineering"));
    expect(options("leader_tenure")).toEqual(ZTenure.options);
    expect(options("company_stage")).toEqual(ZCompanyStage.options);
    expect(options("situation")).toEqual(ZSituation.options);
    expect(options("urgency")).toEqual(ZUrgency.options);
    expect(options("retention_intent")).toEqual(ZRetentionIntent.options);
    expect(options("intervention_current")).toEqual(ZInterventionKind.options);
    expect(options("intervention_permanent_owner")).toEqual(ZPermanentOwner.options);
    expect(options("intervention_end_date")).toEqual(ZEndDateSet.options);
    expect(options("econ_currency")).toEqual(ZCurrency.options);
  });

  it("keeps the per-constraint probe count within the 10-15 minute budget for five constraints", () => {
    const probes = probeQuestions(q);
    expect(probes.length * 5).toBeLessThanOrEqual(70);
    for (const axis of ["behavioral", "execution", "complexity", "persistence"]) expect(probes.some((p) => p.axis === axis)).toBe(true);
    for (const p of probes) {
      expect(p.options.map((o) => o.value)).toEqual([0, 1, 2, 3, "dont_know"]);
      expect(p.evidenceTemplate).toContain("{constraint}");
    }
  });
});

describe("methodology", () => {
  it("quotes the live thresholds and covers every step", () => {
    const v1 = methodologySections(PREVIOUS_QUESTIONNAIRE_VERSION);
    const text = v1.flatMap((s) => s.paragraphs).join(" ");
    expect(text).toContain(`A score of ${DEFICIT_THRESHOLD} or more`);
    expect(text).toContain(`${MIN_ANSWERED_SHARE * 100}%`);
    expect(v1.map((s) => s.id)).toEqual(["answers-to-scores", "scores-to-classes", "classes-to-recommendation", "failure-modes", "blueprint", "costs", "versions"]);
    // The default methodology describes the current version, v2, with the same sections.
    expect(methodology.map((s) => s.id)).toEqual(v1.map((s) => s.id));
    expect(methodology.flatMap((s) => s.paragraphs).join(" ")).toContain("A score of 50 or more marks a deficit");
  });
});

describe("runDiagnostic input validation", () => {
  it("stamps the questionnaire and engine versions on the result", () => {
    const r = runDiagnostic(makeInput([constraint("c1", DUAL)]));
    expect(r.questionnaireVersion).toBe(PREVIOUS_QUESTIONNAIRE_VERSION);
    expect(r.engineVersion).toBe(ENGINE_VERSION);
  });

  it("rejects unknown versions, probes, slots, catalog entries and duplicates with readable issues", () => {
    const bad = (patch: object) => () => runDiagnostic({ ...makeInput([constraint("c1", DUAL)]), ...patch });
    expect(bad({ questionnaireVersion: "v0" })).toThrow(/Unknown questionnaire version/);
    expect(bad({ constraints: [constraint("c1", { ...DUAL, probe_made_up: 1 })] })).toThrow(/not a probe of version/);
    expect(bad({ constraints: [constraint("c7", DUAL)] })).toThrow(/does not exist/);
    expect(bad({ constraints: [constraint("c1", DUAL, "nope")] })).toThrow(/unknown catalog entry/);
    expect(bad({ constraints: [constraint("c1", DUAL), constraint("c1", DUAL)] })).toThrow(/used twice/);
    expect(bad({ constraints: [] })).toThrow(DiagnosticInputError);
  });
});
