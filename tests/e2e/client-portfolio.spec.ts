import { readFile } from "node:fs/promises";
import { expect, test, type APIRequestContext, type APIResponse, type Browser } from "@playwright/test";
import { cooExitV2Scenario } from "@/tests/fixtures/scenarios-v2";

/**
 * A client's portfolio: each leader's latest finished assessment, constraint by constraint, with two
 * charts and their text alternatives, a CSV in words with scores, and nothing for another workspace.
 */

const uniqueEmail = () => `portfolio-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;

async function signUp(api: APIRequestContext, name: string): Promise<void> {
  const credentials = { email: uniqueEmail(), password: `${name.toLowerCase()}-password-1` };
  expect((await api.post("/api/auth/sign-up/email", { data: { name, ...credentials } })).ok()).toBe(true);
  // Sign-up answers alike for new and taken emails and signs nobody in: sign in next.
  expect((await api.post("/api/auth/sign-in/email", { data: credentials })).ok()).toBe(true);
}

async function created(response: Promise<APIResponse>): Promise<string> {
  const answered = await response;
  expect(answered.status(), await answered.text()).toBe(201);
  return ((await answered.json()) as { id: string }).id;
}

async function otherConsultant(browser: Browser) {
  const context = await browser.newContext();
  await signUp(context.request, "Bo");
  return context;
}

/** The export writes every cell quoted (RFC 4180); the header is plain. */
function readCsv(csv: string): Record<string, string>[] {
  const [header, ...lines] = csv.trimEnd().split("\r\n");
  const names = (header ?? "").split(",");
  return lines.map((line) => {
    const cells = [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => (m[1] ?? "").replace(/""/g, '"'));
    return Object.fromEntries(names.map((name, i) => [name, cells[i] ?? ""]));
  });
}

test("a consultant opens a client's portfolio, reads each leader's constraint classes and the charts, and downloads it as a CSV in words", async ({ page, browser }) => {
  const api = page.request;
  await signUp(api, "Ada");
  const clientId = await created(api.post("/api/workspace/clients", { data: { name: "Contoso" } }));
  const jamie = await created(api.post(`/api/workspace/clients/${clientId}/leaders`, { data: { name: "Jamie Fox", title: "COO" } }));
  await created(api.post(`/api/workspace/clients/${clientId}/leaders`, { data: { name: "Robin Vale", title: "CFO" } }));
  const intake = await created(api.post("/api/workspace/diagnostics", { data: { leaderId: jamie } }));
  for (const row of cooExitV2Scenario.rows) expect((await api.put(`/api/workspace/diagnostics/${intake}/answers`, { data: row })).ok()).toBe(true);
  expect((await api.post(`/api/workspace/diagnostics/${intake}/finish`)).ok()).toBe(true);

  await page.goto("/workspace");
  await page.getByRole("link", { name: "Portfolio of Contoso" }).click();
  await expect(page).toHaveURL(new RegExp(`/workspace/clients/${clientId}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Contoso" })).toBeVisible();
  await expect(page.getByText("2 leaders, 1 with a finished assessment.")).toBeVisible();

  const matrix = page.getByRole("table", { name: /latest finished assessment at Contoso/ });
  const jamieRows = matrix.getByRole("rowgroup").filter({ hasText: "Jamie Fox" });
  await expect(jamieRows.getByRole("row")).toHaveCount(2);
  await expect(jamieRows.getByRole("row").nth(0)).toContainText("Decisions keep going up to the CEO or founder");
  await expect(jamieRows.getByRole("row").nth(0)).toContainText("Dual");
  await expect(jamieRows.getByRole("row").nth(0)).toContainText("90/100 · Strong");
  await expect(jamieRows.getByRole("row").nth(1)).toContainText("Execution");
  await expect(jamieRows).toContainText("Scaffolded Ascent (fractional leader and separate coach)");
  await expect(jamieRows).toContainText("1 assessment");
  await expect(jamieRows).toContainText("Board: not released · Leader: not released");
  await expect(jamieRows).toContainText("None invited");
  await expect(matrix.getByRole("rowgroup").filter({ hasText: "Robin Vale" })).toContainText("No finished assessment");

  // The charts' text alternatives: a table each, and a sentence under the bars.
  await expect(page.getByRole("table", { name: "Constraints by class" })).toContainText("Dual1");
  await expect(page.getByRole("table", { name: "Constraints by class" })).toContainText("Execution1");
  await expect(page.getByRole("table", { name: "Leaders by recommendation" })).toContainText("Scaffolded Ascent (fractional leader and separate coach)1");
  await expect(page.getByText("2 constraints in the latest assessments of 1 leader: 1 Dual, 1 Execution.")).toBeVisible();

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("contoso-diagnostics.csv");
  const rows = readCsv(await readFile((await download.path()) ?? "", "utf8"));
  expect(rows.filter((r) => r.Leader === "Jamie Fox").map((r) => [r.Constraint, r.Class, r["Behavioral score"], r["Execution score"], r.Severity, r.Deficit])).toEqual([
    ["Decisions keep going up to the CEO or founder", "Dual", "90", "80", "90", "Strong"],
    ["The operating model runs on the founder's intuition", "Execution", "23", "100", "100", "Strong"],
  ]);
  expect(rows[0]).toMatchObject({ Recommendation: "Scaffolded Ascent (fractional leader and separate coach)", Status: "Finished", "Latest finished": "Yes", "Released to the board on": "No", "Respondents invited": "0" });

  // At 360 px the page does not scroll sideways: the matrix scrolls inside its own region.
  await page.setViewportSize({ width: 360, height: 780 });
  await expect(page.getByRole("region", { name: "Leaders and constraints at Contoso" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  const other = await otherConsultant(browser);
  expect((await other.request.get(`/workspace/clients/${clientId}`)).status()).toBe(404);
  const otherPage = await other.newPage();
  await otherPage.goto(`/workspace/clients/${clientId}`);
  await expect(otherPage.getByText("Contoso")).toHaveCount(0);
  await other.close();
});

test("a client without leaders has an empty portfolio that says what to do", async ({ page }) => {
  await signUp(page.request, "Cy");
  const clientId = await created(page.request.post("/api/workspace/clients", { data: { name: "Fabrikam" } }));
  await page.goto(`/workspace/clients/${clientId}`);
  await expect(page.getByText("No leaders at Fabrikam yet.")).toBeVisible();
  await expect(page.getByRole("link", { name: "workspace page" })).toHaveAttribute("href", "/workspace");
});
