import { expect, test } from "@playwright/test";
import { addConstraints, completeDiagnostic } from "@/tests/e2e/support/questionnaire";
import { diagnosticExists, seedFinishedDiagnostic } from "@/tests/e2e/support/seed";
import { cooExitV2Scenario, HEALTHY_PROFILE } from "@/tests/fixtures/scenarios-v2";

const uniqueEmail = () => `consultant-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;

test("a consultant signs up, adds a client and a leader, signs out and back in", async ({ page }) => {
  const email = uniqueEmail();
  await page.goto("/workspace");
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByRole("link", { name: "Create one" }).click();
  await page.getByLabel("Your name").fill("Alex Morgan");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/sign-up$/);
  await page.getByLabel("Password").fill("a-long-enough-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Alex Morgan's workspace" })).toBeVisible();
  await expect(page.getByText("No clients yet")).toBeVisible();

  await page.getByLabel("Organization").fill("Northwind Health");
  await page.getByRole("button", { name: "Add client" }).click();
  const client = page.getByRole("list", { name: "Clients" }).getByRole("listitem").filter({ hasText: "Northwind Health" }).first();
  await expect(client).toBeVisible();
  await client.getByLabel("Leader's name").fill("Sam Patel");
  await client.getByLabel("Title").fill("COO");
  await client.getByRole("button", { name: "Add leader" }).click();
  await expect(page.getByRole("list", { name: "Leaders at Northwind Health" })).toContainText("Sam Patel, COO");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("wrong-password-here");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "do not match an account" })).toBeVisible();
  await page.getByLabel("Password").fill("a-long-enough-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("list", { name: "Leaders at Northwind Health" })).toContainText("Sam Patel");
});

test("workspace data cannot be written without a session, nor into another workspace's client", async ({ request, browser }) => {
  const anonymous = await request.post("/api/workspace/clients", { data: { name: "Intruder Ltd" } });
  expect(anonymous.status()).toBe(401);

  const contextA = await browser.newContext();
  const a = contextA.request;
  const emailA = uniqueEmail();
  expect((await a.post("/api/auth/sign-up/email", { data: { name: "A", email: emailA, password: "password-for-a-1" } })).ok()).toBe(true);
  // Sign-up answers alike for new and taken emails and signs nobody in: sign in next.
  expect((await a.post("/api/auth/sign-in/email", { data: { email: emailA, password: "password-for-a-1" } })).ok()).toBe(true);
  const created = await a.post("/api/workspace/clients", { data: { name: "A's client" } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  const contextB = await browser.newContext();
  const b = contextB.request;
  const emailB = uniqueEmail();
  expect((await b.post("/api/auth/sign-up/email", { data: { name: "B", email: emailB, password: "password-for-b-1" } })).ok()).toBe(true);
  // Sign-up answers alike for new and taken emails and signs nobody in: sign in next.
  expect((await b.post("/api/auth/sign-in/email", { data: { email: emailB, password: "password-for-b-1" } })).ok()).toBe(true);
  const crossed = await b.post(`/api/workspace/clients/${id}/leaders`, { data: { name: "Planted" } });
  expect(crossed.status()).toBe(404);
  await contextA.close();
  await contextB.close();
});

test("a consultant runs an intake session for a leader with the same questionnaire, and no one else can open it", async ({ page, browser }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Jordan Lee");
  await page.getByLabel("Email").fill(uniqueEmail());
  await page.getByLabel("Password").fill("intake-password-1");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByLabel("Organization").fill("Contoso Labs");
  await page.getByRole("button", { name: "Add client" }).click();
  const client = page.getByRole("list", { name: "Clients" }).getByRole("listitem").filter({ hasText: "Contoso Labs" }).first();
  await client.getByLabel("Leader's name").fill("Riley Chen");
  await client.getByLabel("Title").fill("COO");
  await client.getByRole("button", { name: "Add leader" }).click();
  await page.getByRole("button", { name: "Start an intake session for Riley Chen" }).click();
  await expect(page).toHaveURL(/\/workspace\/diagnostics\/[0-9a-f-]{36}/);
  const intakePath = new URL(page.url()).pathname;

  await completeDiagnostic(page, cooExitV2Scenario.version, cooExitV2Scenario.rows);
  // The results page is titled by whom it is about; the decision follows.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Riley Chen, COO");
  await expect(page.locator("#decision-title")).toContainText("Scaffolded Ascent");
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Workspace" }).click();
  await expect(page.getByRole("list", { name: "Diagnostics of Riley Chen" })).toContainText("Results");

  const other = await browser.newContext();
  const stranger = await other.newPage();
  await stranger.goto(intakePath);
  await expect(stranger).toHaveURL(/\/sign-in$/);
  const api = other.request;
  const emailOther = uniqueEmail();
  expect((await api.post("/api/auth/sign-up/email", { data: { name: "Other", email: emailOther, password: "other-password-1" } })).ok()).toBe(true);
  // Sign-up answers alike for new and taken emails and signs nobody in: sign in next.
  expect((await api.post("/api/auth/sign-in/email", { data: { email: emailOther, password: "other-password-1" } })).ok()).toBe(true);
  const forged = await api.put(`/api${intakePath}/answers`, { data: { questionId: "deadline", constraintId: null, value: "3" } });
  expect(forged.status()).toBe(404);
  expect((await stranger.goto(intakePath))?.status()).toBe(404);
  await other.close();
});

test("deleting a leader, a client and the account removes their data after a confirmation", async ({ page }) => {
  const email = uniqueEmail();
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Casey Doe");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("casey-password-1");
  await page.getByRole("button", { name: "Create account" }).click();
  for (const name of ["Fabrikam", "Litware"]) {
    await page.getByLabel("Organization").fill(name);
    await page.getByRole("button", { name: "Add client" }).click();
    await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  }
  const fabrikam = page.getByRole("list", { name: "Clients" }).getByRole("listitem").filter({ hasText: "Fabrikam" }).first();
  await fabrikam.getByLabel("Leader's name").fill("Pat Kim");
  await fabrikam.getByRole("button", { name: "Add leader" }).click();
  await page.getByRole("button", { name: "Start an intake session for Pat Kim" }).click();
  await expect(page).toHaveURL(/\/workspace\/diagnostics\//);
  const diagnosticId = new URL(page.url()).pathname.split("/").pop() ?? "";
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Workspace" }).click();

  await page.getByRole("button", { name: "Delete leader Pat Kim" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete Pat Kim?" });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("list", { name: "Leaders at Fabrikam" })).toContainText("Pat Kim");
  await page.getByRole("button", { name: "Delete leader Pat Kim" }).click();
  await dialog.getByRole("button", { name: "Delete for good" }).click();
  await expect(page.getByRole("list", { name: "Leaders at Fabrikam" })).toHaveCount(0);
  expect(diagnosticExists(diagnosticId)).toBe(false);

  await page.getByRole("button", { name: "Delete client Fabrikam" }).click();
  await page.getByRole("dialog", { name: "Delete Fabrikam?" }).getByRole("button", { name: "Delete for good" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Fabrikam" })).toHaveCount(0);

  await page.getByRole("button", { name: "Delete account" }).click();
  const account = page.getByRole("dialog", { name: "Delete your account and workspace?" });
  await account.getByLabel("Your password").fill("not-my-password");
  await account.getByRole("button", { name: "Delete for good" }).click();
  await expect(account.getByRole("alert")).toBeVisible();
  await account.getByLabel("Your password").fill("casey-password-1");
  await account.getByRole("button", { name: "Delete for good" }).click();
  await expect(page).toHaveURL(/\/$/);

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("casey-password-1");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "do not match an account" })).toBeVisible();
});

test("a consultant keeps a private note per constraint during an intake session", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Morgan Ray");
  await page.getByLabel("Email").fill(uniqueEmail());
  await page.getByLabel("Password").fill("morgan-password-1");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByLabel("Organization").fill("Tailspin");
  await page.getByRole("button", { name: "Add client" }).click();
  const client = page.getByRole("list", { name: "Clients" }).getByRole("listitem").filter({ hasText: "Tailspin" }).first();
  await client.getByLabel("Leader's name").fill("Drew");
  await client.getByRole("button", { name: "Add leader" }).click();
  await page.getByRole("button", { name: "Start an intake session for Drew" }).click();
  await expect(page).toHaveURL(/\/workspace\/diagnostics\//);
  await page.goto(`${new URL(page.url()).pathname}?step=constraints`);
  await addConstraints(page, cooExitV2Scenario.version, cooExitV2Scenario.rows);
  await page.getByRole("button", { name: "Next" }).click();
  const note = page.getByLabel("Private consultant note");
  await note.fill("CEO hinted the founder will not let go <b>before</b> the exit.");
  await note.blur();
  await expect(page.getByText("Note saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Private consultant note")).toHaveValue("CEO hinted the founder will not let go <b>before</b> the exit.");
});

test("the dashboard filters diagnostics, and a client's export round-trips through an import", async ({ page }) => {
  const api = page.request;
  const emailQuinn = uniqueEmail();
  expect((await api.post("/api/auth/sign-up/email", { data: { name: "Quinn", email: emailQuinn, password: "quinn-password-1" } })).ok()).toBe(true);
  // Sign-up answers alike for new and taken emails and signs nobody in: sign in next.
  expect((await api.post("/api/auth/sign-in/email", { data: { email: emailQuinn, password: "quinn-password-1" } })).ok()).toBe(true);
  const { id: clientId } = (await (await api.post("/api/workspace/clients", { data: { name: "Adatum, \"Inc\"" } })).json()) as { id: string };
  const { id: leaderId } = (await (await api.post(`/api/workspace/clients/${clientId}/leaders`, { data: { name: "=HYPERLINK(1)", title: "COO" } })).json()) as { id: string };
  const { id } = (await (await api.post("/api/workspace/diagnostics", { data: { leaderId } })).json()) as { id: string };
  for (const row of cooExitV2Scenario.rows) expect((await api.put(`/api/workspace/diagnostics/${id}/answers`, { data: row })).ok()).toBe(true);
  expect((await api.post(`/api/workspace/diagnostics/${id}/finish`)).ok()).toBe(true);

  await page.goto("/workspace/diagnostics?recommendation=paired");
  await expect(page.getByRole("table", { name: "Diagnostics", exact: true })).toContainText("Scaffolded Ascent");
  await expect(page.getByRole("table", { name: "Diagnostics found, by recommendation" })).toContainText("Scaffolded Ascent (fractional leader and separate coach)1");
  await page.goto("/workspace/diagnostics?recommendation=coaching");
  await expect(page.getByText("No diagnostics match these filters.")).toBeVisible();

  const csv = await (await api.get(`/api/workspace/clients/${clientId}/export?format=csv`)).text();
  expect(csv.split("\r\n")[0]).toBe(
    "Client,Leader,Title,Assessment,Latest finished,Status,Started,Finished,Recommendation,Constraint,Class,Behavioral score,Execution score,Severity,Deficit,Released to the board on,Released to the leader on,Respondents answered,Respondents invited",
  );
  expect(csv).toContain('"Adatum, ""Inc"""');
  expect(csv).toContain(`"'=HYPERLINK(1)"`);
  expect(csv).toContain('"Scaffolded Ascent (fractional leader and separate coach)"');
  expect(csv).not.toContain('"paired"');

  const exported = await (await api.get(`/api/workspace/clients/${clientId}/export?format=json`)).json();
  const refused = await api.post("/api/workspace/import", { data: { ...exported, version: 2 } });
  expect(refused.status()).toBe(400);
  const imported = await api.post("/api/workspace/import", { data: exported });
  expect(imported.status()).toBe(201);
  const { id: importedId } = (await imported.json()) as { id: string };
  const again = await (await api.get(`/api/workspace/clients/${importedId}/export?format=json`)).json();
  expect(again.client.name).toBe('Adatum, "Inc" (imported)');
  expect(again.leaders).toEqual(exported.leaders);

  await page.goto("/workspace");
  await expect(page.getByRole("heading", { level: 2, name: 'Adatum, "Inc" (imported)' })).toBeVisible();
});

test("re-assessing a leader shows each constraint over time and when the handoff can start", async ({ page }) => {
  const api = page.request;
  const emailAvery = uniqueEmail();
  expect((await api.post("/api/auth/sign-up/email", { data: { name: "Avery", email: emailAvery, password: "avery-password-1" } })).ok()).toBe(true);
  // Sign-up answers alike for new and taken emails and signs nobody in: sign in next.
  expect((await api.post("/api/auth/sign-in/email", { data: { email: emailAvery, password: "avery-password-1" } })).ok()).toBe(true);
  const { id: clientId } = (await (await api.post("/api/workspace/clients", { data: { name: "Wingtip" } })).json()) as { id: string };
  const { id: leaderId } = (await (await api.post(`/api/workspace/clients/${clientId}/leaders`, { data: { name: "Jamie Fox", title: "COO" } })).json()) as { id: string };
  // A quarter later: the systems work, nobody drops them, and the COO's habits no longer stand out.
  const healthy: Record<string, unknown> = HEALTHY_PROFILE;
  const improved = cooExitV2Scenario.rows.map((r) => (r.questionId.startsWith("k_") ? { ...r, value: 0 } : r.questionId in healthy ? { ...r, value: healthy[r.questionId] } : r));
  const ids: string[] = [];
  for (const rows of [cooExitV2Scenario.rows, improved]) {
    const { id } = (await (await api.post("/api/workspace/diagnostics", { data: { leaderId } })).json()) as { id: string };
    ids.push(id);
    for (const row of rows) expect((await api.put(`/api/workspace/diagnostics/${id}/answers`, { data: row })).ok()).toBe(true);
    expect((await api.post(`/api/workspace/diagnostics/${id}/finish`)).ok()).toBe(true);
  }
  // The second assessment names itself and shows the change since the first, constraint by constraint.
  await page.goto(`/workspace/diagnostics/${ids[1]}/results`);
  await expect(page.getByRole("heading", { level: 1, name: "Jamie Fox, COO" })).toBeVisible();
  await expect(page.getByTestId("engagement-assessment")).toContainText(/^Wingtip · Assessment 2 of 2 · assessed \d{1,2} \w{3} \d{4} · previous: assessment 1/);
  const change = page.getByRole("region", { name: /^Change since assessment 1/ });
  await expect(change).toContainText("2 improved");
  await expect(change.getByRole("listitem").first()).toContainText("Improved");
  await expect(change.getByRole("listitem").first()).toContainText("dual → no clear deficit");

  // A third assessment starts from the second: context and constraints filled in, ratings asked afresh.
  await page.goto("/workspace");
  await page.getByRole("button", { name: /^Re-assess Jamie Fox/ }).click();
  await expect(page).toHaveURL(/\/workspace\/diagnostics\/[^/]+$/);
  await expect(page.getByTestId("carried-over")).toContainText("Started from assessment 2");
  await expect(page.getByTestId("engagement-assessment")).toContainText("Assessment 3 of 3");
  // The carried-over steps are answered: the session opens on the first one asked afresh.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Leadership habits");

  await page.goto("/workspace");
  await page.getByRole("link", { name: "Progress of Jamie Fox" }).click();
  await expect(page.getByText("2 assessments.")).toBeVisible();
  await expect(page.getByText(/confirm the blueprint.s exit criteria to start the handoff/)).toBeVisible();
  const table = page.getByRole("table").first();
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(table).toContainText("Dual");
  await expect(table).toContainText("No clear deficit");

  // The improved re-assessment recommends monitoring; the engagement in force is the first one's.
  const handoff = page.getByRole("region", { name: "Handoff readiness" });
  await expect(handoff).toContainText("Met, from the assessments.");
  const criteria = handoff.getByRole("checkbox");
  const count = await criteria.count();
  expect(count).toBeGreaterThan(2);
  await expect(handoff).toContainText(`${count} of ${count + 1} handoff criteria are not met yet.`);
  await handoff.getByLabel(/^Evidence, recorded when you tick it/).first().fill("Board pack of 12 March");
  for (let i = 0; i < count; i++) {
    await criteria.nth(i).check();
    await expect(handoff.getByRole("status")).toHaveText("Criterion confirmed as met.");
    await expect(criteria.nth(i)).toBeEnabled();
  }
  await expect(handoff).toContainText("Every handoff criterion is met: the handoff can start.");
  await page.reload();
  await expect(handoff).toContainText("Every handoff criterion is met: the handoff can start.");
  await expect(handoff).toContainText(/Confirmed \d{1,2} \w{3} \d{4} by Avery\. Evidence: Board pack of 12 March/);
  await expect(handoff).toContainText(/Confirmed \d{1,2} \w{3} \d{4} by Avery\. No evidence recorded\./);
  await criteria.first().uncheck();
  await expect(handoff).toContainText("1 of");
  const invented = await api.put(`/api/workspace/leaders/${leaderId}/handoff-checks`, { data: { criterion: "Not in the blueprint.", met: true } });
  expect(invented.status()).toBe(400);
  expect(await invented.json()).toMatchObject({ field: "criterion" });
});

test("an executive claims a self-serve diagnostic into their new account, once", async ({ page }) => {
  const token = await seedFinishedDiagnostic(page.request, cooExitV2Scenario.rows);
  await page.goto(`/d/${token}/results`);
  await expect(page.getByRole("region", { name: "Keep it in an account" })).toContainText("Sign in");
  const emailRobin = uniqueEmail();
  expect((await page.request.post("/api/auth/sign-up/email", { data: { name: "Robin", email: emailRobin, password: "robin-password-1" } })).ok()).toBe(true);
  // Sign-up answers alike for new and taken emails and signs nobody in: sign in next.
  expect((await page.request.post("/api/auth/sign-in/email", { data: { email: emailRobin, password: "robin-password-1" } })).ok()).toBe(true);
  await page.reload();
  const panel = page.getByRole("region", { name: "Keep it in an account" });
  await panel.getByLabel("Organization").fill("Robin's company");
  await panel.getByLabel("Leader's name").fill("Robin");
  await panel.getByRole("button", { name: "Add to my workspace" }).click();
  await expect(page).toHaveURL(/\/workspace\/leaders\//);
  await expect(page.getByText("1 assessment.")).toBeVisible();
  const again = await page.request.post(`/api/diagnostics/${token}/claim`, { data: { clientName: "Twice", leaderName: "Robin" } });
  expect(again.status()).toBe(404);
  expect((await page.goto(`/d/${token}/results`))?.status()).toBe(404);
  await page.goto("/workspace");
  await expect(page.getByRole("heading", { level: 2, name: "Twice" })).toHaveCount(0);
});
