import { expect, test } from "@playwright/test";

test("the home page explains the product and offers to start @phone", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Find the lever that fits the constraint");
  await expect(page.getByRole("button", { name: "Start the diagnostic" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "What we store, and who can see it" })).toBeVisible();
  await expect(page.getByRole("contentinfo")).toContainText("version");
});

test("the health endpoint answers after a real database query", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("no-store");
  const body = (await response.json()) as { status: string; db: string; version: string };
  expect(body).toMatchObject({ status: "ok", db: "ok" });
  expect(body.version).toMatch(/^\d+\.\d+\.\d+$/);
});

test("every page carries the security headers", async ({ request }) => {
  const response = await request.get("/");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["referrer-policy"]).toBeTruthy();
  expect(response.headers()["x-powered-by"]).toBeUndefined();
});

test("the prerendered landing page draws its start key in the browser: two visitors get two keys, and sending the same form again opens the same diagnostic", async ({ browser }) => {
  const keys: string[] = [];
  const resumePaths: string[] = [];
  for (const visitor of [0, 1]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto("/");
    const sent = page.waitForRequest((request) => request.url().endsWith("/api/diagnostics") && request.method() === "POST");
    await page.getByRole("button", { name: "Start the diagnostic" }).click();
    const key = new URLSearchParams((await sent).postData() ?? "").get("startKey") ?? "";
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    keys.push(key);
    await page.waitForURL(/\/d\/[^/]+$/);
    if (visitor === 0) {
      const first = (await (await context.request.get(`/api/diagnostics/${page.url().split("/d/")[1]}`)).json()) as { createdAt: string };
      // The same form, sent again with its key (a double click, or the form resent from the history):
      // the same diagnostic, under a fresh link.
      const again = await context.request.post("/api/diagnostics", { form: { startKey: key }, maxRedirects: 0 });
      expect(again.status()).toBe(303);
      const second = (await (await context.request.get(`/api/diagnostics/${(again.headers().location ?? "").split("/d/")[1]}`)).json()) as { createdAt: string };
      expect(second.createdAt).toBe(first.createdAt);
    }
    resumePaths.push(page.url());
    await context.close();
  }
  expect(keys[0]).not.toBe(keys[1]);
  expect(resumePaths[0]).not.toBe(resumePaths[1]);
});
