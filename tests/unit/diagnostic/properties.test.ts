import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runDiagnostic } from "@/lib/diagnostic/run-diagnostic";
import { ZConstraintResult, ZDiagnosticResult } from "@/lib/diagnostic/result-schemas";
import { ZInterventionKind, ZLeaderFunction, ZRetentionIntent } from "@/lib/diagnostic/schemas";
import type { TProbeValue } from "@/lib/diagnostic/schemas";
import { CONSTRAINT_CATALOG } from "@/lib/diagnostic/constraint-catalog";
import { ALL_PROBE_IDS, BEHAVIORAL_IDS, EXECUTION_IDS, PERSISTENCE_ID, classify, constraint, makeInput } from "./helpers";

const arbValue: fc.Arbitrary<TProbeValue> = fc.constantFrom<TProbeValue>(0, 1, 2, 3, "dont_know");
const arbAnswers = fc.record(Object.fromEntries(ALL_PROBE_IDS.map((id) => [id, arbValue])) as Record<string, fc.Arbitrary<TProbeValue>>);
const num = (v: TProbeValue) => (typeof v === "number" ? v : -1);

describe("classification properties", () => {
  it("scores stay within 0-100 and results pass their schema", () => {
    fc.assert(
      fc.property(arbAnswers, (answers) => {
        const r = classify(answers);
        expect(ZConstraintResult.safeParse(r).success).toBe(true);
        for (const s of [r.behavioralScore, r.executionScore]) expect(s >= 0 && s <= 100).toBe(true);
      }),
    );
  });

  const monotone = (ids: string[], score: "behavioralScore" | "executionScore") =>
    fc.property(arbAnswers, fc.constantFrom(...ids), fc.constantFrom(0, 1, 2, 3), (answers, id, worse) => {
      const current = num(answers[id]!);
      fc.pre(worse > current);
      expect(classify({ ...answers, [id]: worse })[score]).toBeGreaterThanOrEqual(classify(answers)[score]);
    });

  it("a worse answer on a behavioral probe never lowers the behavioral score", () => {
    fc.assert(monotone(BEHAVIORAL_IDS, "behavioralScore"));
  });

  it("a worse answer on an execution probe (or persistence) never lowers the execution score", () => {
    fc.assert(monotone([...EXECUTION_IDS, PERSISTENCE_ID], "executionScore"));
  });

  it("'don't know' never raises a score compared with any real answer", () => {
    fc.assert(
      fc.property(arbAnswers, fc.constantFrom(...ALL_PROBE_IDS), fc.constantFrom(0, 1, 2, 3), (answers, id, real) => {
        const known = classify({ ...answers, [id]: real });
        const unknown = classify({ ...answers, [id]: "dont_know" });
        expect(unknown.behavioralScore).toBeLessThanOrEqual(known.behavioralScore);
        expect(unknown.executionScore).toBeLessThanOrEqual(known.executionScore);
      }),
    );
  });
});

const arbConstraints = fc
  .array(fc.tuple(arbAnswers, fc.constantFrom(...CONSTRAINT_CATALOG.map((c) => c.id))), { minLength: 1, maxLength: 5 })
  .map((list) => list.map(([answers, catalogId], i) => constraint(`c${i + 1}`, answers, catalogId)));

describe("diagnostic properties", () => {
  it("the order of constraints does not change any constraint's result", () => {
    fc.assert(
      fc.property(arbConstraints, fc.infiniteStream(fc.nat()), (constraints, seeds) => {
        const shuffled = [...constraints].map((c) => ({ c, k: seeds.next().value as number })).sort((a, b) => a.k - b.k).map((x) => x.c);
        const byId = (cs: typeof constraints) => {
          const r = runDiagnostic(makeInput(cs));
          return Object.fromEntries(r.constraints.map((c) => [c.constraintId, c]));
        };
        expect(byId(shuffled)).toEqual(byId(constraints));
      }),
      { numRuns: 60 },
    );
  });

  it("every output passes ZDiagnosticResult and a healthy leader is never sold an engagement", () => {
    fc.assert(
      fc.property(
        arbConstraints,
        fc.constantFrom(...ZInterventionKind.options),
        fc.constantFrom(...ZLeaderFunction.options),
        fc.constantFrom(...ZRetentionIntent.options),
        (constraints, current, leaderFunction, retentionIntent) => {
          const r = runDiagnostic(makeInput(constraints, { intervention: { current }, context: { leaderFunction, retentionIntent } }));
          expect(ZDiagnosticResult.safeParse(r).success).toBe(true);
          const anyDeficit = r.constraints.some((c) => ["behavioral", "execution", "dual"].includes(c.class));
          if (!anyDeficit) expect(r.blueprint.kind).not.toBe("engagement");
          if (!anyDeficit) expect(r.costs.costOfAction).toBe(0);
        },
      ),
      { numRuns: 150 },
    );
  });
});
