import { spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { backupSqliteDatabase, defaultBackupFile } from "@/lib/db/backup";
import { checkDatabase } from "@/lib/db/check-database";
import { createPrismaClient } from "@/lib/db/create-client";
import type { DatabaseTarget } from "@/lib/db/database-url";
import { migrateDatabase } from "@/lib/db/migrate";
import { withDatabase } from "@/lib/db/prisma";
import { createDiagnostic, finishWithResult, listAnswers, saveAnswer } from "@/lib/data/diagnostic-store";
import { scoreAnswers } from "@/lib/self-serve/score-answers";
import { cooExitScenario } from "@/tests/fixtures/scenarios";

const dir = mkdtempSync(path.join(os.tmpdir(), "eid-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Another process writing answers as fast as it can, like the app under load, until stopped. */
function startWriter(file: string, diagnosticId: string) {
  const script = `
    const Database = require("better-sqlite3");
    const db = new Database(process.argv[1]);
    db.pragma("journal_mode = WAL");
    db.pragma("busy_timeout = 5000");
    const insert = db.prepare('INSERT INTO "Answer" ("id","diagnosticId","questionId","constraintId","value","answeredAt","updatedAt") VALUES (?,?,?,?,?,?,?)');
    let n = 0;
    const batch = db.transaction(() => {
      for (let i = 0; i < 50; i += 1) { n += 1; const now = Date.now(); insert.run("w" + n, process.argv[2], "load_" + n, "", "1", now, now); }
    });
    const tick = () => {
      batch();
      process.stdout.write(n + "\\n");
      setImmediate(tick);
    };
    tick();`;
  const child = spawn(process.execPath, ["-e", script, file, diagnosticId], { stdio: ["ignore", "pipe", "inherit"] });
  let written = 0;
  child.stdout.on("data", (chunk: Buffer) => {
    const last = chunk.toString().trim().split("\n").at(-1);
    written = Number(last ?? written);
  });
  return {
    written: () => written,
    stop: () => new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    }),
  };
}

describe("db:backup", () => {
  it("copies a live database under write load into a consistent file that restores into a working app", async () => {
    const target: DatabaseTarget = { provider: "sqlite", url: "file:live.db", filePath: path.join(dir, "live.db") };
    await migrateDatabase(target);
    const live = createPrismaClient(target);
    const diagnostic = await withDatabase(live, async () => {
      const created = await createDiagnostic({ questionnaireVersion: cooExitScenario.version, resumeTokenHash: "a".repeat(64) });
      for (const row of cooExitScenario.rows) await saveAnswer({ diagnosticId: created.id, ...row });
      return created;
    });
    await live.$disconnect();

    const writer = startWriter(target.filePath, diagnostic.id);
    while (writer.written() < 500) await new Promise((r) => setTimeout(r, 20));
    const before = writer.written();
    const backupFile = path.join(dir, "backups", "live-copy.db");
    const { pages, integrity } = await backupSqliteDatabase(target.filePath, backupFile);
    const after = writer.written();
    await writer.stop();

    expect(integrity).toBe("ok");
    expect(pages).toBeGreaterThan(0);
    const copy = new Database(backupFile, { readonly: true });
    const loadRows = (copy.prepare(`SELECT COUNT(*) AS n FROM "Answer" WHERE "questionId" LIKE 'load_%'`).get() as { n: number }).n;
    copy.close();
    // A snapshot of one moment between the two readings: all batches committed by then, none half-written.
    expect(loadRows).toBeGreaterThanOrEqual(before);
    expect(loadRows).toBeLessThanOrEqual(after + 50);
    expect(loadRows % 50).toBe(0);

    // Restore: the copy becomes the database of a fresh app, which migrates (nothing to do), answers and writes.
    const restored: DatabaseTarget = { provider: "sqlite", url: "file:restored.db", filePath: path.join(dir, "restored.db") };
    copyFileSync(backupFile, restored.filePath);
    expect(await migrateDatabase(restored)).toEqual([]);
    const app = createPrismaClient(restored);
    try {
      await withDatabase(app, async () => {
        expect(await checkDatabase(app)).toEqual({ ok: true });
        const answers = await listAnswers(diagnostic.id);
        expect(answers.filter((a) => !a.questionId.startsWith("load_"))).toHaveLength(cooExitScenario.rows.length);
        await app.answer.deleteMany({ where: { questionId: { startsWith: "load_" } } });
        const finished = await finishWithResult({ diagnosticId: diagnostic.id, compute: (rows) => scoreAnswers(cooExitScenario.version, rows) });
        expect(finished.revision).toBe(1);
      });
    } finally {
      await app.$disconnect();
    }
  });

  it("names default backups after the database and the moment, next to it", () => {
    expect(defaultBackupFile("/srv/data/app.db", new Date("2026-11-29T07:15:00.123Z"))).toBe("/srv/data/backups/app-2026-11-29T07-15-00Z.db");
  });
});
