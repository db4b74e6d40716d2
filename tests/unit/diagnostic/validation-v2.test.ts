/**
 * Practitioner validation of engine v2: every case of tests/fixtures/validation-cases-v2.ts is run
 * through the real engine and each expected field asserted (no snapshots).
 */
import { describe, expect, it } from "vitest";
import { runDiagnostic } from "@/lib/diagnostic";
import type { TDiagnosticResult } from "@/lib/diagnostic/result-schemas";
import { VALIDATION_CASES_V2, type TValidationCase } from "@/tests/fixtures/validation-cases-v2";

const SEVERITY_RANK = { none: 0, low: 1, medium: 2, high: 3 } as const;
const has = (r: TDiagnosticResult, a: { action: string; subject: string }) => r.decision!.inPlace.some((x) => x.action === a.action && x.subject === a.subject);
const fmt = (r: TDiagnosticResult) => r.decision!.inPlace.map((x) => `${x.action}:${x.subject}`).join(", ");

function check(c: TValidationCase, r: TDiagnosticResult) {
  const e = c.expected;
  const d = r.decision!;
  expect(d, "v2 result has a decision").toBeDefined();

  const classes = Object.fromEntries(r.constraints.map((x) => [x.constraintId, x.class]));
  expect(classes, "classes").toEqual(e.classes);
  expect(r.recommendation.kind, "recommendation kind").toBe(e.kind);
  expect(d.primary.lever, "primary lever").toBe(e.primaryLever);
  if (e.secondaryLever !== undefined) expect(d.secondary?.lever ?? null, "secondary lever").toBe(e.secondaryLever);
  if (e.includesCoaching !== undefined) expect(r.recommendation.includesCoaching, "includesCoaching").toBe(e.includesCoaching);
  if (e.includesFractional !== undefined) expect(r.recommendation.includesFractional, "includesFractional").toBe(e.includesFractional);
  if (e.roleCode !== undefined) expect(r.recommendation.fractionalRole?.code, "fractional role").toBe(e.roleCode);

  for (const a of e.inPlace?.includes ?? []) expect(has(r, a), `inPlace includes ${a.action}:${a.subject} (got ${fmt(r)})`).toBe(true);
  for (const a of e.inPlace?.excludes ?? []) expect(has(r, a), `inPlace excludes ${a.action}:${a.subject} (got ${fmt(r)})`).toBe(false);
  for (const group of e.inPlace?.anyOf ?? []) {
    expect(group.some((a) => has(r, a)), `inPlace has one of ${group.map((a) => `${a.action}:${a.subject}`).join(" | ")} (got ${fmt(r)})`).toBe(true);
  }

  const flags = r.failureModes;
  for (const p of e.flags?.present ?? []) {
    const f = flags.find((x) => x.id === p.id);
    expect(f, `flag ${p.id} present (got ${flags.map((x) => `${x.id}:${x.severity}`).join(", ")})`).toBeDefined();
    if (p.severity) expect(f!.severity, `severity of ${p.id}`).toBe(p.severity);
    if (p.minSeverity) expect(SEVERITY_RANK[f!.severity], `severity of ${p.id} at least ${p.minSeverity}`).toBeGreaterThanOrEqual(SEVERITY_RANK[p.minSeverity]);
  }
  for (const id of e.flags?.absent ?? []) expect(flags.map((x) => x.id), `flag ${id} absent`).not.toContain(id);
  if (e.flags?.maxSeverity !== undefined) {
    const max = Math.max(0, ...flags.map((f) => SEVERITY_RANK[f.severity]));
    expect(max, `max flag severity <= ${e.flags.maxSeverity} (got ${flags.map((x) => `${x.id}:${x.severity}`).join(", ")})`).toBeLessThanOrEqual(SEVERITY_RANK[e.flags.maxSeverity]);
  }

  const k = e.checks ?? {};
  if (k.deadlineFits !== undefined) expect(d.deadlineFit?.fits ?? null, "deadlineFit.fits").toBe(k.deadlineFits);
  if (k.fundFirstMentions === null) expect(d.fundFirst, "fundFirst").toBeNull();
  else if (k.fundFirstMentions !== undefined) expect(d.fundFirst?.toLowerCase() ?? "", "fundFirst").toContain(k.fundFirstMentions.toLowerCase());
  if (k.checkAnswers === "empty") expect(d.checkAnswers, "checkAnswers").toEqual([]);
  if (k.checkAnswers === "non_empty") expect(d.checkAnswers.length, "checkAnswers").toBeGreaterThan(0);
  if (k.checkAnswersMention) expect(d.checkAnswers.some((s) => s.toLowerCase().includes(k.checkAnswersMention!.toLowerCase())), `checkAnswers mention "${k.checkAnswersMention}"`).toBe(true);
  if (k.noCoaching) {
    expect(r.recommendation.includesCoaching, "no coaching").toBe(false);
    const levers = [d.primary.lever, d.secondary?.lever];
    for (const l of ["coaching", "targeted_coaching"]) expect(levers, "no coaching lever for the departing leader").not.toContain(l);
    expect(d.inPlace.some((a) => a.action === "add" && /coach/i.test(a.what) && !/team/i.test(a.what)), "no coach added").toBe(false);
  }
  if (k.illustrative !== undefined) expect(r.costs.v2?.illustrative, "costs.v2.illustrative").toBe(k.illustrative);
  if (k.alreadyLostZero) expect(r.costs.alreadyLost, "alreadyLost").toBe(0);
  if (k.failedTenureZero) expect(r.costs.costOfInaction.failedTenure, "failed tenure").toBe(0);
  if (k.misapplicationTaxApplies !== undefined) expect(r.costs.misapplicationTax.applies, "misapplication tax").toBe(k.misapplicationTaxApplies);
  if (k.costsApplicable !== undefined) expect(r.costs.applicable, "costs.applicable").toBe(k.costsApplicable);
  if (k.planMonths !== undefined) expect(r.blueprint.kind === "engagement" ? r.blueprint.durationMonths : 0, "plan months").toBe(k.planMonths);
  for (const s of k.whyMentions ?? []) expect(r.recommendation.why.join(" ").toLowerCase(), "why").toContain(s.toLowerCase());
  for (const s of k.primaryMentions ?? []) expect(d.primary.sentence.toLowerCase(), "primary sentence").toContain(s.toLowerCase());
  for (const [id, sev] of Object.entries(k.severities ?? {})) expect(r.constraints.find((x) => x.constraintId === id)?.v2?.severity, `${id} severity`).toBe(sev);
  if (k.minFailureLikely !== undefined) expect(r.costs.v2?.failureProbability.likely, "failure probability (likely)").toBeGreaterThanOrEqual(k.minFailureLikely);
  if (k.addNotMentioning) expect(d.inPlace.filter((a) => a.action === "add" && a.what.toLowerCase().includes(k.addNotMentioning!.toLowerCase())).map((a) => a.what), `no add naming "${k.addNotMentioning}"`).toEqual([]);
  for (const id of k.borderline ?? []) expect(r.constraints.find((x) => x.constraintId === id)?.v2?.borderline, `${id} borderline`).not.toBeNull();
  for (const id of k.notBorderline ?? []) expect(r.constraints.find((x) => x.constraintId === id)?.v2?.borderline, `${id} not borderline`).toBeNull();

  // Invariants every case must hold.
  expect(r.engineVersion).toMatch(/^engine-2026-12/);
  const light = ["monitor", "targeted_coaching", "scoped_fix", "insufficient_evidence"].includes(r.recommendation.kind);
  if (light) expect(flags.filter((f) => f.severity === "high"), "no high flag next to a light verdict").toEqual([]);
  // A bridge never coaches the departing leader (team sessions for the people who stay are allowed).
  if (r.recommendation.kind === "bridge") expect([d.primary.lever, d.secondary?.lever]).not.toContain("coaching");
  if (r.recommendation.kind === "bridge") expect([d.primary.lever, d.secondary?.lever]).not.toContain("targeted_coaching");
}

describe("engine v2: practitioner validation cases", () => {
  it("has at least 28 cases with unique ids", () => {
    expect(VALIDATION_CASES_V2.length).toBeGreaterThanOrEqual(28);
    expect(new Set(VALIDATION_CASES_V2.map((c) => c.id)).size).toBe(VALIDATION_CASES_V2.length);
  });

  for (const c of VALIDATION_CASES_V2) {
    it(`${c.id}: ${c.title}`, () => {
      check(c, runDiagnostic(c.input));
    });
  }
});
