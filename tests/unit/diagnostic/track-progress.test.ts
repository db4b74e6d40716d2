import { describe, expect, it } from "vitest";
import { assembleDiagnosticInput, assessHandoff, MEASURED_HANDOFF_CRITERION, runDiagnostic, trackProgress } from "@/lib/diagnostic";
import { cooExitScenario } from "@/tests/fixtures/scenarios";

const scored = (rows = cooExitScenario.rows) => {
  const assembled = assembleDiagnosticInput(cooExitScenario.version, rows);
  if (!assembled.ok) throw new Error(assembled.errors.join(" "));
  return runDiagnostic(assembled.input);
};

/** The same diagnostic a few months on, with every probe of the constraint answered "not at all". */
const improvedRows = () => cooExitScenario.rows.map((r) => (r.questionId.startsWith("probe_") ? { ...r, value: 0 } : r));

describe("trackProgress", () => {
  it("asks for a re-assessment after a single one", () => {
    const progress = trackProgress([{ assessedAt: "2026-01-10T00:00:00.000Z", result: scored() }]);
    expect(progress.handoffReady).toBe(false);
    expect(progress.summary).toMatch(/re-assess/);
  });

  it("follows each constraint across assessments and calls the handoff once every deficit is gone", () => {
    const progress = trackProgress([
      { assessedAt: "2026-06-10T00:00:00.000Z", result: scored(improvedRows()) },
      { assessedAt: "2026-01-10T00:00:00.000Z", result: scored() },
    ]);
    expect(progress.assessments).toBe(2);
    expect(progress.constraints).toHaveLength(1);
    const [constraint] = progress.constraints;
    expect(constraint?.points.map((p) => p.class)).toEqual(["dual", "no_clear_deficit"]);
    expect(constraint?.points[0]?.executionScore).toBeGreaterThan(constraint?.points[1]?.executionScore ?? 100);
    expect(progress.handoffReady).toBe(true);
  });

  it("keeps the engagement in place while a deficit remains", () => {
    const progress = trackProgress([
      { assessedAt: "2026-01-10T00:00:00.000Z", result: scored() },
      { assessedAt: "2026-06-10T00:00:00.000Z", result: scored() },
    ]);
    expect(progress.handoffReady).toBe(false);
    expect(progress.summary).toMatch(/still show a deficit/);
  });
});

describe("assessHandoff", () => {
  const twoAssessments = () =>
    trackProgress([
      { assessedAt: "2026-01-10T00:00:00.000Z", result: scored() },
      { assessedAt: "2026-06-10T00:00:00.000Z", result: scored(improvedRows()) },
    ]);
  const exitCriteria = ["The leader chairs the operating review unaided for 4 cycles.", "Every new process has a named owner."];
  const engagement = { assessedAt: "2026-01-10T00:00:00.000Z", exitCriteria };

  it("is ready only when the measured criterion holds and the consultant confirmed every exit criterion", () => {
    const progress = twoAssessments();
    const none = assessHandoff(progress, engagement, []);
    expect(none.criteria.map((c) => [c.source, c.met])).toEqual([
      ["measured", true],
      ["confirmed", false],
      ["confirmed", false],
    ]);
    expect(none.ready).toBe(false);
    expect(none.summary).toBe("2 of 3 handoff criteria are not met yet.");

    const one = assessHandoff(progress, engagement, [{ criterion: exitCriteria[0] ?? "", confirmedAt: "2026-07-01T09:00:00.000Z" }]);
    expect(one.criteria[1]).toEqual({ text: exitCriteria[0], source: "confirmed", met: true, confirmedAt: "2026-07-01T09:00:00.000Z", confirmedBy: null, evidence: null });
    expect(one.summary).toBe("1 of 3 handoff criteria is not met yet.");

    const all = assessHandoff(progress, engagement, exitCriteria.map((criterion) => ({ criterion, confirmedAt: "2026-07-01T09:00:00.000Z" })));
    expect(all.ready).toBe(true);
    expect(all.summary).toMatch(/handoff can start/);
  });

  it("is never ready on confirmations alone, and ignores confirmations of criteria the blueprint no longer lists", () => {
    const single = trackProgress([{ assessedAt: "2026-01-10T00:00:00.000Z", result: scored() }]);
    const confirmed = exitCriteria.map((criterion) => ({ criterion, confirmedAt: "2026-07-01T09:00:00.000Z" }));
    const readiness = assessHandoff(single, engagement, [...confirmed, { criterion: "An old criterion.", confirmedAt: "2026-02-01T00:00:00.000Z" }]);
    expect(readiness.ready).toBe(false);
    expect(readiness.criteria[0]).toMatchObject({ text: MEASURED_HANDOFF_CRITERION, met: false });
    expect(readiness.criteria.map((c) => c.text)).not.toContain("An old criterion.");
  });

  it("does not count confirmations given before the engagement's assessment", () => {
    const later = { assessedAt: "2026-06-10T00:00:00.000Z", exitCriteria };
    const old = exitCriteria.map((criterion) => ({ criterion, confirmedAt: "2026-03-01T00:00:00.000Z" }));
    const readiness = assessHandoff(twoAssessments(), later, old);
    expect(readiness.criteria.filter((c) => c.source === "confirmed").map((c) => c.met)).toEqual([false, false]);
    expect(readiness.ready).toBe(false);
  });
});
