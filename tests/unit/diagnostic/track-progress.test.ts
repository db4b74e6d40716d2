import { describe, expect, it } from "vitest";
import { assembleDiagnosticInput, runDiagnostic, trackProgress } from "@/lib/diagnostic";
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
