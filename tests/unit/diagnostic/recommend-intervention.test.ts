import { describe, expect, it } from "vitest";
import { recommendIntervention, fractionalRoleFor } from "@/lib/diagnostic/recommend-intervention";
import { ZRecommendation } from "@/lib/diagnostic/result-schemas";
import { ZLeaderFunction } from "@/lib/diagnostic/schemas";
import { BEHAVIORAL, DUAL, EXECUTION, HEALTHY, baseContext, classify, noPlan, probes } from "./helpers";

const UNKNOWN = probes("dont_know", "dont_know", { complexity: "dont_know", persistence: "dont_know" });
const recommend = (...answers: (typeof HEALTHY)[]) =>
  recommendIntervention({ context: baseContext, constraints: answers.map((a, i) => classify(a, `c${i + 1}`)), intervention: noPlan });

describe("recommendIntervention", () => {
  it("recommends coaching when only behavioral deficits show", () => {
    const r = recommend(BEHAVIORAL, HEALTHY);
    expect(r.kind).toBe("coaching");
    expect(r.fractionalRole).toBeNull();
    expect(r.handoffRequired).toBe(false);
  });

  it("recommends a fractional leader named after the function, with a handoff, for execution deficits", () => {
    const r = recommend(EXECUTION);
    expect(r.kind).toBe("fractional");
    expect(r.fractionalRole?.code).toBe("CRO");
    expect(r.handoffRequired).toBe(true);
    expect(r.headline).toContain("fractional CRO");
  });

  it("asks to name a permanent owner when none is named for fractional work", () => {
    const r = recommendIntervention({ context: baseContext, constraints: [classify(EXECUTION)], intervention: { ...noPlan, permanentOwner: "not_decided" } });
    expect(r.why.join(" ")).toMatch(/No permanent owner is named/);
  });

  it("recommends the paired Scaffolded Ascent for a dual constraint", () => {
    const r = recommend(DUAL);
    expect(r.kind).toBe("paired");
    expect(r.includesCoaching && r.includesFractional).toBe(true);
    expect(r.headline).toContain("Scaffolded Ascent");
  });

  it("recommends the paired engagement for a mix of behavioral and execution constraints", () => {
    expect(recommend(BEHAVIORAL, EXECUTION).kind).toBe("paired");
  });

  it("never sells an engagement to a healthy leader", () => {
    const r = recommend(HEALTHY, HEALTHY);
    expect(r.kind).toBe("monitor");
    expect(r.includesCoaching || r.includesFractional).toBe(false);
  });

  it("says evidence is insufficient only when every constraint lacks evidence", () => {
    expect(recommend(UNKNOWN, UNKNOWN).kind).toBe("insufficient_evidence");
    const partial = recommend(UNKNOWN, EXECUTION);
    expect(partial.kind).toBe("fractional");
    expect(partial.why.join(" ")).toMatch(/too many unknown answers/);
    expect(partial.constraintIdsByClass.insufficient_evidence).toEqual(["c1"]);
  });

  it("has a headline and a why list that pass the schema", () => {
    for (const r of [recommend(BEHAVIORAL), recommend(EXECUTION), recommend(DUAL), recommend(HEALTHY), recommend(UNKNOWN)]) {
      expect(ZRecommendation.safeParse(r).success).toBe(true);
      expect(r.headline.length).toBeGreaterThan(10);
    }
  });

  it("names a fractional role for every function", () => {
    for (const fn of ZLeaderFunction.options) expect(fractionalRoleFor(fn).title).toMatch(/^fractional /);
    expect(fractionalRoleFor("technology").code).toBe("CTO");
    expect(fractionalRoleFor("marketing").code).toBe("CMO");
    expect(fractionalRoleFor("finance").code).toBe("CFO");
    expect(fractionalRoleFor("operations").code).toBe("COO");
  });
});
