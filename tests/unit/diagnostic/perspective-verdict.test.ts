import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assembleDiagnosticInput,
  combinePerspectives,
  compareWithVerdict,
  runDiagnostic,
  runVerdict,
  verdictInput,
  verdictIsStale,
  type TDiagnosticInput,
  type TPerspective,
  type TProbeValue,
  type TRespondentAnswers,
} from "@/lib/diagnostic";
import type { TConstraintItems } from "@/tests/fixtures/scenarios-v2";
import { vpSalesCeoV2Scenario } from "@/tests/fixtures/scenarios-v2";

/**
 * Cases written from the practitioner's reasoning before the rule: the CEO's facilitated intake is one
 * informed view; the board and peers who work with the leader are others; the leader's own view is
 * what coaching has to move, so by default it is compared, not counted.
 */

const assembled = assembleDiagnosticInput(vpSalesCeoV2Scenario.version, vpSalesCeoV2Scenario.rows);
if (!assembled.ok) throw new Error(assembled.errors.join(" "));
const intake: TDiagnosticInput = assembled.input;

/** c2 "strategy not landing": the CEO sees the leader (k_leader 3) and a sound system. */
const SEES_THE_SYSTEM: TConstraintItems = {
  k_decision_rights: 1, k_cadence: 3, k_metrics: 2, k_incentives: 0, k_process: 2, k_leader: 0, k_adoption: 0, k_attribution: 3,
};
const SEES_THE_LEADER_TOO: TConstraintItems = { ...SEES_THE_SYSTEM, k_leader: 1, k_cadence: 2 };

function rater(perspective: TPerspective, c2: Partial<TConstraintItems>, extra: Partial<TRespondentAnswers> = {}): TRespondentAnswers {
  return { perspective, probes: { c2: c2 as Record<string, TProbeValue> }, ...extra };
}

const DEFAULT = ["intake", "manager", "board", "peer"] as const;
const classOf = (result: ReturnType<typeof runVerdict>, slot: string) => result.constraints.find((c) => c.constraintId === slot)?.class;

describe("perspectives in the verdict", () => {
  it("the tester's case: the CEO reads c2 as the leader, the leader and a consenting board of two read the system; the verdict weighs both", () => {
    expect(classOf(runDiagnostic(intake), "c2")).toBe("behavioral");
    const respondents = [
      rater("self", SEES_THE_SYSTEM),
      rater("board", SEES_THE_LEADER_TOO, { smallGroupConsent: true }),
      rater("board", SEES_THE_LEADER_TOO, { smallGroupConsent: true }),
    ];
    const verdict = runVerdict({ input: intake, respondents, chosen: DEFAULT });
    // The CEO's "severely" on the leader and the board's "a little" meet at "clearly"; the board's
    // clear cadence and process problems carry the system side: both are real.
    expect(classOf(verdict, "c2")).toBe("dual");
    expect(verdict.basis?.counted.map((g) => g.id)).toEqual(["intake", "board"]);
    expect(verdict.basis?.compared.map((g) => g.id)).toEqual(["self"]);
    expect(verdict.basis?.sentence).toBe(
      "This verdict rests on the facilitated intake (the manager or CEO) and 2 board members. Compared with it, not counted: the leader's self-view.",
    );
    // The CEO blames the person, the board the system: the verdict says so instead of hiding the split in "dual".
    expect(verdict.basis?.contested).toEqual([
      {
        constraintId: "c2",
        sentence: expect.stringMatching(/^Views split on “.+”: the facilitated intake \(the manager or CEO\) sees the leader's own habits, 2 board members see the system\. Settle this with them before funding two interventions\.$/),
      },
    ]);

    const comparison = compareWithVerdict({ intakeInput: intake, result: verdict, respondents });
    const c2 = comparison.constraints.find((c) => c.constraintId === "c2")!;
    expect(c2.views.find((v) => v.groupId === "intake")?.class).toBe("behavioral");
    expect(c2.views.find((v) => v.groupId === "self")?.class).toBe("execution");
    // Every view that reads one side only is a perception gap on the class itself, not "no gap".
    expect(c2.gaps.filter((g) => g.kind === "class").map((g) => g.groupId).sort()).toEqual(["board", "intake", "self"]);
  });

  it("counts each group once, whatever its size: five peers weigh as much as three", () => {
    const peers = (n: number) => Array.from({ length: n }, () => rater("peer", SEES_THE_SYSTEM));
    const three = combinePerspectives({ input: intake, respondents: peers(3), chosen: DEFAULT });
    const five = combinePerspectives({ input: intake, respondents: peers(5), chosen: DEFAULT });
    expect(five.basis.probes).toEqual(three.basis.probes);
    // CEO 3 on the leader, peers 0: too far apart to average up; they meet half-way down and the split is named.
    expect(three.basis.probes.c2?.k_leader).toBe(1);
    expect(three.basis.contested.map((c) => c.constraintId)).toEqual(["c2"]);
  });

  it("consenting to be shown as a small group changes the display, never the diagnosis", () => {
    const four = (consent: boolean) => [
      rater("board", SEES_THE_SYSTEM, { smallGroupConsent: consent }),
      rater("board", SEES_THE_LEADER_TOO, { smallGroupConsent: consent }),
      rater("peer", SEES_THE_SYSTEM, { smallGroupConsent: consent }),
      rater("peer", SEES_THE_LEADER_TOO, { smallGroupConsent: consent }),
    ];
    const shown = runVerdict({ input: intake, respondents: four(true), chosen: DEFAULT });
    const pooled = runVerdict({ input: intake, respondents: four(false), chosen: DEFAULT });
    expect(shown.basis?.probes).toEqual(pooled.basis?.probes);
    expect(shown.recommendation.kind).toBe(pooled.recommendation.kind);
  });

  it("a group counts on an item only when enough of it answered: one rater never stands for three", () => {
    const dontKnow = { ...SEES_THE_SYSTEM, k_leader: "dont_know" as const };
    const one = [rater("board", { ...SEES_THE_SYSTEM, k_leader: 3 }), rater("board", dontKnow), rater("board", dontKnow)];
    const { basis } = combinePerspectives({ input: intake, respondents: one, chosen: DEFAULT });
    expect(basis.probes.c2?.k_leader).toBe(intake.constraints.find((c) => c.constraintId === "c2")!.probes.k_leader);
  });

  it("an intake the leader answered is their own view: compared by default, not counted", () => {
    const selfIntake = { ...intake, context: { ...intake.context, respondentRole: "self" as const } };
    const verdict = runVerdict({ input: selfIntake, respondents: [rater("manager", SEES_THE_SYSTEM)], chosen: null });
    expect(verdict.basis?.counted.map((g) => g.id)).toEqual(["manager"]);
    expect(verdict.basis?.compared.map((g) => g.id)).toEqual(["intake"]);
  });

  it("a group withheld for anonymity counts for nothing", () => {
    const withheld = [rater("board", { k_leader: 3, k_cadence: 3 }), rater("board", { k_leader: 3, k_cadence: 3 })];
    const verdict = runVerdict({ input: intake, respondents: withheld, chosen: DEFAULT });
    const { basis, ...rest } = verdict;
    expect(rest).toEqual(runDiagnostic(intake));
    expect(basis?.withheld).toEqual([{ label: "Board members and peers", respondents: 2 }]);
    expect(basis?.sentence).toContain("withheld until enough answer to stay anonymous");
  });

  it("counts the self-view only when the consultant chooses it", () => {
    const self = [rater("self", SEES_THE_SYSTEM)];
    expect(runVerdict({ input: intake, respondents: self, chosen: DEFAULT }).basis?.counted.map((g) => g.id)).toEqual(["intake"]);
    const counted = runVerdict({ input: intake, respondents: self, chosen: ["intake", "self"] });
    expect(counted.basis?.counted.map((g) => g.id)).toEqual(["intake", "self"]);
    expect(counted.basis?.probes.c2?.k_leader).toBe(1);
  });

  it("until a chosen perspective answers, the intake carries the verdict and says so", () => {
    const verdict = runVerdict({ input: intake, respondents: [], chosen: ["manager"] });
    expect(verdict.basis?.counted.map((g) => g.id)).toEqual(["intake"]);
    expect(verdict.basis?.sentence).toBe(
      "This verdict rests on the facilitated intake (the manager or CEO) until a perspective you chose answers.",
    );
  });

  it("the stored verdict reproduces from its own record: the input it rested on scores to the same result", () => {
    const respondents = [rater("peer", SEES_THE_SYSTEM), rater("peer", SEES_THE_LEADER_TOO), rater("peer", SEES_THE_SYSTEM)];
    const verdict = runVerdict({ input: intake, respondents, chosen: DEFAULT });
    expect({ ...runDiagnostic(verdictInput(intake, verdict)), basis: verdict.basis }).toEqual(verdict);
  });

  it("knows when a stored verdict predates views submitted since", () => {
    const verdict = runVerdict({ input: intake, respondents: [rater("self", SEES_THE_SYSTEM)], chosen: DEFAULT });
    expect(verdictIsStale(verdict, 1)).toBe(false);
    expect(verdictIsStale(verdict, 2)).toBe(true);
    expect(verdictIsStale(runDiagnostic(intake), 0)).toBe(false);
  });

  it("every combined answer lies between the counted views' answers (property)", () => {
    const value = fc.constantFrom<TProbeValue>(0, 1, 2, 3, "dont_know");
    const items = fc.record({ k_leader: value, k_cadence: value, k_process: value });
    fc.assert(
      fc.property(items, items, items, (m, p1, p2) => {
        const respondents = [rater("manager", m), rater("peer", p1, { smallGroupConsent: true }), rater("peer", p2, { smallGroupConsent: true })];
        const { basis } = combinePerspectives({ input: intake, respondents, chosen: DEFAULT });
        for (const id of ["k_leader", "k_cadence", "k_process"] as const) {
          const own = intake.constraints.find((c) => c.constraintId === "c2")!.probes[id];
          const views = [own, m[id], p1[id], p2[id]].filter((v): v is 0 | 1 | 2 | 3 => typeof v === "number");
          const combined = basis.probes.c2?.[id];
          expect(typeof combined).toBe("number");
          expect(combined as number).toBeGreaterThanOrEqual(Math.min(...views));
          expect(combined as number).toBeLessThanOrEqual(Math.max(...views));
        }
      }),
    );
  });
});
