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
