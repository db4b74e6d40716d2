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
    const aliceSpace = await createWorkspaceForUser({ userId: alice, name: "Alice's workspace" }, t.db);
    const bobSpace = await createWorkspaceForUser({ userId: bob, name: "Bob's workspace" }, t.db);
    expect(await findWorkspaceOfUser(alice, t.db)).toEqual({ id: aliceSpace, name: "Alice's workspace", role: "owner" });

    const northwind = await createClient({ workspaceId: aliceSpace, name: "Northwind" }, t.db);
    await createLeader({ workspaceId: aliceSpace, clientId: northwind.id, name: "Sam Patel", title: "COO" }, t.db);
    await expect(createLeader({ workspaceId: bobSpace, clientId: northwind.id, name: "Planted", title: null }, t.db)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    expect(await listClients(bobSpace, t.db)).toEqual([]);
    const listed = await listClients(aliceSpace, t.db);
    expect(listed.map((c) => c.name)).toEqual(["Northwind"]);
    expect(listed[0]?.leaders).toEqual([expect.objectContaining({ name: "Sam Patel", title: "COO" })]);
  });

  it("finds diagnostics by leader name regardless of case, only in the searching workspace", async () => {
    const owner = await user("Casey");
    const other = await user("Drew");
    const space = await createWorkspaceForUser({ userId: owner, name: "Casey's workspace" }, t.db);
    const otherSpace = await createWorkspaceForUser({ userId: other, name: "Drew's workspace" }, t.db);
    for (const [workspaceId, name] of [[space, "Sam Patel"], [otherSpace, "Sam Patel"]] as const) {
      const client = await createClient({ workspaceId, name: "Client" }, t.db);
      const leader = await createLeader({ workspaceId, clientId: client.id, name, title: null }, t.db);
      await createDiagnostic({ questionnaireVersion: "2026-11.v1", workspaceId, leaderId: leader.id }, t.db);
    }
    for (const query of ["sam", "PATEL", "m Pa"]) {
      const found = await searchWorkspaceDiagnostics({ workspaceId: space, leaderName: query, page: 1, pageSize: 20 }, t.db);
      expect(found.total).toBe(1);
      expect(found.rows[0]?.leader?.name).toBe("Sam Patel");
    }
    expect((await searchWorkspaceDiagnostics({ workspaceId: space, leaderName: "Alex", page: 1, pageSize: 20 }, t.db)).total).toBe(0);
    expect(await listClientNames(space, t.db)).toEqual([{ id: expect.any(String), name: "Client" }]);
  });

  it("pages, filters and counts a workspace's diagnostics, newest first, with wildcards taken literally", async () => {
    const owner = await user("Erin");
    const space = await createWorkspaceForUser({ userId: owner, name: "Erin's workspace" }, t.db);
    const north = await createClient({ workspaceId: space, name: "Northwind" }, t.db);
    const south = await createClient({ workspaceId: space, name: "Southwind" }, t.db);
    const percent = await createLeader({ workspaceId: space, clientId: north.id, name: "Lee 100% Shah", title: "CRO" }, t.db);
    const plain = await createLeader({ workspaceId: space, clientId: south.id, name: "Robin Fox", title: null }, t.db);
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const leader = i % 2 === 0 ? percent : plain;
      const { id } = await createDiagnostic({ questionnaireVersion: "2026-11.v1", workspaceId: space, leaderId: leader.id }, t.db);
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
      searchWorkspaceDiagnostics({ workspaceId: space, page: 1, pageSize: 3, ...filters }, t.db);

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
    expect(await search({ page: 4 })).toEqual({ total: 7, rows: [] });

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
    const space = await createWorkspaceForUser({ userId: owner, name: "Fran's workspace" }, t.db);
    const otherSpace = await createWorkspaceForUser({ userId: other, name: "Gus's workspace" }, t.db);
    const client = await createClient({ workspaceId: space, name: "Litware" }, t.db);
    const leader = await createLeader({ workspaceId: space, clientId: client.id, name: "Kim", title: null }, t.db);
    const criterion = "Every new process has a named owner.";
    const first = new Date("2026-07-01T09:00:00.000Z");

    expect(await setHandoffCheck({ workspaceId: space, leaderId: leader.id, criterion, met: true, now: first }, t.db)).toEqual({ criterion, checkedAt: first });
    await setHandoffCheck({ workspaceId: space, leaderId: leader.id, criterion, met: true, now: new Date("2026-08-01T09:00:00.000Z") }, t.db);
    expect(await listHandoffChecks({ leaderId: leader.id, workspaceId: space }, t.db)).toEqual([{ criterion, checkedAt: first }]);
    expect(await listHandoffChecks({ leaderId: leader.id, workspaceId: otherSpace }, t.db)).toEqual([]);

    const renewed = new Date("2026-09-01T09:00:00.000Z");
    await setHandoffCheck({ workspaceId: space, leaderId: leader.id, criterion, met: true, now: renewed, since: new Date("2026-08-15T00:00:00.000Z") }, t.db);
    expect(await listHandoffChecks({ leaderId: leader.id, workspaceId: space }, t.db)).toEqual([{ criterion, checkedAt: renewed }]);

    await setHandoffCheck({ workspaceId: otherSpace, leaderId: leader.id, criterion, met: false, now: first }, t.db);
    expect(await listHandoffChecks({ leaderId: leader.id, workspaceId: space }, t.db)).toHaveLength(1);
    await setHandoffCheck({ workspaceId: space, leaderId: leader.id, criterion, met: false, now: first }, t.db);
    expect(await listHandoffChecks({ leaderId: leader.id, workspaceId: space }, t.db)).toEqual([]);

    await setHandoffCheck({ workspaceId: space, leaderId: leader.id, criterion, met: true, now: first }, t.db);
    await t.db.leader.delete({ where: { id: leader.id } });
    expect(await t.db.handoffCheck.count({ where: { leaderId: leader.id } })).toBe(0);
  });

  it("deletes everything in a workspace when its owner's account goes, and nothing elsewhere", async () => {
    const carol = await user("Carol");
    const dave = await user("Dave");
    const carolSpace = await createWorkspaceForUser({ userId: carol, name: "Carol's workspace" }, t.db);
    const daveSpace = await createWorkspaceForUser({ userId: dave, name: "Dave's workspace" }, t.db);
    const contoso = await createClient({ workspaceId: carolSpace, name: "Contoso" }, t.db);
    const leader = await createLeader({ workspaceId: carolSpace, clientId: contoso.id, name: "Pat", title: null }, t.db);
    const diagnostic = await createDiagnostic({ questionnaireVersion: "v", workspaceId: carolSpace, leaderId: leader.id }, t.db);
    await createClient({ workspaceId: daveSpace, name: "Fabrikam" }, t.db);

    await expect(deleteClient({ id: contoso.id, workspaceId: daveSpace }, t.db)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await deleteWorkspacesOwnedBy(carol, t.db)).toBe(1);
    expect(await t.db.client.count({ where: { workspaceId: carolSpace } })).toBe(0);
    expect(await t.db.leader.count({ where: { id: leader.id } })).toBe(0);
    expect(await t.db.diagnostic.count({ where: { id: diagnostic.id } })).toBe(0);
    expect((await listClients(daveSpace, t.db)).map((c) => c.name)).toEqual(["Fabrikam"]);
  });
});
