import { describe, expect, it } from "vitest";
import { PREVIOUS_QUESTIONNAIRE_VERSION, requireQuestionnaire } from "@/lib/diagnostic";
import { constraintSlotsInUse, firstIncompleteStep, openingStep, planSteps, unansweredInStep } from "@/lib/diagnostic/plan-steps";
import { cooExitScenario, row } from "@/tests/fixtures/scenarios";

const q = requireQuestionnaire(PREVIOUS_QUESTIONNAIRE_VERSION);

describe("planSteps", () => {
  it("asks context, the constraint list, then two steps per constraint, the plan, economics and a review", () => {
    const answers = [
      row("constraint_definition", { kind: "catalog", catalogId: "missed_targets" }, "c1"),
      row("constraint_definition", { kind: "custom", title: "Board friction" }, "c3"),
    ];
    const ids = planSteps(q, answers).map((s) => s.id);
    expect(ids).toEqual(["context", "constraints", "c1-behavioral", "c1-execution", "c3-behavioral", "c3-execution", "intervention", "economics", "review"]);
  });

  it("gives a respondent only the probes of the intake's constraints, then a review to submit", () => {
    const answers = [row("constraint_definition", { kind: "catalog", catalogId: "missed_targets" }, "c2")];
    const steps = planSteps(q, answers, "probes");
    expect(steps.map((s) => s.id)).toEqual(["c2-behavioral", "c2-execution", "review"]);
    expect(steps.at(-1)?.title).toBe("Review and submit");
    expect(firstIncompleteStep(q, answers, "probes")).toBe("c2-behavioral");
    expect(openingStep(q, answers, "context", "probes")).toBe("c2-behavioral");
  });

  it("labels each per-constraint step with its place in the loop and the constraint's own title", () => {
    const steps = planSteps(q, [row("constraint_definition", { kind: "custom", title: "<b>Board</b> friction" }, "c2")]);
    const step = steps.find((s) => s.id === "c2-execution");
    expect(step?.kind === "questions" && step.loopLabel).toBe("Constraint 1 of 1 · part 2 of 2");
    expect(step?.title).toBe("<b>Board</b> friction");
  });

  it("puts every probe of the questionnaire in exactly one per-constraint step", () => {
    const steps = planSteps(q, [row("constraint_definition", { kind: "custom", title: "X" }, "c1")]);
    const asked = steps.flatMap((s) => (s.kind === "questions" && s.constraintId === "c1" ? s.questions.map((x) => x.id) : []));
    const probes = q.questions.filter((x) => x.section === "probes").map((x) => x.id);
    expect([...asked].sort()).toEqual([...probes].sort());
  });
});

describe("firstIncompleteStep", () => {
  it("starts a new diagnostic at the context", () => {
    expect(firstIncompleteStep(q, [])).toBe("context");
  });

  it("continues at the first step with a required answer missing", () => {
    const contextOnly = cooExitScenario.rows.filter((r) => r.constraintId === null);
    expect(firstIncompleteStep(q, contextOnly)).toBe("constraints");
    const withConstraint = [...contextOnly, ...cooExitScenario.rows.filter((r) => r.questionId === "constraint_definition")];
    expect(firstIncompleteStep(q, withConstraint)).toBe("c1-behavioral");
  });

  it("goes to the review when everything required is answered", () => {
    expect(firstIncompleteStep(q, cooExitScenario.rows)).toBe("review");
  });

  it("treats a missing constraint list as the gap of the constraints step", () => {
    const step = planSteps(q, []).find((s) => s.id === "constraints");
    expect(step && unansweredInStep(step, [], constraintSlotsInUse(q, []).length)).toHaveLength(1);
  });
});

describe("openingStep", () => {
  const contextOnly = cooExitScenario.rows.filter((r) => r.constraintId === null);
  it("keeps a step named in the URL when it exists in the plan", () => {
    expect(openingStep(q, contextOnly, "economics")).toBe("economics");
  });
  it("falls back to where the person left off for an unknown or missing step", () => {
    expect(openingStep(q, contextOnly, "c4-behavioral")).toBe("constraints");
    expect(openingStep(q, contextOnly, undefined)).toBe("constraints");
  });
});
