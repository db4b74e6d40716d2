import { expect, it } from "vitest";
import { ZShareLinkRequest } from "@/lib/contract/requests";
import { createDiagnostic, findDiagnostic, findDiagnosticForReport, type StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { createClient, createLeader } from "@/lib/data/workspace-store";
import { recordRespondentAnswer } from "@/lib/respondents/record-respondent-answer";
import { submitRespondentAnswers } from "@/lib/respondents/submit-respondent-answers";
import { openSharedReport } from "@/lib/sharing/open-shared-report";
import { createIntakeShareLink } from "@/lib/workspace/create-intake-share-link";
import { finishIntake } from "@/lib/workspace/finish-intake";
import { inviteRespondent } from "@/lib/workspace/invite-respondent";
import { recordIntakeAnswer } from "@/lib/workspace/record-intake-answer";
import { releaseIntake } from "@/lib/workspace/release-intake";
import { saveIntakeNote } from "@/lib/workspace/save-intake-note";
import { updateWorkspaceBranding } from "@/lib/workspace/update-workspace-branding";
import { withdrawIntakeRelease } from "@/lib/workspace/withdraw-intake-release";
import { withdrawRespondent } from "@/lib/workspace/withdraw-respondent";
import { cooExitV2Scenario, respondentItems } from "@/tests/fixtures/scenarios-v2";
import { newConsultant } from "@/tests/support/consultant";
import { describeOnEachDatabase } from "@/tests/support/test-databases";

/**
 * Built board reports are kept per report version (lib/report/kept-reports.ts), which database
 * triggers renew. These tests prove the triggers on each database: every change a report can show
 * renews a version, and the board link shows each change at once.
 */
describeOnEachDatabase("report versions", (t) => {
  async function consultantWithIntake() {
    const consultant = await newConsultant(t.db);
    const workspaceId = consultant.workspace.id;
    const client = await createClient({ workspaceId, name: "Fabrikam" });
    const leader = await createLeader({ workspaceId, clientId: client.id, name: "Casey Brooks", title: "COO" });
    const diagnostic = await createDiagnostic({ questionnaireVersion: cooExitV2Scenario.version, workspaceId, leaderId: leader.id });
    return { consultant, diagnostic };
  }
  /** The report's versions: the diagnostic's, and its workspace's branding version. */
  const versionOf = async (diagnostic: StoredDiagnostic) => {
    const found = await findDiagnosticForReport(diagnostic.id);
    return `${found?.reportVersion}/${found?.brandingVersion}`;
  };
  const current = async (diagnostic: StoredDiagnostic) => (await findDiagnostic(diagnostic.id)) ?? diagnostic;

  it("are renewed by every change a report can show, and not while the intake or a respondent is still answering", async () => {
    const { consultant, diagnostic } = await consultantWithIntake();
    const renews = async (change: () => Promise<unknown>) => {
      const before = await versionOf(diagnostic);
      await change();
      return (await versionOf(diagnostic)) !== before;
    };

    // Answers to an unfinished intake: no report exists yet, and saving stays one write.
    expect(await renews(async () => { for (const row of cooExitV2Scenario.rows) await recordIntakeAnswer(diagnostic, row); })).toBe(false);
    expect(await renews(() => finishIntake(diagnostic))).toBe(true);
    const finished = await current(diagnostic);

    const { token } = await inviteRespondent(finished, { perspective: "self", name: "Casey" });
    const answering = respondentItems(cooExitV2Scenario.rows);
    expect(await renews(async () => { for (const row of answering) await recordRespondentAnswer(token, row, "127.0.0.1"); })).toBe(false);
    expect(await renews(() => submitRespondentAnswers(token, "127.0.0.1"))).toBe(true);

    expect(await renews(() => releaseIntake(consultant, finished, "board", ["constraints", "consultant_notes"]))).toBe(true);
    const constraintId = cooExitV2Scenario.rows.find((row) => row.constraintId !== null)?.constraintId ?? "c1";
    expect(await renews(() => saveIntakeNote(finished, constraintId, "Weekly operating review is missing."))).toBe(true);
    expect(await renews(() => saveIntakeNote(finished, constraintId, "Weekly operating review restarted in May."))).toBe(true);
    expect(await renews(() => saveIntakeNote(finished, constraintId, ""))).toBe(true);
    expect(await renews(() => updateWorkspaceBranding(consultant, { name: "Quinn Advisory", color: "#1f4e79", logo: null }))).toBe(true);
    expect(await renews(() => updateWorkspaceBranding(consultant, { clear: true }))).toBe(true);
    expect(await renews(() => withdrawIntakeRelease(finished, "board"))).toBe(true);
    // Out of every release, a respondent's answers can be withdrawn: the next report counts them no more.
    const respondents = await t.db.respondent.findMany({ where: { diagnosticId: diagnostic.id }, select: { id: true } });
    expect(await renews(() => withdrawRespondent(finished, respondents[0]?.id ?? ""))).toBe(true);
  });

  it("shows each change on the board link at once, from a report kept between changes", async () => {
    const { consultant, diagnostic } = await consultantWithIntake();
    for (const row of cooExitV2Scenario.rows) await recordIntakeAnswer(diagnostic, row);
    await finishIntake(diagnostic);
    const finished = await current(diagnostic);
    await releaseIntake(consultant, finished, "board", ["constraints", "consultant_notes"]);
    const { token } = await createIntakeShareLink(finished, ZShareLinkRequest.parse({ label: "Board, June", preparedBy: "Ada Quinn", includeFreeText: true, acknowledged: true }));
    const open = async () => {
      const opened = await openSharedReport({ token, grant: undefined, kind: "page" });
      if (opened.status !== "ok") throw new Error("the board link asks for a passcode it does not have");
      return opened;
    };

    const first = await open();
    const again = await open();
    // Nothing changed: the same report object, not a rebuilt copy.
    expect(again.report).toBe(first.report);
    expect(again.reportKey).toBe(first.reportKey);

    const constraintId = first.report.result.constraints[0]?.constraintId ?? "c1";
    await saveIntakeNote(finished, constraintId, "Weekly operating review restarted in May.");
    expect((await open()).report.consultantNotes.map((note) => note.text)).toEqual(["Weekly operating review restarted in May."]);
    await saveIntakeNote(finished, constraintId, "Pipeline review now runs without the COO.");
    expect((await open()).report.consultantNotes.map((note) => note.text)).toEqual(["Pipeline review now runs without the COO."]);

    await updateWorkspaceBranding(consultant, { name: "Quinn Advisory", color: "#1f4e79", logo: null });
    expect((await open()).report.branding?.name).toBe("Quinn Advisory");

    await withdrawIntakeRelease(finished, "board");
    await expect(open()).rejects.toMatchObject({ code: "NOT_FOUND", message: "This report is not available." });
    await releaseIntake(consultant, finished, "board", ["constraints"]);
    expect((await open()).report.consultantNotes).toEqual([]);
  });
});
