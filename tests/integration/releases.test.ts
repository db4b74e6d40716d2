import { expect, it } from "vitest";
import { ZShareLinkRequest } from "@/lib/contract/requests";
import { createDiagnostic, findDiagnostic, reviseResult, type StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { createClient, createLeader } from "@/lib/data/workspace-store";
import { assembleDiagnosticInput, runDiagnostic, type TAnswerRow } from "@/lib/diagnostic";
import { openRespondentSession } from "@/lib/respondents/open-respondent-session";
import { recordRespondentAnswer } from "@/lib/respondents/record-respondent-answer";
import { releasedReportForLeader } from "@/lib/respondents/released-report-for-leader";
import { submitRespondentAnswers } from "@/lib/respondents/submit-respondent-answers";
import { openSharedReport } from "@/lib/sharing/open-shared-report";
import { createIntakeShareLink } from "@/lib/workspace/create-intake-share-link";
import { exportClient } from "@/lib/workspace/export-client";
import { importClient } from "@/lib/workspace/import-client";
import { finishIntake } from "@/lib/workspace/finish-intake";
import { inviteRespondent } from "@/lib/workspace/invite-respondent";
import { readIntakeReleases } from "@/lib/workspace/read-intake-release";
import { recordIntakeAnswer } from "@/lib/workspace/record-intake-answer";
import { releaseIntake } from "@/lib/workspace/release-intake";
import { withdrawIntakeRelease } from "@/lib/workspace/withdraw-intake-release";
import { cooExitV2Scenario, respondentItems } from "@/tests/fixtures/scenarios-v2";
import { newConsultant } from "@/tests/support/consultant";
import { describeOnEachDatabase } from "@/tests/support/test-databases";

/** The COO intake, with the company planning to replace the leader and a search under way. */
const replacing: TAnswerRow[] = cooExitV2Scenario.rows.flatMap((row): TAnswerRow[] => {
  if (row.constraintId !== null) return [row];
  if (row.questionId === "retention_intent") return [{ ...row, value: "replace" }, { questionId: "successor_named", constraintId: null, value: "no" }];
  if (row.questionId === "intervention_current") return [{ ...row, value: "replace_executive" }, { questionId: "intervention_status", constraintId: null, value: "too_early" }];
  return [row];
});

const BOARD_ONLY = /replac|successor|failed tenure|failed-tenure|churn/i;

/** Every string a reader could see in a report: all values, no keys. */
function visibleText(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(visibleText);
  if (value && typeof value === "object") return Object.values(value).flatMap(visibleText);
  return [];
}

describeOnEachDatabase("releases to the leader and to the board", (t) => {
  /** A consultant with a finished intake on a replacement and a leader who submitted their self-view. */
  async function releasedWorld() {
    const consultant = await newConsultant(t.db);
    const workspaceId = consultant.workspace.id;
    const client = await createClient({ workspaceId, name: "Fabrikam" });
    const leader = await createLeader({ workspaceId, clientId: client.id, name: "Casey Brooks", title: "COO" });
    const created = await createDiagnostic({ questionnaireVersion: cooExitV2Scenario.version, workspaceId, leaderId: leader.id });
    let diagnostic: StoredDiagnostic = created;
    for (const row of replacing) await recordIntakeAnswer(diagnostic, row);
    await finishIntake(diagnostic);
    diagnostic = (await findDiagnostic(created.id)) ?? diagnostic;
    const { token } = await inviteRespondent(diagnostic, { perspective: "self", name: "Casey" });
    for (const row of respondentItems(replacing)) await recordRespondentAnswer(token, row, "127.0.0.1");
    await submitRespondentAnswers(token, "127.0.0.1");
    return { consultant, diagnostic, respondentToken: token, clientId: client.id };
  }

  const shareRequest = ZShareLinkRequest.parse({ label: "Board, June", preparedBy: "Ada Quinn", includeFreeText: true, acknowledged: true });

  it("gives the leader their own release, without the plan to replace them, and the board its own", async () => {
    const { consultant, diagnostic, respondentToken } = await releasedWorld();
    const leaderReport = () => openRespondentSession(respondentToken).then(releasedReportForLeader);
    expect(await leaderReport()).toBeNull();
    await expect(createIntakeShareLink(diagnostic, shareRequest)).rejects.toMatchObject({ code: "CONFLICT" });

    // Released to the leader only: still no board link; the leader's report has nothing of the board's.
    await releaseIntake(consultant, diagnostic, "leader", ["constraints", "costs", "methodology"]);
    const forLeader = await leaderReport();
    expect(forLeader?.audience).toBe("leader");
    expect(forLeader?.verdictWithheld).toBe(true);
    expect(forLeader?.sections).toEqual(["constraints", "methodology"]);
    expect(visibleText(forLeader).filter((text) => BOARD_ONLY.test(text))).toEqual([]);
    await expect(createIntakeShareLink(diagnostic, shareRequest)).rejects.toMatchObject({ code: "CONFLICT" });

    // Released to the board: a link opens the board's release, with the plan.
    await releaseIntake(consultant, diagnostic, "board", ["constraints", "costs"]);
    const { token } = await createIntakeShareLink(diagnostic, shareRequest);
    const opened = await openSharedReport({ token, grant: undefined, kind: "page" });
    if (opened.status !== "ok") throw new Error("the board link asks for a passcode it does not have");
    expect(opened.report.audience).toBe("board");
    expect(opened.report.result.recommendation?.kind).toBe("bridge");
    expect(opened.report.sections).toEqual(["constraints", "costs"]);
    expect(BOARD_ONLY.test(JSON.stringify(opened.report.result.decision))).toBe(true);

    // Withdrawing the board's release: the link is "not available"; the leader's release stays.
    expect(await withdrawIntakeRelease(diagnostic, "board")).toEqual({ withdrawn: true });
    await expect(openSharedReport({ token, grant: undefined, kind: "page" })).rejects.toMatchObject({ code: "NOT_FOUND", message: "This report is not available." });
    await expect(openSharedReport({ token, grant: undefined, kind: "pdf" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await leaderReport())?.audience).toBe("leader");

    // Withdrawing the leader's: their link shows no report.
    await withdrawIntakeRelease(diagnostic, "leader");
    expect(await leaderReport()).toBeNull();
    expect((await readIntakeReleases(diagnostic)).leader.releasedAt).toBeNull();
  });

  it("keeps each release on its result revision until the consultant releases it again", async () => {
    const { consultant, diagnostic, respondentToken } = await releasedWorld();
    await releaseIntake(consultant, diagnostic, "board", ["constraints", "costs"]);
    await releaseIntake(consultant, diagnostic, "leader", ["constraints", "tenure_cost"]);
    const { token } = await createIntakeShareLink(diagnostic, shareRequest);
    const board = async () => {
      const opened = await openSharedReport({ token, grant: undefined, kind: "page" });
      if (opened.status !== "ok") throw new Error("passcode");
      return opened.report;
    };
    const before = await board();
    const leaderBefore = await openRespondentSession(respondentToken).then(releasedReportForLeader);
    // The leader's submitted self-view already rescored the verdict once: the releases pin that revision.
    const pinned = (await readIntakeReleases(diagnostic)).board.resultRevision;
    expect(pinned).toBeGreaterThanOrEqual(1);

    // A re-pricing: revision 2 with another monthly amount at risk.
    await reviseResult({
      diagnosticId: diagnostic.id,
      answers: [{ questionId: "econ_monthly_at_risk", value: 5_000 }],
      compute: (answers) => {
        const assembled = assembleDiagnosticInput(diagnostic.questionnaireVersion, answers);
        if (!assembled.ok) throw new Error(assembled.errors.join(" "));
        const result = runDiagnostic(assembled.input);
        return { snapshot: result, questionnaireVersion: result.questionnaireVersion, engineVersion: result.engineVersion };
      },
    });
    const releases = await readIntakeReleases(diagnostic);
    expect(releases.board).toMatchObject({ resultRevision: pinned, newerResult: true });
    expect(releases.leader).toMatchObject({ resultRevision: pinned, newerResult: true, sections: ["constraints", "tenure_cost"] });
    expect((await board()).result.costs).toEqual(before.result.costs);
    expect((await openRespondentSession(respondentToken).then(releasedReportForLeader))?.result.costs).toEqual(leaderBefore?.result.costs);

    // Released again, the board's moves to revision 2; the leader's stays where it was.
    expect(await releaseIntake(consultant, diagnostic, "board", ["constraints", "costs"])).toEqual({ resultRevision: (pinned ?? 0) + 1 });
    expect((await board()).result.costs).not.toEqual(before.result.costs);
    expect((await readIntakeReleases(diagnostic)).board.newerResult).toBe(false);
    expect((await openRespondentSession(respondentToken).then(releasedReportForLeader))?.result.costs).toEqual(leaderBefore?.result.costs);
  });

  it("exports both releases and imports them; a file from before audiences gets both, the leader's without costs", async () => {
    const { consultant, diagnostic, clientId } = await releasedWorld();
    await releaseIntake(consultant, diagnostic, "board", ["constraints", "costs"]);
    await releaseIntake(consultant, diagnostic, "leader", ["constraints", "replacement_plan"]);
    const exported = await exportClient(consultant, clientId);
    const [written] = exported.leaders[0]?.diagnostics ?? [];
    expect(written?.releases.map((r) => [r.audience, r.sections, r.resultRevision])).toEqual([
      // Revision 2: the verdict rescored when the leader's self-view came in, before the releases.
      ["board", ["constraints", "costs"], 2],
      ["leader", ["constraints", "replacement_plan"], 2],
    ]);

    const releasesOf = async (imported: { id: string }) => {
      const rows = await t.db.reportRelease.findMany({ where: { diagnostic: { leader: { clientId: imported.id } } }, orderBy: { audience: "asc" } });
      return rows.map((r) => [r.audience, JSON.parse(r.sections) as unknown, r.resultRevision]);
    };
    expect(await releasesOf(await importClient(consultant, exported))).toEqual([
      // Revision 2: the verdict rescored when the leader's self-view came in, before the releases.
      ["board", ["constraints", "costs"], 2],
      ["leader", ["constraints", "replacement_plan"], 2],
    ]);

    const releasedAt = written?.releases[0]?.releasedAt ?? "";
    const older = {
      ...exported,
      leaders: exported.leaders.map((l) => ({ ...l, diagnostics: l.diagnostics.map((d) => ({ ...d, releases: undefined, release: { releasedAt, sections: ["constraints", "costs", "methodology"] } })) })),
    };
    expect(await releasesOf(await importClient(consultant, older))).toEqual([
      // A file from before audiences pins both to the latest revision.
      ["board", ["constraints", "costs", "methodology"], 2],
      ["leader", ["constraints", "methodology"], 2],
    ]);
  });
});
