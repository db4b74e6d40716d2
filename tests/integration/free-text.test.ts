import { beforeAll, expect, it } from "vitest";
import { stripBidiControls } from "@/lib/diagnostic/free-text";
import { ZDiagnosticInput } from "@/lib/diagnostic/schemas";
import { finishDiagnostic } from "@/lib/self-serve/finish-diagnostic";
import { openResult } from "@/lib/self-serve/open-result";
import { recordAnswer } from "@/lib/self-serve/record-answer";
import { startDiagnostic } from "@/lib/self-serve/start-diagnostic";
import { ZClaimRequest, ZClientRequest, ZLeaderRequest, ZRespondentInvitation, ZShareLinkRequest } from "@/lib/contract/requests";
import { ZClientExport } from "@/lib/workspace/client-export";
import { pureFractionalV2Scenario, row } from "@/tests/fixtures/scenarios-v2";
import { describeOnEachDatabase } from "@/tests/support/test-databases";

/** U+202E (right-to-left override): everything after it on the line is drawn right to left. */
const RLO = "\u202E";
const EVERY_BIDI_CONTROL = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C";

it("removes every bidirectional control character and nothing else", () => {
  expect(stripBidiControls(`a${EVERY_BIDI_CONTROL}b`)).toBe("ab");
  expect(stripBidiControls("Équipe 財務 — ok ‘quoted’ \u200D👩‍💻")).toBe("Équipe 財務 — ok ‘quoted’ \u200D👩‍💻");
});

it("every schema that takes typed text drops bidi controls before its checks", () => {
  expect(ZShareLinkRequest.parse({ label: `Board${RLO} March`, preparedBy: `${RLO}Dana`, leaderLabel: `Sam${RLO}`, acknowledged: true })).toMatchObject({
    label: "Board March",
    preparedBy: "Dana",
    leaderLabel: "Sam",
  });
  expect(ZClientRequest.parse({ name: `Northwind${RLO}` }).name).toBe("Northwind");
  expect(ZLeaderRequest.parse({ name: `Sam ${RLO}Patel`, title: `${RLO}COO` })).toMatchObject({ name: "Sam Patel", title: "COO" });
  expect(ZClaimRequest.parse({ clientName: `A${RLO}`, leaderName: `B${RLO}`, leaderTitle: `C${RLO}` })).toMatchObject({ clientName: "A", leaderName: "B", leaderTitle: "C" });
  expect(ZRespondentInvitation.parse({ name: `Dana${RLO}, CFO`, perspective: "manager" }).name).toBe("Dana, CFO");
  // A title made only of controls is empty once they are gone, and refused like an empty one.
  expect(ZClientRequest.safeParse({ name: RLO.repeat(3) }).success).toBe(false);
  const input = ZDiagnosticInput.shape.constraints.element.shape.definition.parse({ kind: "custom", title: `Cash ${RLO}forecast`, description: `x${RLO}y` });
  expect(input).toMatchObject({ title: "Cash forecast", description: "xy" });
  const exported = ZClientExport.shape.client.parse({ name: `${RLO}Adatum` });
  expect(exported.name).toBe("Adatum");
});

describeOnEachDatabase("free text with bidi controls", (t) => {
  let token: string;
  let diagnosticId: string;

  beforeAll(async () => {
    const started = await startDiagnostic();
    token = started.token;
    diagnosticId = started.diagnostic.id;
    const rows = [
      ...pureFractionalV2Scenario.rows,
      row("constraint_definition", { kind: "custom", title: `Cash forecast ${RLO}gnol syas`, area: "finance", description: `Only the ${RLO}CEO` }, "c2"),
    ];
    for (const answer of rows) await recordAnswer(token, answer);
    await finishDiagnostic(token);
  });

  it("a constraint title typed with U+202E is stored and scored without it", async () => {
    const stored = await t.db.answer.findFirstOrThrow({ where: { diagnosticId, questionId: "constraint_definition", constraintId: "c2" } });
    expect(stored.value).not.toContain(RLO);
    expect(JSON.parse(stored.value)).toMatchObject({ title: "Cash forecast gnol syas", description: "Only the CEO" });
    const opened = await openResult(token);
    const titles = opened?.result.constraints.map((c) => c.title) ?? [];
    expect(titles).toContain("Cash forecast gnol syas");
    expect(JSON.stringify(opened?.result)).not.toContain(RLO);
  });
});
