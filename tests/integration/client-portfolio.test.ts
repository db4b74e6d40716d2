import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import { findDiagnostic, readClientPortfolio, releaseToAudience, saveAnswer, searchWorkspaceDiagnostics } from "@/lib/data/diagnostic-store";
import { createRespondent, submitRespondent } from "@/lib/data/respondent-store";
import { createClient, createLeader, createWorkspaceForUser } from "@/lib/data/workspace-store";
import { RECOMMENDATION_LABELS } from "@/lib/diagnostic";
import { finishIntake } from "@/lib/workspace/finish-intake";
import { openPortfolio } from "@/lib/workspace/open-portfolio";
import { startIntake } from "@/lib/workspace/start-intake";
import { cooExitV2Scenario } from "@/tests/fixtures/scenarios-v2";
import { describeOnEachDatabase } from "@/tests/support/test-databases";

describeOnEachDatabase("client portfolio", (t) => {
  const consultantOf = async (name: string): Promise<ConsultantSession> => {
    const userId = randomUUID();
    await t.db.user.create({ data: { id: userId, name, email: `${userId}@example.com` } });
    const workspaceId = await createWorkspaceForUser({ userId, name: `${name} Advisory` });
    return { user: { id: userId, name, email: `${userId}@example.com` }, workspace: { id: workspaceId, name: `${name} Advisory`, role: "owner" } } as ConsultantSession;
  };

  const finishedIntake = async (consultant: ConsultantSession, leaderId: string) => {
    const started = await startIntake(consultant, leaderId);
    for (const row of cooExitV2Scenario.rows) await saveAnswer({ diagnosticId: started.id, questionId: row.questionId, constraintId: row.constraintId, value: row.value });
    await finishIntake((await findDiagnostic(started.id))!);
    return started.id;
  };

  it("reads each leader's latest finished assessment with its result, release and respondents, only in its own workspace", async () => {
    const ada = await consultantOf("Ada");
    const bo = await consultantOf("Bo");
    const workspaceId = ada.workspace.id;
    const client = await createClient({ workspaceId, name: "Wingtip" });
    const jamie = await createLeader({ workspaceId, clientId: client.id, name: "Jamie Fox", title: "COO" });
    await createLeader({ workspaceId, clientId: client.id, name: "Avery Lin", title: null });
    const other = await createClient({ workspaceId, name: "Elsewhere" });
    await createLeader({ workspaceId, clientId: other.id, name: "Not Here", title: null });

    const first = await finishedIntake(ada, jamie.id);
    const second = await finishedIntake(ada, jamie.id);
    await startIntake(ada, jamie.id); // a third, still in progress
    await releaseToAudience({ id: second, workspaceId, audience: "board", sections: ["constraints"], now: new Date("2026-11-20T10:00:00.000Z") });
    const kim = await createRespondent({ diagnosticId: second, perspective: "manager", name: "Kim", tokenHash: randomUUID() });
    await createRespondent({ diagnosticId: second, perspective: "peer", name: "Lee", tokenHash: randomUUID() });
    await createRespondent({ diagnosticId: first, perspective: "peer", name: "Old", tokenHash: randomUUID() });
    await submitRespondent({ id: kim.id, now: new Date() });

    const stored = await readClientPortfolio({ clientId: client.id, workspaceId });
    expect(stored.map((l) => l.name)).toEqual(["Avery Lin", "Jamie Fox"]);
    expect(stored[0]).toMatchObject({ assessments: 0, latest: null });
    expect(stored[1]).toMatchObject({
      title: "COO",
      assessments: 3,
      latest: { diagnosticId: second, releasedAt: new Date("2026-11-20T10:00:00.000Z"), leaderReleasedAt: null, respondents: { invited: 2, answered: 1 } },
    });
    expect(stored[1]?.latest?.finishedAt).toBeInstanceOf(Date);

    const { portfolio } = await openPortfolio(ada, { id: client.id, name: "Wingtip" });
    const latest = portfolio.leaders[1]?.latest;
    expect(latest?.recommendation.label).toBe(RECOMMENDATION_LABELS.paired);
    expect(latest?.constraints.length).toBeGreaterThan(0);
    expect(portfolio.assessed).toBe(1);

    // Another workspace's consultant asking for this client gets nothing, and neither does a wrong pairing.
    expect(await readClientPortfolio({ clientId: client.id, workspaceId: bo.workspace.id })).toEqual([]);
    expect((await openPortfolio(bo, { id: client.id, name: "Wingtip" })).portfolio.leaders).toEqual([]);
  });

  it("counts the dashboard's diagnostics by status and recommendation under its filters", async () => {
    const ada = await consultantOf("Cy");
    const workspaceId = ada.workspace.id;
    const client = await createClient({ workspaceId, name: "Northwind" });
    const leader = await createLeader({ workspaceId, clientId: client.id, name: "Sam Patel", title: null });
    await finishedIntake(ada, leader.id);
    await startIntake(ada, leader.id);
    const found = await searchWorkspaceDiagnostics({ workspaceId, page: 1, pageSize: 20 });
    expect(found.total).toBe(2);
    expect(found.groups.sort((a, b) => a.status.localeCompare(b.status))).toEqual([
      { status: "finished", recommendation: "paired", count: 1 },
      { status: "in_progress", recommendation: null, count: 1 },
    ]);
    const past = await searchWorkspaceDiagnostics({ workspaceId, status: "finished", page: 5, pageSize: 20 });
    expect(past).toMatchObject({ total: 1, rows: [] });
  });
});
