import { describe, expect, it } from "vitest";
import { classifyConstraint } from "@/lib/diagnostic/classify-constraint";
import { ZConstraintResult } from "@/lib/diagnostic/result-schemas";
import { DEFICIT_THRESHOLD, EVIDENCE_PER_AXIS, MIN_ANSWERED_SHARE } from "@/lib/diagnostic/scoring-rules";
import {
  BEHAVIORAL,
  BEHAVIORAL_IDS,
  COMPLEXITY_ID,
  DUAL,
  EXECUTION,
  EXECUTION_IDS,
  HEALTHY,
  PERSISTENCE_ID,
  classify,
  probes,
  questionnaire,
} from "./helpers";

const withAnswers = (base: Record<string, 0 | 1 | 2 | 3 | "dont_know">, changes: Record<string, 0 | 1 | 2 | 3 | "dont_know">) => ({ ...base, ...changes });

describe("classifyConstraint scores", () => {
  it("scores an all-'not at all' constraint 0 on both axes", () => {
    const r = classify(HEALTHY);
    expect([r.behavioralScore, r.executionScore]).toEqual([0, 0]);
    expect(r.class).toBe("no_clear_deficit");
  });

  it("scores an all-'severely' constraint 100 on both axes and classes it dual", () => {
    const r = classify(DUAL);
    expect([r.behavioralScore, r.executionScore]).toEqual([100, 100]);
    expect(r.class).toBe("dual");
  });

  it("treats one severe behavioral answer as a deficit on its own (peak is not averaged away)", () => {
    const r = classify(withAnswers(HEALTHY, { [BEHAVIORAL_IDS[0]!]: 3 }));
    expect(r.behavioralScore).toBe(52);
    expect(r.behavioralScore).toBeGreaterThanOrEqual(DEFICIT_THRESHOLD);
    expect(r.class).toBe("behavioral");
  });

  it("does not treat a spread of 'somewhat' answers as a deficit", () => {
    const r = classify(probes(1, 1, { persistence: 1 }));
    expect(r.behavioralScore).toBe(33);
    expect(r.executionScore).toBe(33);
    expect(r.class).toBe("no_clear_deficit");
  });

  it("treats two 'clearly' answers as a behavioral deficit", () => {
    const r = classify(withAnswers(HEALTHY, { [BEHAVIORAL_IDS[0]!]: 2, [BEHAVIORAL_IDS[1]!]: 2 }));
    expect(r.behavioralScore).toBe(43);
    expect(r.class).toBe("behavioral");
  });

  it("counts the persistence probe on the execution axis and ignores complexity in both scores", () => {
    const persistent = classify(withAnswers(HEALTHY, { [PERSISTENCE_ID]: 3 }));
    expect(persistent.executionScore).toBeGreaterThan(0);
    expect(persistent.behavioralScore).toBe(0);
    const complex = classify(withAnswers(HEALTHY, { [COMPLEXITY_ID]: 3 }));
    expect([complex.behavioralScore, complex.executionScore]).toEqual([0, 0]);
    expect(complex.complexityExceedsExperience).toBe(3);
  });

  it("classes execution-only and behavioral-only constraints", () => {
    expect(classify(EXECUTION).class).toBe("execution");
    expect(classify(BEHAVIORAL).class).toBe("behavioral");
  });

  it("scores 'dont_know' exactly like a missing answer and like 'not at all'", () => {
    const dk = classify(withAnswers(BEHAVIORAL, { [BEHAVIORAL_IDS[1]!]: "dont_know" }));
    const zero = classify(withAnswers(BEHAVIORAL, { [BEHAVIORAL_IDS[1]!]: 0 }));
    const missing = { ...BEHAVIORAL };
    delete missing[BEHAVIORAL_IDS[1]!];
    expect(dk.behavioralScore).toBe(zero.behavioralScore);
    expect(classify(missing).behavioralScore).toBe(dk.behavioralScore);
  });
});

describe("classifyConstraint evidence thresholds", () => {
  it(`is insufficient_evidence when under ${MIN_ANSWERED_SHARE * 100}% of probes are answered`, () => {
    const r = classify(probes("dont_know", "dont_know", { complexity: "dont_know", persistence: 3 }));
    expect(r.class).toBe("insufficient_evidence");
    expect(r.confidence.level).toBe("low");
  });

  it("is insufficient_evidence when an axis without a deficit is mostly unknown", () => {
    const threeKnown = { [EXECUTION_IDS[0]!]: 0, [EXECUTION_IDS[1]!]: 0, [EXECUTION_IDS[2]!]: 0 } as const;
    const r = classify(withAnswers(probes(0, "dont_know", { persistence: "dont_know" }), threeKnown));
    expect(r.executionAnsweredShare).toBeLessThan(0.5);
    expect(r.answeredShare).toBeGreaterThanOrEqual(MIN_ANSWERED_SHARE);
    expect(r.class).toBe("insufficient_evidence");
  });

  it("keeps a proven deficit when the other axis is unknown, with lower confidence and a note", () => {
    const threeKnown = { [EXECUTION_IDS[0]!]: 0, [EXECUTION_IDS[1]!]: 0, [EXECUTION_IDS[2]!]: 0 } as const;
    const r = classify(withAnswers(probes(3, "dont_know", { persistence: "dont_know" }), threeKnown));
    expect(r.class).toBe("behavioral");
    expect(r.summary).toMatch(/structural side is mostly unknown/);
    expect(r.confidence.value).toBeLessThan(classify(BEHAVIORAL).confidence.value);
  });
});

describe("classifyConstraint confidence and evidence", () => {
  it("is highly confident when every probe is answered and scores are far from the threshold", () => {
    expect(classify(DUAL).confidence).toEqual({ level: "high", value: 1 });
  });

  it("is less confident when a score sits near the threshold", () => {
    const near = classify(withAnswers(HEALTHY, { [BEHAVIORAL_IDS[0]!]: 2, [BEHAVIORAL_IDS[1]!]: 2 }));
    expect(near.confidence.value).toBeLessThan(0.75);
  });

  it(`quotes at most ${EVIDENCE_PER_AXIS} answers per axis, strongest first, as sentences naming the constraint`, () => {
    const answers = withAnswers(HEALTHY, {
      [EXECUTION_IDS[0]!]: 1,
      [EXECUTION_IDS[1]!]: 3,
      [EXECUTION_IDS[2]!]: 2,
      [EXECUTION_IDS[3]!]: 1,
    });
    const r = classify(answers);
    expect(r.evidence.execution).toHaveLength(EVIDENCE_PER_AXIS);
    expect(r.evidence.execution[0]!.questionId).toBe(EXECUTION_IDS[1]);
    expect(r.evidence.execution[0]!.sentence).toContain("“We keep missing targets”");
    expect(r.evidence.execution[0]!.sentence).toContain("a strong sign");
    const points = r.evidence.execution.map((e) => e.points);
    expect([...points].sort((a, b) => b - a)).toEqual(points);
    expect(r.evidence.behavioral).toEqual([]);
  });

  it("uses the custom title for custom constraints and passes its schema", () => {
    const r = classifyConstraint(
      { constraintId: "c2", definition: { kind: "custom", title: "Board packs are always late" }, probes: EXECUTION },
      questionnaire,
    );
    expect(r.title).toBe("Board packs are always late");
    expect(r.catalogId).toBeNull();
    expect(ZConstraintResult.safeParse(r).success).toBe(true);
  });
});
