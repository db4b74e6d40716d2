import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { AppError } from "@/lib/app-error";
import {
  createDiagnostic,
  deleteWorkspaceDiagnostic,
  findRelease,
  findResultRevision,
  finishWithResult,
  releaseToAudience,
  reviseResult,
  withdrawAudienceRelease,
} from "@/lib/data/diagnostic-store";
import {
  createRespondent,
  deleteRespondent,
  findRespondentByTokenHash,
  listRespondentAnswers,
  listRespondents,
  listSubmittedAnswers,
  saveRespondentAnswer,
  submitRespondent,
} from "@/lib/data/respondent-store";
import { createClient, createLeader, createWorkspaceForUser, deleteClient, readBranding, saveBranding } from "@/lib/data/workspace-store";
import { createSecretToken, hashSecretToken } from "@/lib/secret-token";
import { describeOnEachDatabase } from "@/tests/support/test-databases";

describeOnEachDatabase("respondent store", (t) => {
  /** A consultant's workspace with one client, one leader and one workspace diagnostic (in progress). */
  const workspaceWithDiagnostic = async (label: string) => {
    const userId = randomUUID();
    await t.db.user.create({ data: { id: userId, name: label, email: `${userId}@example.com` } });
    const workspaceId = await createWorkspaceForUser({ userId, name: `${label}'s workspace` });
    const client = await createClient({ workspaceId, name: `${label}'s client` });
    const leader = await createLeader({ workspaceId, clientId: client.id, name: `${label}'s leader`, title: "COO" });
    const diagnostic = await createDiagnostic({ questionnaireVersion: "test-v1", workspaceId, leaderId: leader.id });
    return { userId, workspaceId, clientId: client.id, leaderId: leader.id, diagnosticId: diagnostic.id };
  };

  const finish = (diagnosticId: string) =>
    finishWithResult({ diagnosticId, compute: () => ({ snapshot: { test: true }, questionnaireVersion: "test-v1", engineVersion: "test-engine" }) });

  const invite = async (diagnosticId: string, perspective: string, name: string) => {
    const { token, hash } = createSecretToken();
    const respondent = await createRespondent({ diagnosticId, perspective, name, tokenHash: hash });
    return { token, hash, respondent };
  };

  const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

  it("creates respondents and lists them in invitation order with how many probes each answered", async () => {
    const { diagnosticId } = await workspaceWithDiagnostic("Alice");
    const other = await workspaceWithDiagnostic("Bob");
    const ceo = await invite(diagnosticId, "manager", "Morgan, CEO");
    await pause();
    const board = await invite(diagnosticId, "board", "Lee, board");
    await pause();
    await invite(other.diagnosticId, "peer", "Elsewhere");

    expect(ceo.respondent).toMatchObject({ diagnosticId, perspective: "manager", name: "Morgan, CEO", submittedAt: null });
    expect(ceo.respondent.invitedAt).toBeInstanceOf(Date);
    expect(await findRespondentByTokenHash(ceo.hash)).toEqual(ceo.respondent);
    expect(await findRespondentByTokenHash(hashSecretToken(createSecretToken().token))).toBeNull();

    await saveRespondentAnswer({ respondentId: ceo.respondent.id, questionId: "probe_b_pressure", constraintId: "c1", value: 1 });
    await saveRespondentAnswer({ respondentId: ceo.respondent.id, questionId: "probe_b_decisions", constraintId: "c1", value: 2 });
    await saveRespondentAnswer({ respondentId: ceo.respondent.id, questionId: "probe_b_pressure", constraintId: "c2", value: 3 });

    const listed = await listRespondents(diagnosticId);
    expect(listed.map((r) => [r.name, r.perspective, r.answered])).toEqual([
      ["Morgan, CEO", "manager", 3],
      ["Lee, board", "board", 0],
    ]);
    expect(listed[0]).toEqual({ ...ceo.respondent, answered: 3 });
    expect(listed[1]?.id).toBe(board.respondent.id);
    expect((await listRespondents(other.diagnosticId)).map((r) => r.name)).toEqual(["Elsewhere"]);
    expect(await listRespondents(randomUUID())).toEqual([]);
  });

  it("stores only the hash of a respondent's token, never the token itself", async () => {
    const { diagnosticId } = await workspaceWithDiagnostic("Carol");
    const { token, hash, respondent } = await invite(diagnosticId, "self", "Carol herself");
    await saveRespondentAnswer({ respondentId: respondent.id, questionId: "probe_b_pressure", constraintId: "c1", value: 2 });

    const stored = await t.db.respondent.findUniqueOrThrow({ where: { id: respondent.id } });
    expect(stored.tokenHash).toBe(hash);
    expect(stored.tokenHash).toBe(hashSecretToken(token));
    const everything = JSON.stringify({
      respondents: await t.db.respondent.findMany(),
      answers: await t.db.respondentAnswer.findMany(),
      diagnostics: await t.db.diagnostic.findMany(),
    });
    expect(everything).toContain(hash);
    expect(everything).not.toContain(token);
  });

  it("upserts an answer given twice to one row holding the latest value, with readable timestamps", async () => {
    const { diagnosticId } = await workspaceWithDiagnostic("Dana");
    const { respondent } = await invite(diagnosticId, "peer", "Pat, peer");
    const before = Date.now();
    await saveRespondentAnswer({ respondentId: respondent.id, questionId: "probe_e_cadence", constraintId: "c1", value: 1 });
    await saveRespondentAnswer({ respondentId: respondent.id, questionId: "probe_e_cadence", constraintId: "c1", value: 3 });
    await saveRespondentAnswer({ respondentId: respondent.id, questionId: "probe_e_cadence", constraintId: "c2", value: 0 });
    const structured = { note: `<b>"quoted"</b> — ünïcode`, list: [1, 2] };
    await saveRespondentAnswer({ respondentId: respondent.id, questionId: "probe_free", constraintId: "c1", value: structured });

    expect(await listRespondentAnswers(respondent.id)).toEqual([
      { questionId: "probe_e_cadence", constraintId: "c1", value: 3 },
      { questionId: "probe_free", constraintId: "c1", value: structured },
      { questionId: "probe_e_cadence", constraintId: "c2", value: 0 },
    ]);
    const rows = await t.db.respondentAnswer.findMany({ where: { respondentId: respondent.id, questionId: "probe_e_cadence", constraintId: "c1" } });
    expect(rows).toHaveLength(1);
    // Written in plain SQL: the timestamps must still read back as the dates they were.
    const answeredAt = rows[0]?.answeredAt;
    expect(answeredAt).toBeInstanceOf(Date);
    expect(answeredAt?.getTime()).toBeGreaterThanOrEqual(before - 1_000);
    expect(answeredAt?.getTime()).toBeLessThanOrEqual(Date.now() + 1_000);
    expect(rows[0]?.updatedAt.getTime()).toBe(answeredAt?.getTime());
    expect((await listRespondents(diagnosticId))[0]?.answered).toBe(3);
  });

  it("refuses answers after submission and stores nothing; a second submission reports false", async () => {
    const { diagnosticId } = await workspaceWithDiagnostic("Erin");
    const { respondent } = await invite(diagnosticId, "manager", "Sam, CEO");
    await saveRespondentAnswer({ respondentId: respondent.id, questionId: "probe_b_pressure", constraintId: "c1", value: 1 });

    const submittedAt = new Date("2026-11-20T10:00:00.000Z");
    expect(await submitRespondent({ id: respondent.id, now: submittedAt })).toBe(true);
    expect(await submitRespondent({ id: respondent.id, now: new Date("2026-11-21T10:00:00.000Z") })).toBe(false);
    expect((await findRespondentByTokenHash((await t.db.respondent.findUniqueOrThrow({ where: { id: respondent.id } })).tokenHash))?.submittedAt).toEqual(
      submittedAt,
    );

    const changed = saveRespondentAnswer({ respondentId: respondent.id, questionId: "probe_b_pressure", constraintId: "c1", value: 3 });
    await expect(changed).rejects.toBeInstanceOf(AppError);
    await expect(changed).rejects.toMatchObject({ code: "CONFLICT" });
    const added = saveRespondentAnswer({ respondentId: respondent.id, questionId: "probe_b_decisions", constraintId: "c1", value: 2 });
    await expect(added).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await listRespondentAnswers(respondent.id)).toEqual([{ questionId: "probe_b_pressure", constraintId: "c1", value: 1 }]);

    const unknown = saveRespondentAnswer({ respondentId: randomUUID(), questionId: "probe_b_pressure", constraintId: "c1", value: 1 });
    await expect(unknown).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await t.db.respondentAnswer.count({ where: { questionId: "probe_b_decisions", respondentId: respondent.id } })).toBe(0);
    expect(await submitRespondent({ id: randomUUID(), now: submittedAt })).toBe(false);
  });

  it("lists the answers of submitted respondents only", async () => {
    const { diagnosticId } = await workspaceWithDiagnostic("Frank");
    const other = await workspaceWithDiagnostic("Grace");
    const submitted = await invite(diagnosticId, "manager", "Submitted CEO");
    const pending = await invite(diagnosticId, "board", "Pending board");
    const empty = await invite(diagnosticId, "peer", "Submitted without answers");
    const elsewhere = await invite(other.diagnosticId, "manager", "Other workspace");
    await saveRespondentAnswer({ respondentId: submitted.respondent.id, questionId: "probe_b_pressure", constraintId: "c1", value: 2 });
    await saveRespondentAnswer({ respondentId: pending.respondent.id, questionId: "probe_b_pressure", constraintId: "c1", value: 0 });
    await saveRespondentAnswer({ respondentId: elsewhere.respondent.id, questionId: "probe_b_pressure", constraintId: "c1", value: 3 });
    const now = new Date();
    for (const r of [submitted, empty, elsewhere]) expect(await submitRespondent({ id: r.respondent.id, now })).toBe(true);

    const answers = await listSubmittedAnswers(diagnosticId);
    expect(answers).toHaveLength(2);
    expect(answers).toEqual(
      expect.arrayContaining([
        { id: submitted.respondent.id, perspective: "manager", smallGroupConsent: false, answers: [{ questionId: "probe_b_pressure", constraintId: "c1", value: 2 }] },
        { id: empty.respondent.id, perspective: "peer", smallGroupConsent: false, answers: [] },
      ]),
    );
    expect(JSON.stringify(answers)).not.toContain("board");
    expect(await listSubmittedAnswers(randomUUID())).toEqual([]);
  });

  it("refuses to delete a respondent through another diagnostic and deletes nothing", async () => {
    const mine = await workspaceWithDiagnostic("Heidi");
    const theirs = await workspaceWithDiagnostic("Ivan");
    const { respondent } = await invite(mine.diagnosticId, "manager", "Kept");
    await saveRespondentAnswer({ respondentId: respondent.id, questionId: "probe_b_pressure", constraintId: "c1", value: 2 });

    const crossed = deleteRespondent({ id: respondent.id, diagnosticId: theirs.diagnosticId });
    await expect(crossed).rejects.toBeInstanceOf(AppError);
    await expect(crossed).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteRespondent({ id: randomUUID(), diagnosticId: mine.diagnosticId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listRespondents(mine.diagnosticId)).map((r) => [r.name, r.answered])).toEqual([["Kept", 1]]);

    await deleteRespondent({ id: respondent.id, diagnosticId: mine.diagnosticId });
    expect(await listRespondents(mine.diagnosticId)).toEqual([]);
    expect(await t.db.respondentAnswer.count({ where: { respondentId: respondent.id } })).toBe(0);
    await expect(deleteRespondent({ id: respondent.id, diagnosticId: mine.diagnosticId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("deleting a diagnostic removes its respondents and their answers, and nothing of other diagnostics", async () => {
    const doomed = await workspaceWithDiagnostic("Judy");
    const kept = await workspaceWithDiagnostic("Ken");
    const gone = await invite(doomed.diagnosticId, "manager", "Gone");
    const stays = await invite(kept.diagnosticId, "manager", "Stays");
    for (const r of [gone, stays]) {
      await saveRespondentAnswer({ respondentId: r.respondent.id, questionId: "probe_b_pressure", constraintId: "c1", value: 1 });
    }

    await expect(deleteWorkspaceDiagnostic({ id: doomed.diagnosticId, workspaceId: kept.workspaceId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await t.db.respondent.count({ where: { id: gone.respondent.id } })).toBe(1);
    await deleteWorkspaceDiagnostic({ id: doomed.diagnosticId, workspaceId: doomed.workspaceId });

    expect(await t.db.respondent.count({ where: { diagnosticId: doomed.diagnosticId } })).toBe(0);
    expect(await t.db.respondentAnswer.count({ where: { respondentId: gone.respondent.id } })).toBe(0);
    expect(await findRespondentByTokenHash(gone.hash)).toBeNull();
    expect((await listRespondents(kept.diagnosticId)).map((r) => [r.name, r.answered])).toEqual([["Stays", 1]]);
  });

  it("deleting a client removes its diagnostics' respondents and their answers, and nothing of other clients", async () => {
    const doomed = await workspaceWithDiagnostic("Liam");
    const sibling = await createClient({ workspaceId: doomed.workspaceId, name: "Sibling client" });
    const siblingLeader = await createLeader({ workspaceId: doomed.workspaceId, clientId: sibling.id, name: "Sibling leader", title: null });
    const siblingDiagnostic = await createDiagnostic({ questionnaireVersion: "test-v1", workspaceId: doomed.workspaceId, leaderId: siblingLeader.id });
    const gone = await invite(doomed.diagnosticId, "board", "Gone");
    const stays = await invite(siblingDiagnostic.id, "board", "Stays");
    for (const r of [gone, stays]) {
      await saveRespondentAnswer({ respondentId: r.respondent.id, questionId: "probe_b_pressure", constraintId: "c1", value: 1 });
      expect(await submitRespondent({ id: r.respondent.id, now: new Date() })).toBe(true);
    }

    await deleteClient({ id: doomed.clientId, workspaceId: doomed.workspaceId });
    expect(await t.db.diagnostic.count({ where: { id: doomed.diagnosticId } })).toBe(0);
    expect(await t.db.respondent.count({ where: { id: gone.respondent.id } })).toBe(0);
    expect(await t.db.respondentAnswer.count({ where: { respondentId: gone.respondent.id } })).toBe(0);
    expect((await listSubmittedAnswers(siblingDiagnostic.id)).map(({ perspective, answers }) => ({ perspective, answers }))).toEqual([
      { perspective: "board", answers: [{ questionId: "probe_b_pressure", constraintId: "c1", value: 1 }] },
    ]);
  });

  it("releases only a finished diagnostic of the releasing workspace, to each audience apart", async () => {
    const mine = await workspaceWithDiagnostic("Mia");
    const theirs = await workspaceWithDiagnostic("Noah");
    const now = new Date("2026-11-25T09:30:00.000Z");
    const none = { workspaceId: mine.workspaceId, releases: [] };

    const unfinished = releaseToAudience({ id: mine.diagnosticId, workspaceId: mine.workspaceId, audience: "leader", sections: ["constraints"], now });
    await expect(unfinished).rejects.toBeInstanceOf(AppError);
    await expect(unfinished).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await findRelease(mine.diagnosticId)).toEqual(none);

    await finish(mine.diagnosticId);
    for (const audience of ["leader", "board"] as const) {
      const foreign = releaseToAudience({ id: mine.diagnosticId, workspaceId: theirs.workspaceId, audience, sections: ["constraints"], now });
      await expect(foreign).rejects.toMatchObject({ code: "CONFLICT" });
    }
    expect(await findRelease(mine.diagnosticId)).toEqual(none);

    // A self-serve diagnostic (no workspace) cannot be released by any workspace either.
    const selfServe = await createDiagnostic({ questionnaireVersion: "test-v1" });
    await finish(selfServe.id);
    await expect(releaseToAudience({ id: selfServe.id, workspaceId: mine.workspaceId, audience: "board", sections: [], now })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await findRelease(selfServe.id)).toEqual({ workspaceId: null, releases: [] });
    expect(await findRelease(randomUUID())).toBeNull();

    const toLeader = { audience: "leader" as const, sections: ["constraints", "perspectives"], resultRevision: 1, releasedAt: now };
    expect(await releaseToAudience({ id: mine.diagnosticId, workspaceId: mine.workspaceId, ...toLeader, now })).toEqual(toLeader);
    expect(await findRelease(mine.diagnosticId)).toEqual({ workspaceId: mine.workspaceId, releases: [toLeader] });
    expect(await findRelease(theirs.diagnosticId)).toEqual({ workspaceId: theirs.workspaceId, releases: [] });

    // The board's release is its own row; releasing again replaces only that audience's.
    const later = new Date("2026-11-26T09:30:00.000Z");
    await releaseToAudience({ id: mine.diagnosticId, workspaceId: mine.workspaceId, audience: "board", sections: ["costs"], now });
    await releaseToAudience({ id: mine.diagnosticId, workspaceId: mine.workspaceId, audience: "board", sections: ["costs", "methodology"], now: later });
    const both = await findRelease(mine.diagnosticId);
    expect(both?.releases).toHaveLength(2);
    expect(both?.releases.find((r) => r.audience === "board")).toEqual({ audience: "board", sections: ["costs", "methodology"], resultRevision: 1, releasedAt: later });
    expect(both?.releases.find((r) => r.audience === "leader")).toEqual(toLeader);
  });

  it("pins each release to its result revision until released again, and withdraws one audience without the other", async () => {
    const mine = await workspaceWithDiagnostic("Owen");
    await finish(mine.diagnosticId);
    const now = new Date("2026-11-25T09:30:00.000Z");
    const release = (audience: "leader" | "board") => releaseToAudience({ id: mine.diagnosticId, workspaceId: mine.workspaceId, audience, sections: ["constraints"], now });
    await release("leader");
    await release("board");

    // A re-score adds revision 2; both releases still show revision 1, which is still stored.
    await reviseResult({ diagnosticId: mine.diagnosticId, answers: [], compute: () => ({ snapshot: { test: 2 }, questionnaireVersion: "test-v1", engineVersion: "test-engine" }) });
    const pinned = await findRelease(mine.diagnosticId);
    expect(pinned?.releases.map((r) => r.resultRevision)).toEqual([1, 1]);
    expect((await findResultRevision(mine.diagnosticId, 1))?.snapshot).toEqual({ test: true });
    expect((await findResultRevision(mine.diagnosticId, 2))?.snapshot).toEqual({ test: 2 });
    expect(await findResultRevision(mine.diagnosticId, 3)).toBeNull();

    // Releasing the board again pins it to the newer result; the leader's stays where it was.
    expect((await release("board")).resultRevision).toBe(2);
    const after = await findRelease(mine.diagnosticId);
    expect(Object.fromEntries(after?.releases.map((r) => [r.audience, r.resultRevision]) ?? [])).toEqual({ leader: 1, board: 2 });

    expect(await withdrawAudienceRelease({ diagnosticId: mine.diagnosticId, audience: "board" })).toBe(true);
    expect(await withdrawAudienceRelease({ diagnosticId: mine.diagnosticId, audience: "board" })).toBe(false);
    expect((await findRelease(mine.diagnosticId))?.releases.map((r) => r.audience)).toEqual(["leader"]);
    expect(await withdrawAudienceRelease({ diagnosticId: mine.diagnosticId, audience: "leader" })).toBe(true);
    expect(await findRelease(mine.diagnosticId)).toEqual({ workspaceId: mine.workspaceId, releases: [] });

    // Deleting the diagnostic takes its releases with it.
    await release("leader");
    await deleteWorkspaceDiagnostic({ id: mine.diagnosticId, workspaceId: mine.workspaceId });
    expect(await t.db.reportRelease.count({ where: { diagnosticId: mine.diagnosticId } })).toBe(0);
  });

  it("saves and reads a workspace's branding, clears it, and keeps workspaces apart", async () => {
    const mine = await workspaceWithDiagnostic("Olivia");
    const theirs = await workspaceWithDiagnostic("Paul");
    expect(await readBranding(mine.workspaceId)).toEqual({ brandName: null, brandColor: null, brandLogo: null });

    const logo = `data:image/png;base64,${Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]).toString("base64")}`;
    await saveBranding({ workspaceId: mine.workspaceId, brandName: "Quinn Advisory — ünïcode", brandColor: "#5b2a86", brandLogo: logo });
    expect(await readBranding(mine.workspaceId)).toEqual({ brandName: "Quinn Advisory — ünïcode", brandColor: "#5b2a86", brandLogo: logo });
    expect(await readBranding(theirs.workspaceId)).toEqual({ brandName: null, brandColor: null, brandLogo: null });

    await saveBranding({ workspaceId: mine.workspaceId, brandName: "Renamed", brandColor: "#123456", brandLogo: null });
    expect(await readBranding(mine.workspaceId)).toEqual({ brandName: "Renamed", brandColor: "#123456", brandLogo: null });
    await saveBranding({ workspaceId: mine.workspaceId, brandName: null, brandColor: null, brandLogo: null });
    expect(await readBranding(mine.workspaceId)).toEqual({ brandName: null, brandColor: null, brandLogo: null });
    expect(await readBranding(randomUUID())).toBeNull();
  });
});
