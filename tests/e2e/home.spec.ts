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
