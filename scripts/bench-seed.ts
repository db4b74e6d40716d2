// Seeding for the benchmark and audit scripts. Every row goes through a tiny interface that both
// better-sqlite3 (SQLite) and pg (PostgreSQL) satisfy, so `npm run bench -- --postgres` measures the
// same data as the SQLite default. Rows are written in SQL, bypassing the app: only the columns the
// benchmarks need are set, with the same values on both databases (timestamps as ISO strings).
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import { parseDatabaseUrl } from "@/lib/db/database-url";
import { assembleDiagnosticInput, runDiagnostic, ZRecommendationKind } from "@/lib/diagnostic";
import { createSecretToken } from "@/lib/secret-token";
import { cooExitV2Scenario as cooExitScenario } from "@/tests/fixtures/scenarios-v2";

export type SeedValue = string | number | boolean | null;

/** What the seed functions need from a database connection. */
export interface SeedDatabase {
  /** Runs one statement written with `?` placeholders and returns its rows (none for writes). */
  query<T = Record<string, unknown>>(sql: string, params?: readonly SeedValue[]): Promise<T[]>;
  /** Inserts rows into one table, in as few statements as the driver allows. */
  insert(table: string, columns: readonly string[], rows: readonly (readonly SeedValue[])[]): Promise<void>;
  /** Runs `work` in one transaction. */
  transaction(work: () => Promise<void>): Promise<void>;
  /** Brings the planner's statistics up to date after a bulk load. */
  analyze(): Promise<void>;
  close(): Promise<void>;
}

const quoted = (name: string) => `"${name}"`;

function openSqlite(filePath: string): SeedDatabase {
  const db = new Database(filePath, { timeout: 5_000 });
  // better-sqlite3 binds no booleans; SQLite stores them as 0/1, as Prisma does.
  const bind = (params: readonly SeedValue[]) => params.map((v) => (typeof v === "boolean" ? Number(v) : v));
  const inserts = new Map<string, Database.Statement>();
  return {
    query: <T>(sql: string, params: readonly SeedValue[] = []) => {
      const statement = db.prepare(sql);
      if (statement.reader) return Promise.resolve(statement.all(...bind(params)) as T[]);
      statement.run(...bind(params));
      return Promise.resolve([]);
    },
    insert: (table, columns, rows) => {
      const sql = `INSERT INTO ${quoted(table)} (${columns.map(quoted).join(",")}) VALUES (${columns.map(() => "?").join(",")})`;
      let statement = inserts.get(sql);
      if (!statement) inserts.set(sql, (statement = db.prepare(sql)));
      const prepared = statement;
      db.transaction(() => rows.forEach((row) => prepared.run(...bind(row))))();
      return Promise.resolve();
    },
    transaction: async (work) => {
      db.exec("BEGIN");
      try {
        await work();
        db.exec("COMMIT");
      } catch (error) {
        db.exec("ROLLBACK");
        throw error;
      }
    },
    // The app's own database never runs ANALYZE; neither does the benchmark, so plans stay as in use.
    analyze: () => Promise.resolve(),
    close: () => {
      db.close();
      return Promise.resolve();
    },
  };
}

/** PostgreSQL takes at most 65,535 parameters per statement. */
const PG_MAX_PARAMETERS = 60_000;

async function openPostgres(url: string): Promise<SeedDatabase> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  const numbered = (sql: string) => {
    let n = 0;
    return sql.replace(/\?/g, () => `$${(n += 1)}`);
  };
  return {
    query: async <T>(sql: string, params: readonly SeedValue[] = []) => (await client.query(numbered(sql), [...params])).rows as T[],
    insert: async (table, columns, rows) => {
      const perStatement = Math.max(1, Math.floor(PG_MAX_PARAMETERS / columns.length));
      for (let start = 0; start < rows.length; start += perStatement) {
        const chunk = rows.slice(start, start + perStatement);
        const values = chunk.map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(",")})`);
        await client.query(`INSERT INTO ${quoted(table)} (${columns.map(quoted).join(",")}) VALUES ${values.join(",")}`, chunk.flat());
      }
    },
    transaction: async (work) => {
      await client.query("BEGIN");
      try {
        await work();
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    },
    // Autovacuum would analyze the new rows within a minute or so, changing plans in mid-run: do it now.
    analyze: async () => {
      await client.query("ANALYZE");
    },
    close: () => client.end(),
  };
}

/** Opens the database DATABASE_URL names (migrated already) for seeding. */
export async function openSeedDatabase(databaseUrl: string): Promise<SeedDatabase> {
  const target = parseDatabaseUrl(databaseUrl);
  return target.provider === "sqlite" ? openSqlite(target.filePath) : openPostgres(target.url);
}

/** Opens, runs `work` in one transaction, analyzes, closes. */
export async function withSeedDatabase<T>(databaseUrl: string, work: (db: SeedDatabase) => Promise<T>): Promise<T> {
  const db = await openSeedDatabase(databaseUrl);
  try {
    let result: T | undefined;
    await db.transaction(async () => {
      result = await work(db);
    });
    await db.analyze();
    return result as T;
  } finally {
    await db.close();
  }
}

/** The stored result of the COO scenario, used as every seeded diagnostic's result. */
function scoredScenario(): { snapshot: string; engineVersion: string } {
  const assembled = assembleDiagnosticInput(cooExitScenario.version, cooExitScenario.rows);
  if (!assembled.ok) throw new Error(assembled.errors.join(" "));
  const result = runDiagnostic(assembled.input);
  return { snapshot: JSON.stringify(result), engineVersion: result.engineVersion };
}

const RESULT_COLUMNS = ["id", "diagnosticId", "revision", "questionnaireVersion", "engineVersion", "snapshot", "createdAt"] as const;
/** Diagnostics per insert batch of their answers, so 10,000 × 30 answers never sit in memory at once. */
const CHUNK = 500;

export type FinishedDiagnostics = {
  /** Resume token of one seeded diagnostic: its results page is `/d/<token>/results`. */
  resumeToken: string;
  /** Token of a share link to the same diagnostic: its board report is `/r/<token>`. */
  shareToken: string;
};

/**
 * `count` finished self-serve diagnostics (the COO scenario's answers and result each), and a share
 * link (free text included, no passcode, valid for a day) to the last one, whose resume token is kept.
 */
export async function seedFinishedDiagnostics(db: SeedDatabase, count: number): Promise<FinishedDiagnostics> {
  if (count < 1) throw new Error("seedFinishedDiagnostics needs at least one diagnostic");
  const { snapshot, engineVersion } = scoredScenario();
  const now = new Date().toISOString();
  const version = cooExitScenario.version;
  const resume = createSecretToken();
  const share = createSecretToken();
  const ids = Array.from({ length: count }, () => randomUUID());
  for (let start = 0; start < count; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK);
    await db.insert(
      "Diagnostic",
      ["id", "questionnaireVersion", "status", "createdAt", "updatedAt", "finishedAt", "resumeTokenHash"],
      chunk.map((id, i) => [id, version, "finished", now, now, now, start + i === count - 1 ? resume.hash : createSecretToken().hash]),
    );
    await db.insert(
      "Answer",
      ["id", "diagnosticId", "questionId", "constraintId", "value", "answeredAt", "updatedAt"],
      chunk.flatMap((id) => cooExitScenario.rows.map((a) => [randomUUID(), id, a.questionId, a.constraintId ?? "", JSON.stringify(a.value), now, now])),
    );
    await db.insert("DiagnosticResult", RESULT_COLUMNS, chunk.map((id) => [randomUUID(), id, 1, version, engineVersion, snapshot, now]));
  }
  await db.insert(
    "ShareLink",
    ["id", "diagnosticId", "tokenHash", "label", "preparedBy", "includeFreeText", "expiresAt", "createdAt"],
    [[randomUUID(), ids[count - 1] ?? "", share.hash, "Benchmark", "Benchmark script", true, new Date(Date.now() + 86_400_000).toISOString(), now]],
  );
  return { resumeToken: resume.token, shareToken: share.token };
}

/** The consultant dashboard's shape: one seeded workspace among many. */
export const DASHBOARD = {
  clients: 20,
  leaders: 200,
  otherWorkspaces: 50,
  /** lib/workspace/find-diagnostics.ts */
  pageSize: 20,
} as const;

/** Where the benchmark workspace's rows are seeded before its owner exists; moved at sign-up. */
const SEED_WORKSPACE = "bench-seed-workspace";
const RECOMMENDATIONS = ZRecommendationKind.options;

/** Seven in ten seeded workspace diagnostics are finished, with a recommendation; the rest are in progress. */
export const isFinished = (i: number) => i % 10 < 7;
export const finishedAmong = (count: number) => Array.from({ length: count }, (_, i) => i).filter(isFinished).length;

/**
 * `diagnostics` diagnostics in one workspace (20 clients, 200 leaders; a mix of statuses and
 * recommendations, spread over about 14 months) waiting for a consultant (signUpWithSeededWorkspace),
 * and `otherDiagnostics` more spread over 50 other workspaces (5 clients, 40 leaders each).
 */
export async function seedWorkspaces(db: SeedDatabase, diagnostics: number, otherDiagnostics: number): Promise<void> {
  const { snapshot, engineVersion } = scoredScenario();
  const version = cooExitScenario.version;
  const now = Date.now();
  const at = (hoursAgo: number) => new Date(now - hoursAgo * 3_600_000).toISOString();
  const titles = ["COO", "CFO", "VP Operations", "Head of Sales", null];

  const seedWorkspace = async (workspaceId: string, name: string, clients: number, leaders: number, count: number) => {
    await db.insert("Workspace", ["id", "name", "createdAt"], [[workspaceId, name, at(24 * 800)]]);
    const clientIds = Array.from({ length: clients }, () => randomUUID());
    await db.insert(
      "Client",
      ["id", "workspaceId", "name", "createdAt"],
      clientIds.map((id, c) => [id, workspaceId, `Client ${String(c + 1).padStart(2, "0")} Holdings`, at(24 * 700 - c)]),
    );
    const leaderIds = Array.from({ length: leaders }, () => randomUUID());
    await db.insert(
      "Leader",
      ["id", "workspaceId", "clientId", "name", "title", "createdAt"],
      leaderIds.map((id, l) => [id, workspaceId, clientIds[l % clients] ?? "", `Leader ${l + 1} ${name.split(" ")[0] ?? ""}`, titles[l % titles.length] ?? null, at(24 * 600 - l)]),
    );
    const rows = Array.from({ length: count }, (_, i) => {
      const finished = isFinished(i);
      // One every ~10 hours, newest first by index.
      const created = at(10 * i + 1);
      const finishedAt = finished ? at(10 * i) : null;
      return { id: randomUUID(), i, finished, created, finishedAt };
    });
    await db.insert(
      "Diagnostic",
      ["id", "questionnaireVersion", "status", "createdAt", "updatedAt", "finishedAt", "recommendation", "workspaceId", "leaderId"],
      rows.map((d) => [
        d.id,
        version,
        d.finished ? "finished" : "in_progress",
        d.created,
        d.finishedAt ?? d.created,
        d.finishedAt,
        d.finished ? (RECOMMENDATIONS[d.i % RECOMMENDATIONS.length] ?? null) : null,
        workspaceId,
        leaderIds[(d.i * 7) % leaders] ?? null,
      ]),
    );
    await db.insert(
      "DiagnosticResult",
      RESULT_COLUMNS,
      rows.filter((d) => d.finished).map((d) => [randomUUID(), d.id, 1, version, engineVersion, snapshot, d.finishedAt]),
    );
  };

  await seedWorkspace(SEED_WORKSPACE, "Benchmark practice", DASHBOARD.clients, DASHBOARD.leaders, diagnostics);
  for (let w = 0; w < DASHBOARD.otherWorkspaces; w += 1) {
    const count = Math.floor(otherDiagnostics / DASHBOARD.otherWorkspaces) + (w < otherDiagnostics % DASHBOARD.otherWorkspaces ? 1 : 0);
    await seedWorkspace(randomUUID(), `Other${w + 1} practice`, 5, 40, count);
  }
}

/**
 * Signs a consultant up through the app's own endpoint (which creates their workspace), moves the
 * seeded workspace's clients, leaders and diagnostics into it, and returns the session cookie.
 */
export async function signUpWithSeededWorkspace(base: string, databaseUrl: string): Promise<{ cookie: string }> {
  const email = `bench-${randomUUID().slice(0, 8)}@example.com`;
  const response = await fetch(`${base}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: base },
    body: JSON.stringify({ name: "Benchmark Consultant", email, password: `bench-${randomUUID()}` }),
  });
  if (!response.ok) throw new Error(`Sign-up failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(";")[0] ?? "")
    .filter((pair) => pair.includes("="))
    .join("; ");
  if (!cookie.includes("session_token")) throw new Error(`Sign-up set no session cookie (got "${cookie}")`);

  await withSeedDatabase(databaseUrl, async (db) => {
    const [row] = await db.query<{ id: string }>(
      `SELECT m."workspaceId" AS id FROM "WorkspaceMember" m JOIN "User" u ON u."id" = m."userId" WHERE u."email" = ?`,
      [email],
    );
    if (!row) throw new Error("The app created no workspace for the new consultant");
    for (const table of ["Client", "Leader", "Diagnostic"]) {
      await db.query(`UPDATE ${quoted(table)} SET "workspaceId" = ? WHERE "workspaceId" = ?`, [row.id, SEED_WORKSPACE]);
    }
    await db.query(`DELETE FROM "Workspace" WHERE "id" = ?`, [SEED_WORKSPACE]);
  });
  return { cookie };
}
