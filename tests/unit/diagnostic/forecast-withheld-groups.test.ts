import { describe, expect, it } from "vitest";
import { comparePerspectives, CURRENT_QUESTIONNAIRE_VERSION, forecastWithheldGroups, MIN_GROUP_RESPONDENTS } from "@/lib/diagnostic";

/** The warning a consultant sees when inviting must match what the report will do with the answers. */
describe("forecastWithheldGroups", () => {
  it("warns about nothing for named perspectives: the leader's self-view and a single manager", () => {
    expect(forecastWithheldGroups([])).toEqual([]);
    expect(forecastWithheldGroups(["self", "manager"])).toEqual([]);
  });

  it("warns when a board of two would be withheld, and says how many more are needed", () => {
    expect(MIN_GROUP_RESPONDENTS).toBe(3);
    expect(forecastWithheldGroups(["board", "board"])).toEqual([{ label: "Board members and peers", invited: 2, missing: 1 }]);
  });

  it("does not warn once board members and peers pool to the minimum", () => {
    expect(forecastWithheldGroups(["board", "board", "peer"])).toEqual([]);
  });

  it("warns about the small remainder when one group reaches the minimum on its own", () => {
    expect(forecastWithheldGroups(["board", "board", "board", "peer"])).toEqual([{ label: "Board members and peers", invited: 1, missing: 2 }]);
  });

  it("agrees with the report: what it forecasts as withheld is what the comparison withholds once everyone answered", () => {
    for (const invited of [["board", "board"], ["board", "peer", "peer", "peer"], ["peer"], ["board", "board", "peer"]] as const) {
      const forecast = forecastWithheldGroups(invited);
      const withheld = comparePerspectivesWithheld(invited);
      expect(forecast.map((f) => ({ label: f.label, respondents: f.invited })), invited.join(",")).toEqual(withheld);
    }
  });
});

/** What the report's own comparison withholds when every invited respondent has answered (no probes needed). */
function comparePerspectivesWithheld(invited: readonly ("board" | "peer")[]) {
  const comparison = comparePerspectives({
    questionnaireVersion: CURRENT_QUESTIONNAIRE_VERSION,
    constraints: [],
    verdict: [],
    respondents: invited.map((perspective) => ({ perspective, probes: {} })),
  });
  return comparison.withheld;
}
