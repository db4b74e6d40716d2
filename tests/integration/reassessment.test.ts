import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import { findDiagnostic, listAnswers, saveAnswer } from "@/lib/data/diagnostic-store";
import { createClient, createLeader, createWorkspaceForUser } from "@/lib/data/workspace-store";
import { latestResultOf } from "@/lib/self-serve/open-result";
import { changeSinceLastAssessment } from "@/lib/workspace/change-since-last-assessment";
import { confirmHandoffCriterion } from "@/lib/workspace/confirm-handoff-criterion";
import { finishIntake } from "@/lib/workspace/finish-intake";
import { leaderProgress } from "@/lib/workspace/leader-progress";
import { openEngagement } from "@/lib/workspace/open-engagement";
import { startIntake } from "@/lib/workspace/start-intake";
import { cooExitV2Scenario, HEALTHY_PROFILE } from "@/tests/fixtures/scenarios-v2";
import { describeOnEachDatabase } from "@/tests/support/test-databases";

describeOnEachDatabase("re-assessment", (t) => {
  const setUp = async () => {
    const userId = randomUUID();
    await t.db.user.create({ data: { id: userId, name: "Ada Quinn", email: `${userId}@example.com` } });
    const workspaceId = await createWorkspaceForUser({ userId, name: "Quinn Advisory" });
    const client = await createClient({ workspaceId, name: "Wingtip" });
    const leader = await createLeader({ workspaceId, clientId: client.id, name: "Jamie Fox", title: "COO" });
    const consultant = { user: { id: userId, name: "Ada Quinn", email: "ada@example.com" }, workspace: { id: workspaceId, name: "Quinn Advisory", role: "owner" } } as ConsultantSession;
    return { consultant, leader: { id: leader.id, name: "Jamie Fox", title: "COO", clientName: "Wingtip" } };
  };

  const answerAndFinish = async (id: string, rows: readonly { questionId: string; constraintId: string | null; value: unknown }[]) => {
    for (const row of rows) await saveAnswer({ diagnosticId: id, questionId: row.questionId, constraintId: row.constraintId, value: row.value });
    await finishIntake((await findDiagnostic(id))!);
    return (await findDiagnostic(id))!;
  };

  const healthy: Record<string, unknown> = HEALTHY_PROFILE;
  const improved = cooExitV2Scenario.rows.map((r) => (r.questionId.startsWith("k_") ? { ...r, value: 0 } : r.questionId in healthy ? { ...r, value: healthy[r.questionId] } : r));

  it("starts from the last assessment, names itself, shows the change, and keeps the running engagement's criteria", async () => {
    const { consultant, leader } = await setUp();
    const first = await startIntake(consultant, leader.id);
    expect(await listAnswers(first.id)).toEqual([]);
    await answerAndFinish(first.id, cooExitV2Scenario.rows);

    const second = await startIntake(consultant, leader.id);
    const carried = await listAnswers(second.id);
    const carriedIds = new Set(carried.map((a) => a.questionId));
    expect(carriedIds.has("leader_function") && carriedIds.has("constraint_definition") && carriedIds.has("intervention_current")).toBe(true);
    expect([...carriedIds].some((id) => id.startsWith("k_") || id.startsWith("p_"))).toBe(false);

    const finished = await answerAndFinish(second.id, improved.filter((r) => r.questionId.startsWith("k_") || r.questionId.startsWith("p_")));
    const engagement = await openEngagement(consultant, finished);
    expect(engagement).toMatchObject({ number: 2, total: 2, leader: { name: "Jamie Fox" }, client: { name: "Wingtip" }, previous: { id: first.id, number: 1 } });
    const change = await changeSinceLastAssessment(engagement, (await latestResultOf(finished))!.result);
    expect(change?.constraints.map((c) => c.direction)).toEqual(["better", "better"]);

    // The second assessment recommends no engagement; the first one's criteria stay in force.
    const progress = await leaderProgress(consultant, leader);
    const firstResult = (await latestResultOf((await findDiagnostic(first.id))!))!.result;
    if (firstResult.blueprint.kind !== "engagement") throw new Error("the first assessment calls for an engagement");
    expect(progress.blueprint?.handoff.exitCriteria).toEqual(firstResult.blueprint.handoff.exitCriteria);

    const criterion = firstResult.blueprint.handoff.exitCriteria[0]!;
    await confirmHandoffCriterion(consultant, leader, { criterion, met: true, evidence: "QBR of 12 March ran without the interim COO" });
    const confirmed = (await leaderProgress(consultant, leader)).handoff?.criteria.find((c) => c.text === criterion);
    expect(confirmed).toMatchObject({ met: true, confirmedBy: "Ada Quinn", evidence: "QBR of 12 March ran without the interim COO" });
  });
});
