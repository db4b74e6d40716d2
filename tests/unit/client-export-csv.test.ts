import { describe, expect, it } from "vitest";
import { assembleDiagnosticInput, RECOMMENDATION_LABELS, runDiagnostic } from "@/lib/diagnostic";
import { clientExportToCsv, ZClientExport } from "@/lib/workspace/client-export";
import { cooExitV2Scenario } from "@/tests/fixtures/scenarios-v2";

const result = (() => {
  const assembled = assembleDiagnosticInput(cooExitV2Scenario.version, cooExitV2Scenario.rows);
  if (!assembled.ok) throw new Error(assembled.errors.join(" "));
  return runDiagnostic(assembled.input);
})();

const diagnostic = (overrides: Record<string, unknown>) => ({
  questionnaireVersion: cooExitV2Scenario.version,
  status: "finished",
  recommendation: result.recommendation.kind,
  createdAt: "2026-10-01T09:00:00.000Z",
  finishedAt: "2026-10-02T09:00:00.000Z",
  answers: [],
  results: [{ revision: 1, questionnaireVersion: result.questionnaireVersion, engineVersion: result.engineVersion, createdAt: "2026-10-02T09:00:00.000Z", snapshot: result }],
  ...overrides,
});

const data = ZClientExport.parse({
  format: "executive-intervention-diagnostic/client",
  version: 1,
  exportedAt: "2026-11-30T12:00:00.000Z",
  client: { name: 'Adatum, "Inc"' },
  leaders: [
    {
      name: "=HYPERLINK(1)",
      title: "COO",
      diagnostics: [
        diagnostic({}),
        diagnostic({
          createdAt: "2026-11-01T09:00:00.000Z",
          finishedAt: "2026-11-02T09:00:00.000Z",
          releases: [{ audience: "board", releasedAt: "2026-11-03T09:00:00.000Z", sections: ["constraints"], resultRevision: 1 }],
          respondents: [
            { perspective: "manager", name: "Kim", invitedAt: "2026-11-01T10:00:00.000Z", submittedAt: "2026-11-01T12:00:00.000Z", answers: [] },
            { perspective: "peer", name: "Lee", invitedAt: "2026-11-01T10:00:00.000Z", submittedAt: null, answers: [] },
          ],
        }),
        diagnostic({ status: "in_progress", recommendation: null, createdAt: "2026-11-20T09:00:00.000Z", finishedAt: null, results: [] }),
      ],
    },
  ],
});

/** RFC 4180 with every cell quoted, as the export writes it. */
const parse = (csv: string) =>
  csv
    .trimEnd()
    .split("\r\n")
    .map((line, index) => (index === 0 ? line.split(",") : [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => (m[1] ?? "").replace(/""/g, '"'))));

describe("clientExportToCsv", () => {
  it("writes one row per assessment and constraint, in words, with scores, severity, release and respondents", () => {
    const [header, ...rows] = parse(clientExportToCsv(data));
    expect(header).toEqual([
      "Client", "Leader", "Title", "Assessment", "Latest finished", "Status", "Started", "Finished", "Recommendation", "Constraint", "Class",
      "Behavioral score", "Execution score", "Severity", "Deficit", "Released to the board on", "Released to the leader on", "Respondents answered", "Respondents invited",
    ]);
    const records = rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]])));
    expect(records).toHaveLength(2 * result.constraints.length + 1);
    const latest = records.filter((r) => r["Latest finished"] === "Yes");
    expect(latest.map((r) => r.Constraint)).toEqual(result.constraints.map((c) => c.title));
    const first = result.constraints[0]!;
    expect(latest[0]).toMatchObject({
      Client: 'Adatum, "Inc"',
      Leader: "'=HYPERLINK(1)",
      Assessment: "2",
      Status: "Finished",
      Started: "2026-11-01",
      Recommendation: RECOMMENDATION_LABELS[result.recommendation.kind],
      "Behavioral score": String(first.behavioralScore),
      "Execution score": String(first.executionScore),
      Severity: String(Math.max(first.behavioralScore, first.executionScore)),
      "Released to the board on": "2026-11-03",
      "Released to the leader on": "No",
      "Respondents answered": "1",
      "Respondents invited": "2",
    });
    expect(latest[0]?.Class).toMatch(/^(Behavioral|Behavioral \(team adoption\)|Execution|Dual|No clear deficit|Insufficient evidence)$/);
    expect(records[0]).toMatchObject({ Assessment: "1", "Latest finished": "No", "Released to the board on": "No", "Released to the leader on": "No", "Respondents invited": "0" });
    expect(records.at(-1)).toMatchObject({ Assessment: "3", Status: "In progress", Finished: "", Recommendation: "", Constraint: "", Class: "", Severity: "" });
  });

  it("never writes an engine code where a reader expects words", () => {
    const csv = clientExportToCsv(data);
    expect(csv).not.toMatch(/"(paired|coaching|fractional|dual|behavioral_team|no_clear_deficit|in_progress|finished)"/);
    expect(csv).toContain('"Adatum, ""Inc"""');
  });
});
