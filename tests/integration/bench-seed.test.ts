import { expect, it } from "vitest";
import { searchWorkspaceDiagnostics } from "@/lib/data/diagnostic-store";
import { openResult } from "@/lib/self-serve/open-result";
import { openSharedReport } from "@/lib/sharing/open-shared-report";
import { finishedAmong, seedFinishedDiagnostics, seedWorkspaces } from "@/scripts/bench-seed";
import { describeOnEachDatabase } from "@/tests/support/test-databases";

// The benchmarks measure pages over seeded rows; the rows must be ones the app itself reads back,
// through the same services as its pages, on either database.
describeOnEachDatabase("benchmark seeding through the Prisma client", (t) => {
  // 70 diagnostics: their 2,100 answers take two createMany batches.
  it("seeds finished diagnostics whose results page and board report open", { timeout: 120_000 }, async () => {
    const seeded = await seedFinishedDiagnostics(t.db, 70);
    expect(await t.db.diagnostic.count({ where: { status: "finished" } })).toBe(70);
    expect(await t.db.answer.count()).toBeGreaterThan(2_000);
    const opened = await openResult(seeded.resumeToken);
    expect(opened?.diagnostic.status).toBe("finished");
    expect(opened?.result.recommendation.kind).toBeTruthy();
    const shared = await openSharedReport({ token: seeded.shareToken, grant: undefined, kind: "page" });
    expect(shared.status).toBe("ok");
  });

  it("seeds a workspace the dashboard search pages through, newest first, beside other workspaces", { timeout: 120_000 }, async () => {
    await seedWorkspaces(t.db, 45, 100);
    const first = await searchWorkspaceDiagnostics({ workspaceId: "bench-seed-workspace", page: 1, pageSize: 20 });
    expect(first.total).toBe(45);
    expect(first.rows).toHaveLength(20);
    const created = first.rows.map((row) => row.createdAt.getTime());
    expect(created).toEqual([...created].sort((a, b) => b - a));
    const finished = await searchWorkspaceDiagnostics({ workspaceId: "bench-seed-workspace", status: "finished", page: 1, pageSize: 20 });
    expect(finished.total).toBe(finishedAmong(45));
    expect(await t.db.workspace.count()).toBe(51);
  });
});
