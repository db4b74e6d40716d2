import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { createDiagnostic, findDiagnostic, saveAnswer, type StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { createClient, createLeader, createWorkspaceForUser } from "@/lib/data/workspace-store";
import { recordRespondentAnswer } from "@/lib/respondents/record-respondent-answer";
import { recordSmallGroupConsent } from "@/lib/respondents/record-small-group-consent";
import { submitRespondentAnswers } from "@/lib/respondents/submit-respondent-answers";
import { latestResultOf } from "@/lib/self-serve/open-result";
import { chooseVerdictBasis } from "@/lib/workspace/choose-verdict-basis";
import { finishIntake } from "@/lib/workspace/finish-intake";
import { inviteRespondent } from "@/lib/workspace/invite-respondent";
import { openIntakeResult } from "@/lib/workspace/open-intake-result";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import { ceoViewOfCooV2, cooExitV2Scenario, respondentItems } from "@/tests/fixtures/scenarios-v2";
import { describeOnEachDatabase } from "@/tests/support/test-databases";

describeOnEachDatabase("perspectives in the verdict", (t) => {
  let address = 0;
  // Each call its own client address, so the per-address write limit never interferes.
  const nextAddress = () => `203.0.113.${(address += 1) % 250}`;

  const finishedIntake = async () => {
    const userId = randomUUID();
    await t.db.user.create({ data: { id: userId, name: "Ada", email: `${userId}@example.com` } });
    const workspaceId = await createWorkspaceForUser({ userId, name: "Quinn Advisory" });
    const client = await createClient({ workspaceId, name: "Fabrikam" });
    const leader = await createLeader({ workspaceId, clientId: client.id, name: "Casey Brooks", title: "COO" });
    const created = await createDiagnostic({ questionnaireVersion: cooExitV2Scenario.version, workspaceId, leaderId: leader.id });
    for (const row of cooExitV2Scenario.rows) await saveAnswer({ diagnosticId: created.id, questionId: row.questionId, constraintId: row.constraintId, value: row.value });
    await finishIntake((await findDiagnostic(created.id))!);
    const diagnostic = (await findDiagnostic(created.id))!;
    const consultant = { workspace: { id: workspaceId } } as unknown as ConsultantSession;
    return { diagnostic, consultant };
  };

  const answerAs = async (diagnostic: StoredDiagnostic, perspective: "manager" | "board" | "self", rows = respondentItems(ceoViewOfCooV2)) => {
    const { token } = await inviteRespondent(diagnostic, { perspective, name: `${perspective} ${randomUUID().slice(0, 4)}` });
    for (const row of rows) {
      await recordRespondentAnswer(token, { questionId: row.questionId, constraintId: row.constraintId, value: row.value } as never, nextAddress());
    }
    return token;
  };

  it("a first verdict rests on the intake alone and says so", async () => {
    const { diagnostic } = await finishedIntake();
    const opened = await latestResultOf(diagnostic);
    expect(opened?.result.basis?.sentence).toBe("This verdict rests on the facilitated intake (a board member) alone.");
  });

  it("a submitted view is counted in a new revision at once, and the consultant can leave it out again", async () => {
    const { diagnostic, consultant } = await finishedIntake();
    const before = (await latestResultOf(diagnostic))!;
    const token = await answerAs(diagnostic, "manager");
    await submitRespondentAnswers(token, nextAddress());

    const after = (await latestResultOf(diagnostic))!;
    expect(after.revision).toBe(before.revision + 1);
    expect(after.result.basis?.counted.map((g) => g.id)).toEqual(["intake", "manager"]);
    // The CEO reads the escalations as a system problem: combined, the leader's habits weigh less.
    const c1 = (r: typeof before) => r.result.constraints.find((c) => c.constraintId === "c1")!;
    expect(c1(after).behavioralScore).toBeLessThan(c1(before).behavioralScore);
    // The input handed to reports is the one the verdict was scored from; the intake's own stays apart.
    // Intake "severely", CEO "not at all": too far apart to average up, so they meet half-way down.
    expect(after.input.constraints[0]?.probes.k_leader).toBe(1);
    expect(after.ownInput.constraints[0]?.probes.k_leader).toBe(3);

    await chooseVerdictBasis(consultant, diagnostic, ["intake"]);
    const intakeOnly = (await latestResultOf(diagnostic))!;
    expect(intakeOnly.result.basis?.compared.map((g) => g.id)).toEqual(["manager"]);
    expect(c1(intakeOnly).behavioralScore).toBe(c1(before).behavioralScore);
  });

  it("two views submitted at once both end up in the latest verdict", async () => {
    const { diagnostic } = await finishedIntake();
    const tokens = await Promise.all([answerAs(diagnostic, "manager"), answerAs(diagnostic, "self")]);
    await Promise.all(tokens.map((token) => submitRespondentAnswers(token, nextAddress())));
    const latest = (await latestResultOf(diagnostic))!;
    const seen = [...latest.result.basis!.counted, ...latest.result.basis!.compared].map((g) => g.id).sort();
    expect(seen).toEqual(["intake", "manager", "self"]);
  });

  it("a board of two counts only when both consented, and the results page heals a verdict that missed a view", async () => {
    const { diagnostic } = await finishedIntake();
    const first = await answerAs(diagnostic, "board");
    const second = await answerAs(diagnostic, "board");
    await recordSmallGroupConsent(first, true, nextAddress());
    await submitRespondentAnswers(first, nextAddress());
    await submitRespondentAnswers(second, nextAddress());
    let opened = (await openIntakeResult(diagnostic))!;
    expect(opened.opened.result.basis?.withheld).toEqual([{ label: "Board members and peers", respondents: 2 }]);
    expect(opened.comparison.groups.some((g) => g.id === "board")).toBe(false);
    // Consent cannot be given after submitting.
    await expect(recordSmallGroupConsent(second, true, nextAddress())).rejects.toMatchObject({ code: "CONFLICT" });

    // A view that reached the database without a rescore (e.g. the rescore failed) is picked up on opening.
    const third = await answerAs(diagnostic, "board");
    await t.db.respondent.updateMany({ where: { diagnosticId: diagnostic.id, submittedAt: null }, data: { submittedAt: new Date() } });
    expect(third).toBeTruthy();
    opened = (await openIntakeResult(diagnostic))!;
    expect(opened.opened.result.basis?.counted.map((g) => [g.id, g.respondents])).toEqual([
      ["intake", 0],
      ["board", 3],
    ]);
    expect(opened.comparison.groups.find((g) => g.id === "board")?.counted).toBe(true);
  });
});
