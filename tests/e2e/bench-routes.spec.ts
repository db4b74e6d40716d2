import { expect, test } from "@playwright/test";

// The production server of the e2e tests is started like any deployment: without BENCH_ROUTES.
test("the benchmark baselines /ping and /api/ping answer 404 on a normal production server", async ({ request }) => {
  const api = await request.get("/api/ping");
  expect(api.status()).toBe(404);
  expect(await api.json()).toEqual({ error: "Not found" });
  const page = await request.get("/ping");
  expect(page.status()).toBe(404);
  expect(await page.text()).not.toContain("<h1>OK</h1>");
});
