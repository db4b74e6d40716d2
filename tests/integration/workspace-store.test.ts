import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { createDiagnostic, searchWorkspaceDiagnostics } from "@/lib/data/diagnostic-store";
import { createClient, createLeader, listClientNames, createWorkspaceForUser, deleteClient, deleteWorkspacesOwnedBy, findWorkspaceOfUser, listClients } from "@/lib/data/workspace-store";
import { listHandoffChecks, setHandoffCheck } from "@/lib/data/handoff-check-store";
import { describeOnEachDatabase } from "@/tests/support/test-databases";

describeOnEachDatabase("workspaces", (t) => {
  const user = async (name: string) => {
    const id = randomUUID();
    await t.db.user.create({ data: { id, name, email: `${id}@example.com` } });
    return id;
  };

  it("gives each consultant a workspace and keeps clients and leaders inside it", async () => {
    const alice = await user("Alice");
    const bob = await user("Bob");
    const aliceSpace = await createWorkspaceForUser({ userId: alice, name: "Alice's workspace" });
    const bobSpace = await createWorkspaceForUser({ userId: bob, name: "Bob's workspace" });
    expect(await findWorkspaceOfUser(alice)).toEqual({ id: aliceSpace, name: "Alice's workspace", role: "owner" });

    const northwind = await createClient({ workspaceId: aliceSpace, name: "Northwind" });
    await createLeader({ workspaceId: aliceSpace, clientId: northwind.id, name: "Sam Patel", title: "COO" });
    await expect(createLeader({ workspaceId: bobSpace, clientId: northwind.id, name: "Planted", title: null })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    expect(await listClients(bobSpace)).toEqual([]);
    const listed = await listClients(aliceSpace);
    expect(listed.map((c) => c.name)).toEqual(["Northwind"]);
    expect(listed[0]?.leaders).toEqual([expect.objectContaining({ name: "Sam Patel", title: "COO" })]);
  });

  it("finds diagnostics by leader name regardless of case, only in the searching workspace", async () => {
    const owner = await user("Casey");
    const other = await user("Drew");
    const space = await createWorkspaceForUser({ userId: owner, name: "Casey's workspace" });
    const otherSpace = await createWorkspaceForUser({ userId: other, name: "Drew's workspace" });
    for (const [workspaceId, name] of [[space, "Sam Patel"], [otherSpace, "Sam Patel"]] as const) {
      const client = await createClient({ workspaceId, name: "Client" });
      const leader = await createLeader({ workspaceId, clientId: client.id, name, title: null });
      await createDiagnostic({ questionnaireVersion: "2026-11.v1", workspaceId, leaderId: leader.id });
    }
    for (const query of ["sam", "PATEL", "m Pa"]) {
      const found = await searchWorkspaceDiagnostics({ workspaceId: space, leaderName: query, page: 1, pageSize: 20 });
      expect(found.total).toBe(1);
      expect(found.rows[0]?.leader?.name).toBe("Sam Patel");
    }
    expect((await searchWorkspaceDiagnostics({ workspaceId: space, leaderName: "Alex", page: 1, pageSize: 20 })).total).toBe(0);
    expect(await listClientNames(space)).toEqual([{ id: expect.any(String), name: "Client" }]);
  });

  it("pages, filters and counts a workspace's diagnostics, newest first, with wildcards taken literally", async () => {
    const owner = await user("Erin");
    const space = await createWorkspaceForUser({ userId: owner, name: "Erin's workspace" });
    const north = await createClient({ workspaceId: space, name: "Northwind" });
    const south = await createClient({ workspaceId: space, name: "Southwind" });
    const percent = await createLeader({ workspaceId: space, clientId: north.id, name: "Lee 100% Shah", title: "CRO" });
    const plain = await createLeader({ workspaceId: space, clientId: south.id, name: "Robin Fox", title: null });
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const leader = i % 2 === 0 ? percent : plain;
      const { id } = await createDiagnostic({ questionnaireVersion: "2026-11.v1", workspaceId: space, leaderId: leader.id });
      const finished = i < 4;
      await t.db.diagnostic.update({
        where: { id },
        data: {
          createdAt: new Date(Date.UTC(2026, 0, 1 + i)),
          ...(finished ? { status: "finished", finishedAt: new Date(Date.UTC(2026, 0, 2 + i)), recommendation: i % 2 === 0 ? "coaching" : "paired" } : {}),
        },
      });
      ids.push(id);
    }
    const search = (filters: Partial<Parameters<typeof searchWorkspaceDiagnostics>[0]>) =>
      searchWorkspaceDiagnostics({ workspaceId: space, page: 1, pageSize: 3, ...filters });

    const first = await search({});
    expect(first.total).toBe(7);
    expect(first.rows.map((r) => r.id)).toEqual([ids[6], ids[5], ids[4]]);
    expect(first.rows[0]).toEqual({
      id: ids[6],
      status: "in_progress",
      recommendation: null,
      createdAt: new Date(Date.UTC(2026, 0, 7)),
      finishedAt: null,
      leader: { id: percent.id, name: "Lee 100% Shah", title: "CRO", client: { id: north.id, name: "Northwind" } },
    });
    expect((await search({ page: 3 })).rows.map((r) => r.id)).toEqual([ids[0]]);
    expect(await search({ page: 4 })).toMatchObject({ total: 7, rows: [] });

    const finished = await search({ status: "finished", pageSize: 10 });
    expect(finished.rows.map((r) => r.id)).toEqual([ids[3], ids[2], ids[1], ids[0]]);
    expect(finished.rows[0]?.finishedAt).toEqual(new Date(Date.UTC(2026, 0, 5)));
    expect((await search({ recommendation: "paired", pageSize: 10 })).rows.map((r) => r.id)).toEqual([ids[3], ids[1]]);
    expect((await search({ clientId: south.id, pageSize: 10 })).total).toBe(3);
    expect((await search({ clientId: south.id, status: "in_progress", pageSize: 10 })).rows.map((r) => r.id)).toEqual([ids[5]]);

    expect((await search({ leaderName: "100%" })).total).toBe(4);
    expect((await search({ leaderName: "%" })).total).toBe(4);
    expect((await search({ leaderName: "_" })).total).toBe(0);
    expect((await search({ leaderName: "\\" })).total).toBe(0);
    expect((await search({ leaderName: "!" })).total).toBe(0);
    expect((await search({ leaderName: "0!%" })).total).toBe(0);
    expect((await search({ leaderName: "robin", clientId: north.id })).total).toBe(0);
  });

  it("keeps handoff confirmations per leader inside the workspace, once per criterion, and drops them with the leader", async () => {
    const owner = await user("Fran");
    const other = await user("Gus");
    const space = await createWorkspaceForUser({ userId: owner, name: "Fran's workspace" });
    const otherSpace = await createWorkspaceForUser({ userId: other, name: "Gus's workspace" });
    const client = await createClient({ workspaceId: space, name: "Litware" });
    const leader = await createLeader({ workspaceId: space, clientId: client.id, name: "Kim", title: null });
    const criterion = "Every new process has a named owner.";
    const first = new Date("2026-07-01T09:00:00.000Z");

    const by = { confirmedBy: "Ada Quinn", evidence: "Board pack of 12 March" };
    expect(await setHandoffCheck({ workspaceId: space, leaderId: leader.id, criterion, met: true, now: first, ...by })).toEqual({ criterion, checkedAt: first, ...by });
    // Confirming again keeps the first time and, without new evidence, the first evidence.
    await setHandoffCheck({ workspaceId: space, leaderId: leader.id, criterion, met: true, now: new Date("2026-08-01T09:00:00.000Z"), confirmedBy: "Sam" });
    expect(await listHandoffChecks({ leaderId: leader.id, workspaceId: space })).toEqual([{ criterion, checkedAt: first, ...by }]);
    expect(await listHandoffChecks({ leaderId: leader.id, workspaceId: otherSpace })).toEqual([]);

    const renewed = new Date("2026-09-01T09:00:00.000Z");
    await setHandoffCheck({ workspaceId: space, leaderId: leader.id, criterion, met: true, now: renewed, since: new Date("2026-08-15T00:00:00.000Z"), confirmedBy: "Sam" });
    expect(await listHandoffChecks({ leaderId: leader.id, workspaceId: space })).toEqual([{ criterion, checkedAt: renewed, confirmedBy: "Sam", evidence: null }]);

    await setHandoffCheck({ workspaceId: otherSpace, leaderId: leader.id, criterion, met: false, now: first });
    expect(await listHandoffChecks({ leaderId: leader.id, workspaceId: space })).toHaveLength(1);
    await setHandoffCheck({ workspaceId: space, leaderId: leader.id, criterion, met: false, now: first });
    expect(await listHandoffChecks({ leaderId: leader.id, workspaceId: space })).toEqual([]);

    await setHandoffCheck({ workspaceId: space, leaderId: leader.id, criterion, met: true, now: first });
    await t.db.leader.delete({ where: { id: leader.id } });
    expect(await t.db.handoffCheck.count({ where: { leaderId: leader.id } })).toBe(0);
  });

  it("deletes everything in a workspace when its owner's account goes, and nothing elsewhere", async () => {
    const carol = await user("Carol");
    const dave = await user("Dave");
    const carolSpace = await createWorkspaceForUser({ userId: carol, name: "Carol's workspace" });
    const daveSpace = await createWorkspaceForUser({ userId: dave, name: "Dave's workspace" });
    const contoso = await createClient({ workspaceId: carolSpace, name: "Contoso" });
    const leader = await createLeader({ workspaceId: carolSpace, clientId: contoso.id, name: "Pat", title: null });
    const diagnostic = await createDiagnostic({ questionnaireVersion: "v", workspaceId: carolSpace, leaderId: leader.id });
    await createClient({ workspaceId: daveSpace, name: "Fabrikam" });

    await expect(deleteClient({ id: contoso.id, workspaceId: daveSpace })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await deleteWorkspacesOwnedBy(carol)).toBe(1);
    expect(await t.db.client.count({ where: { workspaceId: carolSpace } })).toBe(0);
    expect(await t.db.leader.count({ where: { id: leader.id } })).toBe(0);
    expect(await t.db.diagnostic.count({ where: { id: diagnostic.id } })).toBe(0);
    expect((await listClients(daveSpace)).map((c) => c.name)).toEqual(["Fabrikam"]);
  });
});
