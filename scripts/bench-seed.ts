// Seeding for the benchmark and audit scripts, through the app's own Prisma client (lib/db), so the
// rows are written exactly as the app writes them on either database, in batches (createMany) so that
// 10,000 finished diagnostics with their answers take seconds.
import { randomUUID } from "node:crypto";
import { createPrismaClient, providerOf, type AppPrismaClient } from "@/lib/db/create-client";
import { parseDatabaseUrl } from "@/lib/db/database-url";
import { assembleDiagnosticInput, runDiagnostic, ZRecommendationKind } from "@/lib/diagnostic";
import { createSecretToken } from "@/lib/secret-token";
import { cooExitV2Scenario as cooExitScenario } from "@/tests/fixtures/scenarios-v2";

/** Rows per createMany: under SQLite's and PostgreSQL's bound-parameter limits for every table seeded here. */
const BATCH = 2_000;
/** Diagnostics per round of inserts, so 10,000 × 30 answers never sit in memory at once. */
const CHUNK = 500;

async function inBatches<T>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) await insert(rows.slice(start, start + BATCH));
}

/** Opens the database DATABASE_URL names (migrated already), runs `work`, brings statistics up to date, closes. */
export async function withSeedDatabase<T>(databaseUrl: string, work: (db: AppPrismaClient) => Promise<T>): Promise<T> {
  const db = createPrismaClient(parseDatabaseUrl(databaseUrl));
  try {
    const result = await work(db);
    // Autovacuum would analyze the new rows within a minute or so, changing plans in mid-run: do it
    // now. The app's SQLite database never runs ANALYZE; neither does the benchmark, so plans stay as in use.
    if (providerOf(db) === "postgresql") await db.$executeRawUnsafe("ANALYZE");
    return result;
  } finally {
    await db.$disconnect();
  }
}

/** The stored result of the COO scenario, used as every seeded diagnostic's result. */
function scoredScenario(): { snapshot: string; engineVersion: string } {
  const assembled = assembleDiagnosticInput(cooExitScenario.version, cooExitScenario.rows);
  if (!assembled.ok) throw new Error(assembled.errors.join(" "));
  const result = runDiagnostic(assembled.input);
  return { snapshot: JSON.stringify(result), engineVersion: result.engineVersion };
}

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
export async function seedFinishedDiagnostics(db: AppPrismaClient, count: number): Promise<FinishedDiagnostics> {
  if (count < 1) throw new Error("seedFinishedDiagnostics needs at least one diagnostic");
  const { snapshot, engineVersion } = scoredScenario();
  const now = new Date();
  const version = cooExitScenario.version;
  const resume = createSecretToken();
  const share = createSecretToken();
  const ids = Array.from({ length: count }, () => randomUUID());
  for (let start = 0; start < count; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK);
    await inBatches(
      chunk.map((id, i) => ({
        id,
        questionnaireVersion: version,
        status: "finished",
        createdAt: now,
        updatedAt: now,
        finishedAt: now,
        resumeTokenHash: start + i === count - 1 ? resume.hash : createSecretToken().hash,
      })),
      (data) => db.diagnostic.createMany({ data }),
    );
    await inBatches(
      chunk.flatMap((diagnosticId) =>
        cooExitScenario.rows.map((a) => ({
          id: randomUUID(),
          diagnosticId,
          questionId: a.questionId,
          constraintId: a.constraintId ?? "",
          value: JSON.stringify(a.value),
          answeredAt: now,
          updatedAt: now,
        })),
      ),
      (data) => db.answer.createMany({ data }),
    );
    await inBatches(
      chunk.map((diagnosticId) => ({ id: randomUUID(), diagnosticId, revision: 1, questionnaireVersion: version, engineVersion, snapshot, createdAt: now })),
      (data) => db.diagnosticResult.createMany({ data }),
    );
  }
  await db.shareLink.create({
    data: {
      id: randomUUID(),
      diagnosticId: ids[count - 1] ?? "",
      tokenHash: share.hash,
      label: "Benchmark",
      preparedBy: "Benchmark script",
      includeFreeText: true,
      expiresAt: new Date(Date.now() + 86_400_000),
      createdAt: now,
    },
  });
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
export async function seedWorkspaces(db: AppPrismaClient, diagnostics: number, otherDiagnostics: number): Promise<void> {
  const { snapshot, engineVersion } = scoredScenario();
  const version = cooExitScenario.version;
  const now = Date.now();
  const at = (hoursAgo: number) => new Date(now - hoursAgo * 3_600_000);
  const titles = ["COO", "CFO", "VP Operations", "Head of Sales", null];

  const seedWorkspace = async (workspaceId: string, name: string, clients: number, leaders: number, count: number) => {
    await db.workspace.create({ data: { id: workspaceId, name, createdAt: at(24 * 800) } });
    const clientIds = Array.from({ length: clients }, () => randomUUID());
    await db.client.createMany({
      data: clientIds.map((id, c) => ({ id, workspaceId, name: `Client ${String(c + 1).padStart(2, "0")} Holdings`, createdAt: at(24 * 700 - c) })),
    });
    const leaderIds = Array.from({ length: leaders }, () => randomUUID());
    await db.leader.createMany({
      data: leaderIds.map((id, l) => ({
        id,
        workspaceId,
        clientId: clientIds[l % clients] ?? "",
        name: `Leader ${l + 1} ${name.split(" ")[0] ?? ""}`,
        title: titles[l % titles.length] ?? null,
        createdAt: at(24 * 600 - l),
      })),
    });
    const rows = Array.from({ length: count }, (_, i) => {
      const finished = isFinished(i);
      // One every ~10 hours, newest first by index.
      const created = at(10 * i + 1);
      const finishedAt = finished ? at(10 * i) : null;
      return { id: randomUUID(), i, finished, created, finishedAt };
    });
    await inBatches(
      rows.map((d) => ({
        id: d.id,
        questionnaireVersion: version,
        status: d.finished ? "finished" : "in_progress",
        createdAt: d.created,
        updatedAt: d.finishedAt ?? d.created,
        finishedAt: d.finishedAt,
        recommendation: d.finished ? (RECOMMENDATIONS[d.i % RECOMMENDATIONS.length] ?? null) : null,
        workspaceId,
        leaderId: leaderIds[(d.i * 7) % leaders] ?? null,
      })),
      (data) => db.diagnostic.createMany({ data }),
    );
    await inBatches(
      rows.flatMap((d) =>
        d.finishedAt ? [{ id: randomUUID(), diagnosticId: d.id, revision: 1, questionnaireVersion: version, engineVersion, snapshot, createdAt: d.finishedAt }] : [],
      ),
      (data) => db.diagnosticResult.createMany({ data }),
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
 * seeded workspace's clients, leaders and diagnostics into it, and returns the session cookie and the
 * first client's id.
 */
export async function signUpWithSeededWorkspace(base: string, databaseUrl: string): Promise<{ cookie: string; clientId: string }> {
  const email = `bench-${randomUUID().slice(0, 8)}@example.com`;
  const password = `bench-${randomUUID()}`;
  const signedUp = await fetch(`${base}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: base },
    body: JSON.stringify({ name: "Benchmark Consultant", email, password }),
  });
  if (!signedUp.ok) throw new Error(`Sign-up failed: ${signedUp.status} ${await signedUp.text()}`);
  // Sign-up answers alike for new and taken emails and signs nobody in: sign in next.
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: base },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`Sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(";")[0] ?? "")
    .filter((pair) => pair.includes("="))
    .join("; ");
  if (!cookie.includes("session_token")) throw new Error(`Sign-in set no session cookie (got "${cookie}")`);

  const clientId = await withSeedDatabase(databaseUrl, async (db) => {
    const member = await db.workspaceMember.findFirst({ where: { user: { email } }, select: { workspaceId: true } });
    if (!member) throw new Error("The app created no workspace for the new consultant");
    const moved = { where: { workspaceId: SEED_WORKSPACE }, data: { workspaceId: member.workspaceId } };
    await db.$transaction([
      db.client.updateMany(moved),
      db.leader.updateMany(moved),
      db.diagnostic.updateMany(moved),
      db.workspace.delete({ where: { id: SEED_WORKSPACE } }),
    ]);
    // The first client by name: its portfolio is the one the dashboard benchmark opens.
    const client = await db.client.findFirst({ where: { workspaceId: member.workspaceId }, orderBy: { name: "asc" }, select: { id: true } });
    if (!client) throw new Error("The seeded workspace has no client");
    return client.id;
  });
  return { cookie, clientId };
}
