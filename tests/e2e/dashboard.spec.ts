import { expect, test, type APIRequestContext } from "@playwright/test";
import { expectOnlyOwnScripts } from "@/tests/e2e/support/kept-page";
import { cooExitV2Scenario } from "@/tests/fixtures/scenarios-v2";

const uniqueEmail = () => `dashboard-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;

async function signUp(api: APIRequestContext, name: string): Promise<void> {
  const email = uniqueEmail();
  expect((await api.post("/api/auth/sign-up/email", { data: { name, email, password: `${name}-password-1` } })).ok()).toBe(true);
  // Sign-up answers alike for new and taken emails and signs nobody in: sign in next.
  expect((await api.post("/api/auth/sign-in/email", { data: { email, password: `${name}-password-1` } })).ok()).toBe(true);
}

test("the dashboard is kept rendered per consultant and shows every change to the workspace's diagnostics on the next visit", async ({ page, browser }) => {
  const api = page.request;
  await signUp(api, "Robin");
  const first = await api.get("/workspace/diagnostics");
  const second = await api.get("/workspace/diagnostics");
  expect([first.status(), second.status()]).toEqual([200, 200]);
  // The same document both times (a page rendered per request carries a new nonce), allowed by its scripts' hashes only.
  const empty = await first.text();
  expect(await second.text()).toBe(empty);
  expect(empty).toContain("No diagnostics match these filters.");
  // A parameter that is no filter, or the first page named, reads as the same page: the same kept copy.
  expect(await (await api.get("/workspace/diagnostics?utm_source=mail&page=1")).text()).toBe(empty);
  expectOnlyOwnScripts(empty, first.headers()["content-security-policy"] ?? "");
  expect(first.headers()["cache-control"]).toContain("no-store");

  // A new leader's intake shows at once, and so does its verdict when it is finished.
  const { id: clientId } = (await (await api.post("/api/workspace/clients", { data: { name: "Northwind" } })).json()) as { id: string };
  const { id: leaderId } = (await (await api.post(`/api/workspace/clients/${clientId}/leaders`, { data: { name: "Sam Ortiz", title: "COO" } })).json()) as { id: string };
  const { id } = (await (await api.post("/api/workspace/diagnostics", { data: { leaderId } })).json()) as { id: string };
  const refused: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) refused.push(message.text());
  });
  await page.goto("/workspace/diagnostics");
  const table = page.getByRole("table", { name: "Diagnostics", exact: true });
  await expect(table).toContainText("Sam Ortiz");
  await expect(table).toContainText("In progress");
  for (const row of cooExitV2Scenario.rows) expect((await api.put(`/api/workspace/diagnostics/${id}/answers`, { data: row })).ok()).toBe(true);
  expect((await api.post(`/api/workspace/diagnostics/${id}/finish`)).ok()).toBe(true);
  await page.reload();
  await expect(table).toContainText("Scaffolded Ascent");
  // The filters are kept pages of their own, and still work from the form.
  await page.getByLabel("Status").selectOption("in_progress");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/status=in_progress/);
  await expect(page.getByText("No diagnostics match these filters.")).toBeVisible();
  expect(refused).toEqual([]);

  // Another consultant gets their own workspace's page, never the one kept for Robin.
  const other = await browser.newContext();
  try {
    await signUp(other.request, "Casey");
    const theirs = await (await other.request.get("/workspace/diagnostics")).text();
    expect(theirs).toContain("No diagnostics match these filters.");
    expect(theirs).not.toContain("Sam Ortiz");
  } finally {
    await other.close();
  }

  // After sign-out, even a copy of the old session cookie gets no kept page: it is sent to sign in.
  const copied = (await page.context().cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
  await page.goto("/workspace");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  const stranger = await browser.newContext();
  try {
    const replayed = await stranger.request.get("/workspace/diagnostics", { headers: { cookie: copied }, maxRedirects: 0 });
    expect(replayed.status()).toBe(307);
    expect(replayed.headers().location).toMatch(/\/sign-in$/);
  } finally {
    await stranger.close();
  }
});
