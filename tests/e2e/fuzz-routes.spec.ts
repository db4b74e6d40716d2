import Database from "better-sqlite3";
import fc from "fast-check";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { ROUTES, type TActor, type TRouteDeclaration } from "@/lib/contract/routes";
import { hashSecretToken } from "@/lib/secret-token";
import { cooExitV2Scenario } from "@/tests/fixtures/scenarios-v2";

/**
 * Every route handler of the production server under malformed input (fast-check): wrong types,
 * missing fields, huge strings, unknown ids, another consultant's ids, markup. Never a 5xx, and a
 * refused request changes no row. FUZZ_RUNS sets the cases per route (CI runs the short default).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const MARKUP = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">`;

/**
 * Rows a refused request must leave alone, counted within the two consultants' workspaces and B's
 * self-serve diagnostic: other e2e files write to the same server at the same time. (Sessions and
 * rate-limit counters move on every call by design.)
 */
const DIAGNOSTICS = `SELECT "id" FROM "Diagnostic" WHERE "workspaceId" IN (SELECT "workspaceId" FROM "WorkspaceMember" WHERE "userId" IN (SELECT "id" FROM "User" WHERE "email" IN (@a, @b))) OR "id" = @self`;
const WORKSPACES = `SELECT "workspaceId" FROM "WorkspaceMember" WHERE "userId" IN (SELECT "id" FROM "User" WHERE "email" IN (@a, @b))`;
const SCOPED: Record<string, string> = {
  Diagnostic: `SELECT COUNT(*) AS n FROM "Diagnostic" WHERE "id" IN (${DIAGNOSTICS})`,
  Answer: `SELECT COUNT(*) AS n FROM "Answer" WHERE "diagnosticId" IN (${DIAGNOSTICS})`,
  DiagnosticResult: `SELECT COUNT(*) AS n FROM "DiagnosticResult" WHERE "diagnosticId" IN (${DIAGNOSTICS})`,
  ShareLink: `SELECT COUNT(*) AS n FROM "ShareLink" WHERE "diagnosticId" IN (${DIAGNOSTICS})`,
  ConsultantNote: `SELECT COUNT(*) AS n FROM "ConsultantNote" WHERE "diagnosticId" IN (${DIAGNOSTICS})`,
  Respondent: `SELECT COUNT(*) AS n FROM "Respondent" WHERE "diagnosticId" IN (${DIAGNOSTICS})`,
  RespondentAnswer: `SELECT COUNT(*) AS n FROM "RespondentAnswer" WHERE "respondentId" IN (SELECT "id" FROM "Respondent" WHERE "diagnosticId" IN (${DIAGNOSTICS}))`,
  Client: `SELECT COUNT(*) AS n FROM "Client" WHERE "workspaceId" IN (${WORKSPACES})`,
  Leader: `SELECT COUNT(*) AS n FROM "Leader" WHERE "workspaceId" IN (${WORKSPACES})`,
  HandoffCheck: `SELECT COUNT(*) AS n FROM "HandoffCheck" WHERE "workspaceId" IN (${WORKSPACES})`,
  Workspace: `SELECT COUNT(*) AS n FROM "Workspace" WHERE "id" IN (${WORKSPACES})`,
  WorkspaceMember: `SELECT COUNT(*) AS n FROM "WorkspaceMember" WHERE "workspaceId" IN (${WORKSPACES})`,
  WorkspaceInvitation: `SELECT COUNT(*) AS n FROM "WorkspaceInvitation" WHERE "workspaceId" IN (${WORKSPACES})`,
};

function rowCounts(world: World): Record<string, number> {
  const db = new Database(`data/e2e-${process.env.E2E_RUN_ID}.db`, { readonly: true });
  try {
    return Object.fromEntries(
      Object.entries(SCOPED).map(([table, sql]) => {
        const [a, b] = world.emails;
        const count = db.prepare(sql).get(sql.includes("@self") ? { a, b, self: world.selfServeId } : { a, b }) as { n: number };
        return [table, count.n];
      }),
    );
  } finally {
    db.close();
  }
}

const junk = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.string({ maxLength: 200 }),
  fc.constantFrom(MARKUP, "'; DROP TABLE \"Answer\"; --", "\u0000", "x".repeat(70_000), -1, 1e308, null, true, [], {}),
);
const body = fc.oneof(
  junk,
  fc.record(
    {
      questionId: fc.oneof(junk, fc.constantFrom("urgency", "probe_b_pressure", "deadline", "k_leader", "p_load", "leader_title")),
      constraintId: fc.oneof(junk, fc.constantFrom(null, "c1", "c9")),
      value: fc.oneof(junk, fc.integer({ min: -5, max: 9 })),
      name: junk,
      title: junk,
      leaderId: junk,
      perspective: fc.oneof(junk, fc.constantFrom("self", "board", "ceo")),
      sections: fc.oneof(junk, fc.array(fc.constantFrom("perspectives", "costs", "everything"))),
      label: junk,
      preparedBy: junk,
      passcode: junk,
      expiresInDays: fc.oneof(junk, fc.integer({ min: -10, max: 1000 })),
      acknowledged: fc.oneof(junk, fc.boolean()),
      color: fc.oneof(junk, fc.constantFrom("#ffffff", "#000000", "red")),
      logo: fc.oneof(junk, fc.constantFrom("data:image/png;base64,AAAA", "data:image/svg+xml;base64,PHN2Zz4=")),
      text: junk,
      format: junk,
      version: junk,
    },
    { requiredKeys: [] },
  ),
);

type World = {
  emails: [string, string];
  selfServeId: string;
  a: APIRequestContext;
  b: APIRequestContext;
  ids: {
    client: string;
    leader: string;
    diagnostic: string;
    respondent: string;
    shareLink: string;
    respondToken: string;
    reportToken: string;
    resume: string;
    member: string;
    invitation: string;
    audience: string;
  };
};

async function signUp(request: APIRequestContext, name: string): Promise<string> {
  const email = `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  expect((await request.post("/api/auth/sign-up/email", { data: { name, email, password: `${name}-password-123` } })).ok()).toBe(true);
  // Sign-up answers alike for new and taken emails and signs nobody in: sign in next.
  expect((await request.post("/api/auth/sign-in/email", { data: { email, password: `${name}-password-123` } })).ok()).toBe(true);
  return email;
}

async function json<T>(response: Awaited<ReturnType<APIRequestContext["post"]>>, status = 201): Promise<T> {
  expect(response.status(), await response.text()).toBe(status);
  return (await response.json()) as T;
}

/** Consultant A with a released intake, a respondent and a board link; consultant B with nothing of A's. */
async function buildWorld(browser: import("@playwright/test").Browser): Promise<World> {
  const a = (await browser.newContext()).request;
  const b = (await browser.newContext()).request;
  const emails: [string, string] = [await signUp(a, "fuzz-a"), await signUp(b, "fuzz-b")];
  const client = (await json<{ id: string }>(await a.post("/api/workspace/clients", { data: { name: MARKUP } }))).id;
  const leader = (await json<{ id: string }>(await a.post(`/api/workspace/clients/${client}/leaders`, { data: { name: MARKUP, title: MARKUP } }))).id;
  const diagnostic = (await json<{ id: string }>(await a.post("/api/workspace/diagnostics", { data: { leaderId: leader } }))).id;
  for (const row of cooExitV2Scenario.rows) expect((await a.put(`/api/workspace/diagnostics/${diagnostic}/answers`, { data: row })).ok()).toBe(true);
  expect((await a.post(`/api/workspace/diagnostics/${diagnostic}/finish`)).ok()).toBe(true);
  expect((await a.put(`/api/workspace/diagnostics/${diagnostic}/notes/c1`, { data: { text: MARKUP } })).ok()).toBe(true);
  const invited = await json<{ id: string; respondPath: string }>(
    await a.post(`/api/workspace/diagnostics/${diagnostic}/respondents`, { data: { perspective: "manager", name: MARKUP } }),
  );
  expect((await a.post(`/api/workspace/diagnostics/${diagnostic}/release`, { data: { sections: ["perspectives", "constraints", "consultant_notes"] } })).ok()).toBe(true);
  const shared = await json<{ id: string; reportPath: string }>(
    await a.post(`/api/workspace/diagnostics/${diagnostic}/share-links`, { data: { label: MARKUP, preparedBy: MARKUP, acknowledged: true } }),
  );
  const invitation = await json<{ id: string }>(
    await a.post("/api/workspace/team/invitations", { form: { email: `invited-${Date.now()}@example.com` }, headers: { Accept: "application/json" } }),
  );
  const started = await json<{ resumePath: string }>(await b.post("/api/diagnostics"));
  const resume = started.resumePath.split("/").pop() ?? "";
  const lookup = new Database(`data/e2e-${process.env.E2E_RUN_ID}.db`, { readonly: true });
  const selfServe = lookup.prepare(`SELECT "id" FROM "Diagnostic" WHERE "resumeTokenHash" = ?`).get(hashSecretToken(resume)) as { id: string };
  const member = lookup.prepare(`SELECT m."id" FROM "WorkspaceMember" m JOIN "User" u ON u."id" = m."userId" WHERE u."email" = ?`).get(emails[0]) as { id: string };
  lookup.close();
  return {
    emails,
    selfServeId: selfServe.id,
    a,
    b,
    ids: {
      client,
      leader,
      diagnostic,
      respondent: invited.id,
      shareLink: shared.id,
      respondToken: invited.respondPath.split("/").pop() ?? "",
      reportToken: shared.reportPath.split("/").pop() ?? "",
      resume,
      member: member.id,
      invitation: invitation.id,
      audience: "board",
    },
  };
}

/** Which of the world's real ids fills each path parameter, by the route's actor. */
function realId(param: string, actor: TActor): keyof World["ids"] {
  if (param === "token") return actor === "respondent-link" ? "respondToken" : actor === "share-link" ? "reportToken" : "resume";
  const byName: Record<string, keyof World["ids"]> = {
    id: "diagnostic",
    clientId: "client",
    leaderId: "leader",
    linkId: "shareLink",
    respondentId: "respondent",
    memberId: "member",
    invitationId: "invitation",
    audience: "audience",
  };
  const kind = byName[param];
  if (!kind) throw new Error(`No id of the world fits the path parameter "${param}": add it to realId`);
  return kind;
}

/** Every declared route, its path filled by `id` (constraint slots get a real one or junk too). */
const DECLARED = Object.values(ROUTES as Record<string, TRouteDeclaration>).map((route) => ({
  method: route.method,
  json: route.body === undefined || "json" in route.body,
  path: (id: (param: string, actor: TActor) => string) =>
    route.path.replace(/\[(\w+)\]/g, (_match, param: string) => (param === "constraintId" ? id("constraintId", route.actor) : id(param, route.actor))),
  actor: route.actor,
}));
const AUTH_ROUTE = { method: "POST" as const, json: true, path: () => "/api/auth/sign-in/email", actor: "public" as TActor };

const idJunk = fc.oneof(fc.constantFrom("", "0", "..", "%2e%2e", "00000000-0000-0000-0000-000000000000", "x".repeat(43), "x".repeat(3000)), fc.string({ maxLength: 60 }));

test.describe.configure({ timeout: 600_000 });

test("no route handler answers 5xx or stores anything when it refuses a malformed, foreign or hostile request", async ({ browser }) => {
  const world = await buildWorld(browser);
  for (const route of [...DECLARED, AUTH_ROUTE]) {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.boolean(), body, idJunk, async (asOther, realIds, payload, junkId) => {
        // Consultant B aims at A's real ids; consultant A sends junk ids (never their own, so nothing of theirs is deleted).
        const request = asOther ? world.b : world.a;
        const id = (param: string, actor: TActor) =>
          asOther && realIds ? (param === "constraintId" ? "c1" : world.ids[realId(param, actor)]) : encodeURIComponent(junkId);
        const url = route.path(id) + (route.method === "GET" ? `?format=${encodeURIComponent(junkId)}` : "");
        const before = rowCounts(world);
        const data = JSON.stringify(payload) ?? "null";
        const response = await request.fetch(url, {
          method: route.method,
          ...(route.method === "GET" || route.method === "DELETE" ? {} : { data, headers: { "Content-Type": route.json ? "application/json" : "application/x-www-form-urlencoded" } }),
          maxRedirects: 0,
        });
        expect(response.status(), `${route.method} ${url} → ${response.status()}`).toBeLessThan(500);
        if (response.status() >= 400) {
          expect(rowCounts(world), `${route.method} ${url} was refused but changed rows`).toEqual(before);
          // better-auth answers in its own shape ({ message, code }); every route of ours says why in `error`.
          if (route.json && !url.startsWith("/api/auth/") && response.headers()["content-type"]?.includes("application/json")) {
            expect(typeof ((await response.json()) as { error?: unknown }).error, `${route.method} ${url}`).toBe("string");
          }
        }
      }),
      { numRuns: RUNS },
    );
  }

  // A's own data survived B's attempts.
  expect((await world.a.get(`/api/workspace/clients/${world.ids.client}/export?format=json`)).status()).toBe(200);
  expect((await world.a.get(`/r/${world.ids.reportToken}`)).status()).toBe(200);
});

test("a change sent from another site is refused before any handler runs", async ({ browser }) => {
  const world = await buildWorld(browser);
  for (const site of ["cross-site", "same-site"]) {
    const deleted = await world.a.delete(`/api/workspace/clients/${world.ids.client}`, { headers: { "Sec-Fetch-Site": site } });
    expect(deleted.status()).toBe(403);
    const finished = await world.a.post(`/api/workspace/diagnostics/${world.ids.diagnostic}/finish`, { headers: { "Sec-Fetch-Site": site } });
    expect(finished.status()).toBe(403);
  }
  expect((await world.a.get(`/api/workspace/clients/${world.ids.client}/export?format=json`, { headers: { "Sec-Fetch-Site": "cross-site" } })).status()).toBe(200);
});

test("text a user typed is never sent back as markup", async ({ browser }) => {
  const world = await buildWorld(browser);
  const pages = [
    { request: world.a, path: "/workspace" },
    { request: world.a, path: "/workspace/diagnostics" },
    { request: world.a, path: `/workspace/diagnostics/${world.ids.diagnostic}/results` },
    { request: world.a, path: `/workspace/leaders/${world.ids.leader}` },
    { request: world.a, path: `/workspace/diagnostics/${world.ids.diagnostic}/releases/leader` },
    { request: world.a, path: `/workspace/diagnostics/${world.ids.diagnostic}/releases/board` },
    { request: world.a, path: `/respond/${world.ids.respondToken}` },
    { request: world.a, path: `/r/${world.ids.reportToken}` },
  ];
  for (const { request, path } of pages) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    expect(html, path).not.toContain("<script>window.__pwned");
    expect(html, path).not.toContain('onerror="window.__pwned');
  }
  const csv = await (await world.a.get(`/api/workspace/clients/${world.ids.client}/export?format=csv`)).text();
  expect(csv).toContain(`"${MARKUP.replace(/"/g, '""')}"`);
});
