import { beforeAll, expect, it } from "vitest";
import { createWorkspaceForUser } from "@/lib/data/workspace-store";
import { finishDiagnostic } from "@/lib/self-serve/finish-diagnostic";
import { recordAnswer } from "@/lib/self-serve/record-answer";
import { startDiagnostic } from "@/lib/self-serve/start-diagnostic";
import { MAX_IMPORT_DIAGNOSTICS } from "@/lib/contract/requests";
import { importIntoWorkspace } from "@/lib/workspace/import-client";
import { cooExitV2Scenario } from "@/tests/fixtures/scenarios-v2";
import { describeOnEachDatabase } from "@/tests/support/test-databases";

describeOnEachDatabase("client import", (t) => {
  let workspaceId: string;
  let finished: Record<string, unknown>;

  beforeAll(async () => {
    const userId = `importer-${t.target.provider}`;
    await t.db.user.create({ data: { id: userId, name: "Importer", email: `${userId}@example.com` } });
    workspaceId = await createWorkspaceForUser({ userId, name: "Importer's workspace" });
    const { token, diagnostic } = await startDiagnostic();
    for (const row of cooExitV2Scenario.rows) await recordAnswer(token, row);
    await finishDiagnostic(token);
    const answers = await t.db.answer.findMany({ where: { diagnosticId: diagnostic.id }, orderBy: [{ constraintId: "asc" }, { questionId: "asc" }] });
    const results = await t.db.diagnosticResult.findMany({ where: { diagnosticId: diagnostic.id } });
    finished = {
      questionnaireVersion: diagnostic.questionnaireVersion,
      status: "finished",
      recommendation: "paired",
      createdAt: new Date().toISOString(),
      finishedAt: new Date().toISOString(),
      answers: answers.map((a) => ({ questionId: a.questionId, constraintId: a.constraintId || null, value: JSON.parse(a.value) as unknown })),
      results: results.map((r) => ({ revision: r.revision, questionnaireVersion: r.questionnaireVersion, engineVersion: r.engineVersion, createdAt: r.createdAt.toISOString(), snapshot: JSON.parse(r.snapshot) as unknown })),
    };
  });

  const fileOf = (diagnostics: unknown[][]) => ({
    format: "executive-intervention-diagnostic/client",
    version: 1,
    exportedAt: new Date().toISOString(),
    client: { name: "Fabrikam" },
    leaders: diagnostics.map((list, i) => ({ name: `Leader ${i + 1}`, title: null, diagnostics: list })),
  });

  it("imports 500 diagnostics, finished and started, completely and under the final name", async () => {
    const started = { ...finished, status: "in_progress", recommendation: null, finishedAt: null, results: [], answers: (finished["answers"] as unknown[]).slice(0, 4) };
    // Here the file may pass 1 MB: the byte limit is the route's, checked before this function runs.
    const all = Array.from({ length: MAX_IMPORT_DIAGNOSTICS }, (_, i) => (i < 60 ? finished : started));
    const file = fileOf([all.slice(0, 250), all.slice(250)]);
    const size = Buffer.byteLength(JSON.stringify(file));

    // How long this takes is measured against the production server (tests/e2e/import-limits.spec.ts).
    const { id } = await importIntoWorkspace(workspaceId, file);
    expect(size).toBeGreaterThan(1024 * 1024);

    const client = await t.db.client.findUniqueOrThrow({ where: { id } });
    expect(client.name).toBe("Fabrikam (imported)");
    expect(await t.db.diagnostic.count({ where: { leader: { clientId: id } } })).toBe(MAX_IMPORT_DIAGNOSTICS);
    expect(await t.db.diagnostic.count({ where: { leader: { clientId: id }, status: "finished" } })).toBe(60);
  });

  it("refuses more than the diagnostic limit, naming it, and stores nothing", async () => {
    const before = await t.db.client.count();
    const small = { ...finished, status: "in_progress", recommendation: null, finishedAt: null, results: [], answers: [] };
    const file = fileOf([Array.from({ length: 300 }, () => small), Array.from({ length: MAX_IMPORT_DIAGNOSTICS - 299 }, () => small)]);
    await expect(importIntoWorkspace(workspaceId, file)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: `This file holds ${MAX_IMPORT_DIAGNOSTICS + 1} diagnostics; an import takes at most ${MAX_IMPORT_DIAGNOSTICS}. Import the client in parts.`,
    });
    expect(await t.db.client.count()).toBe(before);
  });

  it("a file with one bad diagnostic deep inside stores nothing, not even the part before it", async () => {
    const before = await t.db.client.count();
    const bad = { ...finished, answers: [{ questionId: "no_such_question", constraintId: null, value: 1 }] };
    const file = fileOf([Array.from({ length: 100 }, () => finished), [bad]]);
    await expect(importIntoWorkspace(workspaceId, file)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await t.db.client.count()).toBe(before);
  });
});
