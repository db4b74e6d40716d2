import { expect, it } from "vitest";
import { ZClientRequest, ZLeaderRequest } from "@/lib/contract/requests";
import { readDashboardVersion } from "@/lib/data/workspace-store";
import { addClient } from "@/lib/workspace/add-client";
import { addLeader } from "@/lib/workspace/add-leader";
import { finishIntake } from "@/lib/workspace/finish-intake";
import { recordIntakeAnswer } from "@/lib/workspace/record-intake-answer";
import { removeFromWorkspace } from "@/lib/workspace/remove-from-workspace";
import { saveIntakeNote } from "@/lib/workspace/save-intake-note";
import { startIntake } from "@/lib/workspace/start-intake";
import { cooExitV2Scenario } from "@/tests/fixtures/scenarios-v2";
import { newConsultant } from "@/tests/support/consultant";
import { describeOnEachDatabase } from "@/tests/support/test-databases";

/**
 * The consultants' dashboard is kept rendered per dashboard version (lib/workspace/dashboard-document.ts),
 * which database triggers renew. These tests prove the triggers on each database.
 */
describeOnEachDatabase("dashboard versions", (t) => {
  it("are renewed by every change the dashboard shows, only in that workspace, and not while an intake is being answered", async () => {
    const consultant = await newConsultant(t.db);
    const bystander = await newConsultant(t.db, "Lee Park", "Park Partners");
    const versions = async () => [await readDashboardVersion(consultant.workspace.id), await readDashboardVersion(bystander.workspace.id)];
    const renews = async (change: () => Promise<unknown>) => {
      const [before, bystanderBefore] = await versions();
      await change();
      const [after, bystanderAfter] = await versions();
      expect(bystanderAfter).toBe(bystanderBefore);
      return after !== before;
    };

    let clientId = "";
    expect(await renews(async () => ({ id: clientId } = await addClient(consultant, ZClientRequest.parse({ name: "Northwind" }))))).toBe(true);
    let leaderId = "";
    expect(await renews(async () => ({ id: leaderId } = await addLeader(consultant, clientId, ZLeaderRequest.parse({ name: "Sam Ortiz", title: "COO" }))))).toBe(true);
    let intake = await startIntake(consultant, leaderId);
    expect(await renews(async () => (intake = await startIntake(consultant, leaderId)))).toBe(true);
    expect(await renews(async () => { for (const row of cooExitV2Scenario.rows) await recordIntakeAnswer(intake, row); })).toBe(false);
    expect(await renews(() => finishIntake(intake))).toBe(true);
    // A note is in the report, not on the dashboard.
    const constraintId = cooExitV2Scenario.rows.find((row) => row.constraintId !== null)?.constraintId ?? "c1";
    expect(await renews(() => saveIntakeNote(intake, constraintId, "Weekly operating review is missing."))).toBe(false);
    expect(await renews(() => removeFromWorkspace(consultant, "diagnostic", intake.id))).toBe(true);
    expect(await renews(() => removeFromWorkspace(consultant, "leader", leaderId))).toBe(true);
    expect(await renews(() => removeFromWorkspace(consultant, "client", clientId))).toBe(true);
  });
});
