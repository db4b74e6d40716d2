import Database from "better-sqlite3";
import { expect, type APIRequestContext } from "@playwright/test";
import type { TAnswerRow } from "@/lib/diagnostic";
import { hashSecretToken } from "@/lib/secret-token";

/** Seeds a finished diagnostic through the public API, as the questionnaire page would. */
export async function seedFinishedDiagnostic(request: APIRequestContext, rows: readonly TAnswerRow[]): Promise<string> {
  const started = await request.post("/api/diagnostics");
  expect(started.status()).toBe(201);
  const token = ((await started.json()) as { resumePath: string }).resumePath.split("/").pop() ?? "";
  for (const row of rows) expect((await request.put(`/api/diagnostics/${token}/answers`, { data: row })).ok()).toBe(true);
  expect((await request.post(`/api/diagnostics/${token}/finish`)).ok()).toBe(true);
  return token;
}

export async function seedShareLink(request: APIRequestContext, owner: string, extra: Record<string, unknown> = {}): Promise<string> {
  const response = await request.post(`/api/diagnostics/${owner}/share-links`, {
    data: { label: "Board, March meeting", preparedBy: "Dana Reyes, Chair", acknowledged: true, ...extra },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { reportPath: string }).reportPath;
}

/**
 * Moves a link's expiry into the past in the e2e server's own SQLite file: the server then sees the
 * link as a clock a month later would.
 */
export function expireShareLink(reportPath: string): void {
  const token = reportPath.split("/").pop() ?? "";
  const db = new Database(`data/e2e-${process.env.E2E_RUN_ID}.db`);
  try {
    db.prepare(`UPDATE "ShareLink" SET "expiresAt" = ? WHERE "tokenHash" = ?`).run(new Date(Date.now() - 60_000).toISOString(), hashSecretToken(token));
  } finally {
    db.close();
  }
}

/** Whether the e2e server's database still holds a diagnostic: deletion must remove it, not hide it. */
export function diagnosticExists(id: string): boolean {
  const db = new Database(`data/e2e-${process.env.E2E_RUN_ID}.db`, { readonly: true });
  try {
    return db.prepare(`SELECT 1 FROM "Diagnostic" WHERE "id" = ?`).get(id) !== undefined;
  } finally {
    db.close();
  }
}

/**
 * Adds a result revision to a diagnostic in the e2e server's SQLite file, as a re-score would: the
 * latest snapshot with its decision retitled, so a test can tell which revision a page shows.
 */
export function addResultRevision(diagnosticId: string, decisionTitle: string): number {
  const db = new Database(`data/e2e-${process.env.E2E_RUN_ID}.db`);
  try {
    const latest = db
      .prepare(`SELECT * FROM "DiagnosticResult" WHERE "diagnosticId" = ? ORDER BY "revision" DESC LIMIT 1`)
      .get(diagnosticId) as { revision: number; questionnaireVersion: string; engineVersion: string; snapshot: string; createdAt: string };
    const snapshot = JSON.parse(latest.snapshot) as { decision: { primary: { title: string } } };
    snapshot.decision.primary.title = decisionTitle;
    const revision = latest.revision + 1;
    db.prepare(
      `INSERT INTO "DiagnosticResult" ("id", "diagnosticId", "revision", "questionnaireVersion", "engineVersion", "snapshot", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(`${diagnosticId}-r${revision}`, diagnosticId, revision, latest.questionnaireVersion, latest.engineVersion, JSON.stringify(snapshot), latest.createdAt);
    return revision;
  } finally {
    db.close();
  }
}
