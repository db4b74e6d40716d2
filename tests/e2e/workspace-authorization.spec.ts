import { expect, test, type APIRequestContext, type APIResponse, type Browser, type BrowserContext } from "@playwright/test";
import { ROUTES, type TRouteDeclaration } from "@/lib/contract/routes";
import { cooExitV2Scenario } from "@/tests/fixtures/scenarios-v2";
import { invite, memberIdOf, signUpWith, teamEmail } from "@/tests/e2e/support/team";

/**
 * Authorization of a workspace diagnostic's respondents, release, board links and branding, at the
 * HTTP level: another consultant gets 404 on every page and route of it (as if it did not exist),
 * an anonymous caller gets 401 (JSON) or the sign-in page, and the owner's data stays as it was.
 * A member of the workspace works in it but gets 403 on every owner route, and 401 once removed.
 */

const uniqueEmail = () => `authz-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;

/** A PNG signature and a few bytes: enough for the logo check, which reads the signature. */
const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
const SHARE_LINK = { label: "Board, June meeting", preparedBy: "Ada Quinn, A Advisory", acknowledged: true };

async function signUp(browser: Browser, name: string): Promise<{ context: BrowserContext; api: APIRequestContext; email: string }> {
  const context = await browser.newContext();
  const api = context.request;
  const credentials = { email: uniqueEmail(), password: `${name.toLowerCase()}-password-1` };
  expect((await api.post("/api/auth/sign-up/email", { data: { name, ...credentials } })).ok()).toBe(true);
  // Sign-up answers alike for new and taken emails and signs nobody in: sign in next.
  const response = await api.post("/api/auth/sign-in/email", { data: credentials });
  expect(response.ok()).toBe(true);
  return { context, api, email: credentials.email };
}

async function created<T>(response: Promise<APIResponse>): Promise<T> {
  const answered = await response;
  expect(answered.status(), await answered.text()).toBe(201);
  return (await answered.json()) as T;
}

async function clientWithLeader(api: APIRequestContext, name: string) {
  const { id: clientId } = await created<{ id: string }>(api.post("/api/workspace/clients", { data: { name } }));
  const { id: leaderId } = await created<{ id: string }>(api.post(`/api/workspace/clients/${clientId}/leaders`, { data: { name: "Casey Brooks", title: "COO" } }));
  return { clientId, leaderId };
}

async function startIntake(api: APIRequestContext, leaderId: string): Promise<string> {
  const { id, path } = await created<{ id: string; path: string }>(api.post("/api/workspace/diagnostics", { data: { leaderId } }));
  expect(path).toBe(`/workspace/diagnostics/${id}`);
  return id;
}

async function finishedIntake(api: APIRequestContext, leaderId: string): Promise<string> {
  const id = await startIntake(api, leaderId);
  for (const row of cooExitV2Scenario.rows) {
    const saved = await api.put(`/api/workspace/diagnostics/${id}/answers`, { data: row });
    expect(saved.ok(), await saved.text()).toBe(true);
  }
  const finished = await api.post(`/api/workspace/diagnostics/${id}/finish`);
  expect(finished.ok(), await finished.text()).toBe(true);
  return id;
}

/** Everything about a client that its export carries, without the export's own timestamp. */
async function exported(api: APIRequestContext, clientId: string): Promise<unknown> {
  const response = await api.get(`/api/workspace/clients/${clientId}/export?format=json`);
  expect(response.status()).toBe(200);
  const { exportedAt, ...rest } = (await response.json()) as { exportedAt: string };
  expect(typeof exportedAt).toBe("string");
  return rest;
}

type Call = { name: string; send: (api: APIRequestContext) => Promise<APIResponse> };

test("another consultant gets 404 on everything of a released workspace diagnostic, an anonymous caller 401, and nothing changes", async ({
  browser,
  request: anonymous,
}) => {
  test.setTimeout(120_000);
  const { context: contextA, api: a, email: emailA } = await signUp(browser, "Ada");
  const { id: invitationId } = await invite(a, teamEmail("pending"));
  const memberId = memberIdOf(emailA);
  const branded = await a.put("/api/workspace/branding", { data: { name: "A Advisory", color: "#5b2a86", logo: null } });
  expect(branded.status()).toBe(200);
  const { clientId, leaderId } = await clientWithLeader(a, "Fabrikam Retail");
  const id = await finishedIntake(a, leaderId);

  const { id: respondentId, respondPath } = await created<{ id: string; respondPath: string }>(
    a.post(`/api/workspace/diagnostics/${id}/respondents`, { data: { perspective: "manager", name: "Morgan, CEO" } }),
  );
  expect(respondPath).toMatch(/^\/respond\/[A-Za-z0-9_-]{43}$/);
  const respondentToken = respondPath.split("/").pop() ?? "";

  // Nothing is shareable before release.
  const early = await a.post(`/api/workspace/diagnostics/${id}/share-links`, { data: SHARE_LINK });
  expect(early.status()).toBe(409);
  expect((await a.post(`/api/workspace/diagnostics/${id}/release`, { data: { sections: ["perspectives", "constraints", "blueprint"] } })).status()).toBe(200);
  const { id: linkId, reportPath } = await created<{ id: string; reportPath: string }>(a.post(`/api/workspace/diagnostics/${id}/share-links`, { data: SHARE_LINK }));
  expect(reportPath).toMatch(/^\/r\/[A-Za-z0-9_-]{43}$/);
  const before = await exported(a, clientId);

  // Consultant B has a workspace of their own, with an intake in progress to aim cross-object calls through.
  const { context: contextB, api: b } = await signUp(browser, "Bea");
  const own = await clientWithLeader(b, "B's own client");
  const bIntake = await startIntake(b, own.leaderId);

  const pages = [
    `/workspace/diagnostics/${id}/results`,
    `/workspace/diagnostics/${id}`,
    `/workspace/leaders/${leaderId}`,
    `/workspace/diagnostics/${id}/releases/leader`,
    `/workspace/diagnostics/${id}/releases/board`,
    `/workspace/clients/${clientId}`,
  ];
  const calls: Call[] = [
    { name: "invite a respondent", send: (api) => api.post(`/api/workspace/diagnostics/${id}/respondents`, { data: { perspective: "manager", name: "Planted" } }) },
    { name: "withdraw a respondent", send: (api) => api.delete(`/api/workspace/diagnostics/${id}/respondents/${respondentId}`) },
    { name: "release", send: (api) => api.post(`/api/workspace/diagnostics/${id}/release`, { data: { sections: ["consultant_notes"] } }) },
    ...(["leader", "board"] as const).flatMap((audience): Call[] => [
      { name: `release to the ${audience}`, send: (api) => api.post(`/api/workspace/diagnostics/${id}/releases/${audience}`, { form: { constraints: "on" }, maxRedirects: 0 }) },
      { name: `withdraw from the ${audience}`, send: (api) => api.post(`/api/workspace/diagnostics/${id}/releases/${audience}/withdraw`, { form: {}, maxRedirects: 0 }) },
    ]),
    { name: "create a share link", send: (api) => api.post(`/api/workspace/diagnostics/${id}/share-links`, { data: SHARE_LINK }) },
    { name: "revoke a share link", send: (api) => api.delete(`/api/workspace/diagnostics/${id}/share-links/${linkId}`) },
    { name: "write a note", send: (api) => api.put(`/api/workspace/diagnostics/${id}/notes/c1`, { data: { text: "Planted note" } }) },
    { name: "write an answer", send: (api) => api.put(`/api/workspace/diagnostics/${id}/answers`, { data: { questionId: "deadline", constraintId: null, value: "3" } }) },
    { name: "finish", send: (api) => api.post(`/api/workspace/diagnostics/${id}/finish`) },
    { name: "remove a constraint", send: (api) => api.delete(`/api/workspace/diagnostics/${id}/constraints/c1`) },
    { name: "export the client", send: (api) => api.get(`/api/workspace/clients/${clientId}/export?format=json`) },
    { name: "export the client as CSV", send: (api) => api.get(`/api/workspace/clients/${clientId}/export?format=csv`) },
    { name: "add a leader to the client", send: (api) => api.post(`/api/workspace/clients/${clientId}/leaders`, { data: { name: "Planted", title: "COO" } }) },
    { name: "start an intake for the leader", send: (api) => api.post("/api/workspace/diagnostics", { data: { leaderId } }) },
    { name: "delete the diagnostic", send: (api) => api.delete(`/api/workspace/diagnostics/${id}`) },
    {
      name: "confirm a handoff criterion",
      send: (api) => api.put(`/api/workspace/leaders/${leaderId}/handoff-checks`, { data: { criterion: "Every new process has a named owner.", met: true } }),
    },
    { name: "delete the leader", send: (api) => api.delete(`/api/workspace/leaders/${leaderId}`) },
    { name: "delete the client", send: (api) => api.delete(`/api/workspace/clients/${clientId}`) },
    { name: "revoke A's team invitation", send: (api) => api.post(`/api/workspace/team/invitations/${invitationId}/revoke`, { data: {} }) },
    { name: "remove A from A's team", send: (api) => api.post(`/api/workspace/team/members/${memberId}/remove`, { data: {} }) },
    { name: "change A's role", send: (api) => api.post(`/api/workspace/team/members/${memberId}/role`, { form: { role: "member" }, headers: { Accept: "application/json" } }) },
  ];
  // Reaching A's objects through B's own diagnostic, which B may act on.
  const crossed: Call[] = [
    { name: "withdraw A's respondent through B's intake", send: (api) => api.delete(`/api/workspace/diagnostics/${bIntake}/respondents/${respondentId}`) },
    { name: "revoke A's share link through B's intake", send: (api) => api.delete(`/api/workspace/diagnostics/${bIntake}/share-links/${linkId}`) },
  ];

  // Every declared consultant route, from the declarations themselves: a new route is covered without
  // editing this list. Scope and session are checked before the body is read, so any body will do.
  const ids: Record<string, string> = { id, clientId, leaderId, linkId, respondentId, constraintId: "c1", memberId, invitationId, audience: "board" };
  for (const [name, route] of Object.entries(ROUTES as Record<string, TRouteDeclaration>)) {
    if (route.actor !== "consultant" && route.actor !== "owner") continue;
    const path = route.path.replace(/\[(\w+)\]/g, (_m, param: string) => ids[param] ?? `unknown-${param}`);
    const send = (api: APIRequestContext) => api.fetch(path, { method: route.method, ...(route.method === "GET" || route.method === "DELETE" ? {} : { data: {} }) });
    expect((await send(anonymous)).status(), `anonymous may not call ${name}`).toBe(401);
    // B may act in B's own workspace: routes that name no resource of A's are not B's to be refused.
    if (!/\[(id|clientId|leaderId|memberId|invitationId)\]/.test(route.path)) continue;
    expect((await send(b)).status(), `B may not call ${name} on A's ${path}`).toBe(404);
  }

  for (const path of pages) {
    expect((await b.get(path)).status(), `B opens ${path}`).toBe(404);
  }
  for (const call of [...calls, ...crossed]) {
    const response = await call.send(b);
    expect(response.status(), `B may not ${call.name}: ${await response.text()}`).toBe(404);
  }

  for (const call of calls) {
    const response = await call.send(anonymous);
    expect(response.status(), `anonymous may not ${call.name}`).toBe(401);
  }
  expect((await anonymous.put("/api/workspace/branding", { data: { name: "Intruder", color: "#000000", logo: null } })).status()).toBe(401);
  for (const path of pages) {
    const response = await anonymous.get(path, { maxRedirects: 0 });
    expect([302, 303, 307, 308], `anonymous opens ${path}`).toContain(response.status());
    expect(new URL(response.headers().location ?? "", "http://x").pathname).toBe("/sign-in");
  }

  // B brands their own workspace; it must not touch A's report.
  expect((await b.put("/api/workspace/branding", { data: { name: "Intruder Advisory", color: "#000000", logo: null } })).status()).toBe(200);

  // A's data is as it was: the export (answers, results, release, notes, respondents) is identical.
  expect(await exported(a, clientId)).toEqual(before);
  const results = await a.get(`/workspace/diagnostics/${id}/results`);
  expect(results.status()).toBe(200);
  const html = await results.text();
  expect(html).toContain("Morgan, CEO");
  expect(html).not.toContain("Planted");
  const report = await anonymous.get(reportPath);
  expect(report.status()).toBe(200);
  const reportHtml = await report.text();
  expect(reportHtml).toContain("A Advisory");
  expect(reportHtml).not.toContain("Intruder Advisory");
  expect((await anonymous.get(respondPath)).status()).toBe(200);
  const answered = await anonymous.put(`/api/respondents/${respondentToken}/answers`, { data: { questionId: "k_leader", constraintId: "c1", value: 2 } });
  expect(answered.status()).toBe(200);

  // B touched nothing of A's team: A is still an owner and A's invitation still pending.
  expect((await a.post(`/api/workspace/team/invitations/${invitationId}/revoke`, { data: {} })).status()).toBe(200);

  await contextA.close();
  await contextB.close();
});

test("a member works in the owner's workspace but gets 403 on every owner route, and 401 everywhere once removed", async ({ browser }) => {
  test.setTimeout(120_000);
  const { context: contextA, api: a } = await signUp(browser, "Ada");
  const { clientId, leaderId } = await clientWithLeader(a, "Contoso");
  const id = await startIntake(a, leaderId);
  const contextM = await browser.newContext();
  const m = contextM.request;
  const memberEmail = teamEmail("mel");
  const { invitePath } = await invite(a, memberEmail);
  await signUpWith(m, "Mel", memberEmail);
  const joined = await m.post(`/api/invitations/${invitePath.split("/").pop()}/accept`);
  expect(joined.status(), await joined.text()).toBe(200);
  const memberId = memberIdOf(memberEmail);
  const { id: invitationId } = await invite(a, teamEmail("later"));

  // The same workspace data as the owner: pages, export, and consulting work.
  for (const path of ["/workspace", `/workspace/diagnostics/${id}`, `/workspace/leaders/${leaderId}`, "/workspace/team"]) {
    expect((await m.get(path)).status(), path).toBe(200);
  }
  expect(await (await m.get("/workspace")).text()).toContain("Contoso");
  expect((await m.get(`/api/workspace/clients/${clientId}/export?format=csv`)).status()).toBe(200);
  expect((await m.put(`/api/workspace/diagnostics/${id}/answers`, { data: { questionId: "deadline", constraintId: null, value: "3" } })).status()).toBe(200);

  const ids: Record<string, string> = { id, clientId, leaderId, memberId, invitationId, linkId: "none", respondentId: "none", constraintId: "c1" };
  const fill = (path: string) => path.replace(/\[(\w+)\]/g, (_m, param: string) => ids[param] ?? `unknown-${param}`);
  const send = (api: APIRequestContext, route: TRouteDeclaration) =>
    api.fetch(fill(route.path), { method: route.method, ...(route.method === "GET" || route.method === "DELETE" ? {} : { data: {} }) });
  const routes = Object.entries(ROUTES as Record<string, TRouteDeclaration>);
  for (const [name, route] of routes) {
    if (route.actor !== "owner") continue;
    expect((await send(m, route)).status(), `a member may not call ${name}`).toBe(403);
  }
  // Nothing owner-only happened: the client, the intake and the pending invitation are all there.
  expect((await a.get(`/api/workspace/clients/${clientId}/export?format=json`)).status()).toBe(200);

  const removed = await a.post(`/api/workspace/team/members/${memberId}/remove`, { data: {} });
  expect(removed.status(), await removed.text()).toBe(200);
  for (const [name, route] of routes) {
    if (route.actor !== "consultant" && route.actor !== "owner") continue;
    expect((await send(m, route)).status(), `a removed member may not call ${name}`).toBe(401);
  }
  for (const path of ["/workspace", `/workspace/diagnostics/${id}`, "/workspace/team"]) {
    const response = await m.get(path, { maxRedirects: 0 });
    expect([302, 303, 307, 308], `a removed member opens ${path}`).toContain(response.status());
    expect(new URL(response.headers().location ?? "", "http://x").pathname).toBe("/sign-in");
  }
  // Signing in again opens the account's own, new and empty workspace: nothing of Ada's.
  // (Without the dead cookie: better-auth checks the Origin of requests that carry cookies, and this client sends none.)
  await contextM.clearCookies();
  const again = await m.post("/api/auth/sign-in/email", { data: { email: memberEmail, password: "mel-password-1" } });
  expect(again.status(), await again.text()).toBe(200);
  expect((await m.get(`/api/workspace/clients/${clientId}/export?format=json`)).status()).toBe(404);
  expect(await (await m.get("/workspace")).text()).not.toContain("Contoso");
  await contextA.close();
  await contextM.close();
});

test("respondents need a finished intake, board links a release, and branding a readable colour and a real image", async ({ browser }) => {
  const { context, api } = await signUp(browser, "Cleo");
  const { leaderId } = await clientWithLeader(api, "Northwind");
  const unfinished = await startIntake(api, leaderId);

  const invited = await api.post(`/api/workspace/diagnostics/${unfinished}/respondents`, { data: { perspective: "manager", name: "Too early" } });
  expect(invited.status()).toBe(409);
  expect((await api.post(`/api/workspace/diagnostics/${unfinished}/release`, { data: { sections: ["constraints"] } })).status()).toBe(409);
  expect((await api.post(`/api/workspace/diagnostics/${unfinished}/share-links`, { data: SHARE_LINK })).status()).toBe(409);

  const finished = await finishedIntake(api, leaderId);
  expect((await api.post(`/api/workspace/diagnostics/${finished}/share-links`, { data: SHARE_LINK })).status()).toBe(409);
  expect((await api.post(`/api/workspace/diagnostics/${finished}/respondents`, { data: { perspective: "manager", name: "In time" } })).status()).toBe(201);

  const branding = (data: unknown) => api.put("/api/workspace/branding", { data });
  const tooLight = await branding({ name: "Cleo Advisory", color: "#ffee00", logo: null });
  expect(tooLight.status()).toBe(400);
  expect(((await tooLight.json()) as { error: string }).error).toContain("too light");
  const fakePng = `data:image/png;base64,${Buffer.from("this is plain text, not a PNG image").toString("base64")}`;
  expect((await branding({ name: "Cleo Advisory", color: "#5b2a86", logo: fakePng })).status()).toBe(400);
  const jpegAsPng = `data:image/png;base64,${Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]).toString("base64")}`;
  expect((await branding({ name: "Cleo Advisory", color: "#5b2a86", logo: jpegAsPng })).status()).toBe(400);
  const realPng = `data:image/png;base64,${PNG_BYTES.toString("base64")}`;
  const saved = await branding({ name: "Cleo Advisory", color: "#5B2A86", logo: realPng });
  expect(saved.status()).toBe(200);
  expect(await saved.json()).toEqual({ branding: { name: "Cleo Advisory", color: "#5b2a86", logo: realPng } });
  await context.close();
});
