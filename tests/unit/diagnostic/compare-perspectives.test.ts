import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assembleDiagnosticInput,
  buildBoardReport,
  comparePerspectives,
  contrastWithWhite,
  MIN_GROUP_RESPONDENTS,
  PERCEPTION_GAP_POINTS,
  runDiagnostic,
  ZBranding,
  type TPerspective,
  type TProbeValue,
  type TRespondentAnswers,
} from "@/lib/diagnostic";
import { cooExitScenario } from "@/tests/fixtures/scenarios";

const assembled = assembleDiagnosticInput(cooExitScenario.version, cooExitScenario.rows);
if (!assembled.ok) throw new Error(assembled.errors.join(" "));
const input = assembled.input;
const result = runDiagnostic(input);

const PROBES = ["b_pressure", "b_decisions", "b_delegation", "b_presence", "b_communication", "e_decision_rights", "e_cadence", "e_metrics", "e_incentives", "e_process_tooling", "e_interfaces", "x_complexity", "x_persistence"];

/** A respondent who answers every probe of c1 with `behavioral` on the leader's side and `execution` on the system's. */
function respondent(perspective: TPerspective, behavioral: TProbeValue, execution: TProbeValue): TRespondentAnswers {
  return {
    perspective,
    probes: { c1: Object.fromEntries(PROBES.map((p) => [`probe_${p}`, p.startsWith("b_") ? behavioral : execution])) },
  };
}

const compare = (respondents: TRespondentAnswers[]) =>
  comparePerspectives({ questionnaireVersion: input.questionnaireVersion, constraints: input.constraints, verdict: result.constraints, respondents });

describe("comparePerspectives", () => {
  it("compares every view with the verdict, and keeps the facilitated intake's own row once others answer", () => {
    const compared = compare([respondent("self", 0, 0), respondent("manager", 3, 3)]);
    expect(compared.baseline).toBe("verdict");
    expect(compared.groups.map((g) => g.id)).toEqual(["verdict", "intake", "self", "manager"]);
    expect(compared.constraints[0]?.views.map((v) => v.groupId)).toEqual(["verdict", "intake", "self", "manager"]);
  });

  it("finds a perception gap on the class itself where a view sees nothing and the verdict sees a deficit", () => {
    const compared = compare([respondent("self", 0, 0)]);
    const c1 = compared.constraints[0]!;
    const verdict = c1.views.find((v) => v.groupId === "verdict")!;
    expect(verdict.class).not.toBe("no_clear_deficit");
    expect(c1.views.find((v) => v.groupId === "self")?.class).toBe("no_clear_deficit");
    expect(c1.gaps.find((g) => g.kind === "class" && g.groupId === "self")?.sentence).toBe(
      `Self-view: no clear deficit, where the verdict reads ${verdict.class === "dual" ? "dual" : verdict.class}.`,
    );
  });

  it("reports no gap for a view that reads the constraint as the verdict does", () => {
    const compared = compare([respondent("manager", 3, 3)]);
    const c1 = compared.constraints[0]!;
    const verdict = c1.views.find((v) => v.groupId === "verdict")!;
    const manager = c1.views.find((v) => v.groupId === "manager")!;
    expect(c1.gaps.filter((g) => g.groupId === "manager").length > 0).toBe(
      manager.class !== verdict.class ||
        Math.abs(manager.behavioralScore - verdict.behavioralScore) >= PERCEPTION_GAP_POINTS ||
        Math.abs(manager.executionScore - verdict.executionScore) >= PERCEPTION_GAP_POINTS,
    );
  });

  it("shows a board of two on its own only when both consented on their invitation", () => {
    const consented = (b: TProbeValue) => ({ ...respondent("board", b, 0), smallGroupConsent: true });
    const both = compare([consented(3), consented(1)]);
    expect(both.groups.find((g) => g.id === "board")?.label).toBe("Board members, shown with their consent");
    expect(both.withheld).toEqual([]);
    const one = compare([consented(3), respondent("board", 1, 0)]);
    expect(one.groups.some((g) => g.id === "board")).toBe(false);
    expect(one.withheld).toEqual([{ label: "Board members and peers", respondents: 2 }]);
    const alone = compare([consented(3)]);
    expect(alone.withheld).toEqual([{ label: "Board members and peers", respondents: 1 }]);
  });

  it("pools board members and peers below the minimum, and withholds a pool that is still too small", () => {
    expect(MIN_GROUP_RESPONDENTS).toBe(3);
    const two = compare([respondent("board", 3, 0), respondent("board", 1, 0)]);
    expect(two.groups.map((g) => g.id)).toEqual(["verdict", "intake"]);
    expect(two.withheld).toEqual([{ label: "Board members and peers", respondents: 2 }]);

    const pooled = compare([respondent("board", 3, 0), respondent("board", 0, 0), respondent("peer", 1, 0)]);
    expect(pooled.groups.find((g) => g.id === "board_and_peers")?.respondents).toBe(3);
    expect(pooled.withheld).toEqual([]);

    const separate = compare([respondent("board", 3, 0), respondent("board", 1, 0), respondent("board", 0, 0), respondent("peer", 2, 2)]);
    expect(separate.groups.map((g) => g.id)).toEqual(["verdict", "intake", "board"]);
    expect(separate.withheld).toEqual([{ label: "Board members and peers", respondents: 1 }]);
  });

  it("averages a group's scores, so one member cannot be read back from the group", () => {
    const compared = compare([respondent("board", 3, 0), respondent("board", 0, 0), respondent("board", 0, 0)]);
    const board = compared.constraints[0]?.views.find((v) => v.groupId === "board");
    const high = compare([respondent("manager", 3, 0)]).constraints[0]?.views.find((v) => v.groupId === "manager");
    const low = compare([respondent("manager", 0, 0)]).constraints[0]?.views.find((v) => v.groupId === "manager");
    expect(board?.behavioralScore).toBe(Math.round(((high?.behavioralScore ?? 0) + 2 * (low?.behavioralScore ?? 0)) / 3));
  });

  it("ignores answers to anything but the constraint probes", () => {
    const noisy: TRespondentAnswers = { perspective: "manager", probes: { c1: { ...respondent("manager", 1, 1).probes.c1, leader_tenure: 3 } } };
    expect(compare([noisy])).toEqual(compare([respondent("manager", 1, 1)]));
  });

  it("a gap on a score always means a difference from the verdict of at least the documented points (property)", () => {
    const value = fc.constantFrom<TProbeValue>(0, 1, 2, 3, "dont_know");
    fc.assert(
      fc.property(value, value, (mb, me) => {
        const compared = compare([respondent("manager", mb, me)]);
        const c1 = compared.constraints[0]!;
        const verdict = c1.views.find((v) => v.groupId === "verdict")!;
        const manager = c1.views.find((v) => v.groupId === "manager")!;
        for (const axis of ["behavioral", "execution"] as const) {
          const differs = manager.class !== "insufficient_evidence" && Math.abs(verdict[`${axis}Score`] - manager[`${axis}Score`]) >= PERCEPTION_GAP_POINTS;
          expect(c1.gaps.some((g) => g.kind === axis && g.groupId === "manager")).toBe(differs);
        }
      }),
    );
  });
});

describe("board report with perspectives, branding and chosen sections", () => {
  const base = { input, result, includeFreeText: true, preparedBy: "Ada Consulting", preparedAt: new Date("2026-11-01T00:00:00Z") };

  it("leaves out consultant notes unless that section is chosen", () => {
    const notes = { c1: "Founder is the real blocker." };
    expect(buildBoardReport({ ...base, consultantNotes: notes }).consultantNotes).toEqual([]);
    const chosen = buildBoardReport({ ...base, consultantNotes: notes, sections: ["consultant_notes"] });
    expect(chosen.consultantNotes).toEqual([{ constraintId: "c1", title: result.constraints[0]?.title, text: "Founder is the real blocker." }]);
    expect(chosen.sections).toEqual(["consultant_notes"]);
  });

  it("compares perspectives only when that section is chosen and respondents exist", () => {
    const respondents = [respondent("self", 0, 0), respondent("manager", 3, 3)];
    expect(buildBoardReport({ ...base, respondents }).perspectives?.baseline).toBe("verdict");
    expect(buildBoardReport({ ...base, respondents: [] }).perspectives).toBeNull();
    // The self-view alone is worth showing: it sits beside the verdict it does not count in.
    expect(buildBoardReport({ ...base, respondents: [respondent("self", 0, 0)] }).perspectives?.groups.map((g) => g.id)).toEqual(["verdict", "intake", "self"]);
    expect(buildBoardReport({ ...base, respondents, sections: ["constraints"] }).perspectives).toBeNull();
    expect(buildBoardReport(base).perspectives).toBeNull();
  });

  it("accepts a dark brand colour and refuses one too light to read", () => {
    expect(contrastWithWhite("#ffffff")).toBeCloseTo(1);
    expect(contrastWithWhite("#000000")).toBeCloseTo(21);
    expect(ZBranding.safeParse({ name: "Ada", color: "#1f5f5b", logo: null }).success).toBe(true);
    expect(ZBranding.safeParse({ name: "Ada", color: "#ffdd00", logo: null }).success).toBe(false);
    expect(ZBranding.safeParse({ name: "Ada", color: "red", logo: null }).success).toBe(false);
    expect(ZBranding.safeParse({ name: "Ada", color: "#1f5f5b", logo: "data:image/svg+xml;base64,PHN2Zz4=" }).success).toBe(false);
  });
});
