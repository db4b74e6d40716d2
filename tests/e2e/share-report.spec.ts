import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { cooExitV2Scenario, pureFractionalV2Scenario, row } from "@/tests/fixtures/scenarios-v2";
import { expireShareLink, seedFinishedDiagnostic, seedShareLink } from "@/tests/e2e/support/seed";

const expectNotAvailable = async (page: Page, path: string) => {
  const response = await page.goto(path);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This report is not available" })).toBeVisible();
};

test("the owner shares a report, a board member reads it in a fresh browser, and revoking closes it", async ({ page, request, browser }) => {
  const owner = await seedFinishedDiagnostic(request, cooExitV2Scenario.rows);
  await page.goto(`/d/${owner}/results`);
  const panel = page.getByRole("region", { name: "Share with your board" });
  await panel.getByLabel("Label").fill("Board, March meeting");
  await panel.getByLabel(/^Prepared by/).fill("Dana Reyes, Chair");
  await panel.getByLabel(/anyone holding this link can read the report/).check();
  await panel.getByRole("button", { name: "Create share link" }).click();
  const link = await panel.getByRole("textbox", { name: "New share link" }).inputValue();
  expect(link).toMatch(/\/r\/[A-Za-z0-9_-]{43}$/);

  const board = await browser.newContext();
  const reader = await board.newPage();
  await reader.goto(link);
  await expect(reader.getByRole("heading", { level: 1 })).toContainText("Scaffolded Ascent");
  await expect(reader.getByText(/Prepared by Dana Reyes, Chair/)).toBeVisible();
  await expect(reader.getByRole("heading", { name: "Top risks" })).toBeVisible();
  await expect(reader.getByRole("link", { name: "Methodology" })).toHaveCount(0);
  const axe = await new AxeBuilder({ page: reader }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  await page.reload();
  const listed = page.getByRole("list", { name: "Share links" }).getByRole("listitem").first();
  await expect(listed).toContainText("Viewed 1 time");
  await listed.getByRole("button", { name: "Revoke Board, March meeting" }).click();
  await expect(listed).toContainText("Revoked");
  await expectNotAvailable(reader, new URL(link).pathname);
  await board.close();
});

test("an expired link and an unknown link get the same not-found page", async ({ page, request }) => {
  const owner = await seedFinishedDiagnostic(request, pureFractionalV2Scenario.rows);
  const reportPath = await seedShareLink(request, owner, { expiresInDays: 1 });
  await page.goto(reportPath);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expireShareLink(reportPath);
  await expectNotAvailable(page, reportPath);
  const expiredText = await page.locator("main").innerText();
  await expectNotAvailable(page, `/r/${"Z".repeat(43)}`);
  expect(await page.locator("main").innerText()).toBe(expiredText);
});

test("a passcode protects the report and repeated wrong attempts lock the link for newcomers only", async ({ page, request }) => {
  const owner = await seedFinishedDiagnostic(request, pureFractionalV2Scenario.rows);
  const reportPath = await seedShareLink(request, owner, { passcode: "board-2026" });
  await page.goto(reportPath);
  await page.getByLabel("Passcode").fill("board-2026");
  await page.getByRole("button", { name: "Open the report" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/fractional/i);

  const stranger = await page.context().browser()!.newContext();
  const other = await stranger.newPage();
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await other.goto(reportPath);
    await other.getByLabel("Passcode").fill(`guess-${attempt}`);
    await other.getByRole("button", { name: "Open the report" }).click();
    await expect(other.getByRole("heading", { name: "This report is not available" })).toBeVisible();
  }
  await expectNotAvailable(other, reportPath);
  // A stranger's guesses must not evict the board member who already unlocked the report.
  await page.goto(reportPath);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/fractional/i);
  const pdf = await page.request.get(`${reportPath}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  await stranger.close();
});

test("the PDF is a real PDF with the recommendation, and withheld free text stays out of page and PDF", async ({ page, request }) => {
  const secret = "Quarterly close depends on one analyst named Jordan";
  const rows = [...pureFractionalV2Scenario.rows, row("constraint_definition", { kind: "custom", title: secret, area: "finance", description: "Private detail" }, "c2")];
  const owner = await seedFinishedDiagnostic(request, rows);
  const reportPath = await seedShareLink(request, owner);
  await page.goto(reportPath);
  const html = await page.content();
  expect(html).not.toContain(secret);
  expect(html).not.toContain("Private detail");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download PDF" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^leadership-diagnostic-.+\.pdf$/);
  const bytes = await (await request.get(`${reportPath}/pdf`)).body();
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  expect(text).toMatch(/fractional/i);
  expect(text).not.toContain(secret);
  expect(text).not.toContain("Private detail");
});

test("pages carry a strict nonce-based Content-Security-Policy", async ({ request }) => {
  const first = await request.get("/");
  const second = await request.get("/");
  const policy = first.headers()["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(second.headers()["content-security-policy"]).not.toBe(policy);
  expect(first.headers()["permissions-policy"]).toContain("camera=()");
  const report = await request.get(`/r/${"Q".repeat(43)}`);
  expect(report.headers()["referrer-policy"]).toBe("no-referrer");
  expect(report.headers()["cache-control"]).toContain("no-store");
  expect(report.headers()["x-robots-tag"]).toContain("noindex");
});

test("on a phone the report's charts draw when the reader scrolls to them, and an undrawn chart prints as nothing", async ({ browser, request }) => {
  const owner = await seedFinishedDiagnostic(request, cooExitV2Scenario.rows);
  const reportPath = await seedShareLink(request, owner);
  const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
  const reader = await context.newPage();
  await reader.goto(reportPath);
  await expect(reader.getByRole("heading", { level: 1 })).toContainText("Scaffolded Ascent");
  const costs = reader.getByRole("region", { name: "Cost over time" });
  const drawn = costs.locator("svg.recharts-surface");
  const placeholder = costs.locator(".animate-pulse");
  await expect(placeholder).toHaveCount(1);
  await expect(drawn).toHaveCount(0);

  await reader.emulateMedia({ media: "print" });
  await expect(placeholder).toBeHidden();
  await reader.emulateMedia({ media: "screen" });

  // Scroll to the chart itself, as a reader does: the cost section is taller than a phone screen, so
  // bringing the section into view can leave its chart more than 200 px away, and it would not load.
  await placeholder.scrollIntoViewIfNeeded();
  await expect(drawn).toBeVisible();
  await expect(placeholder).toHaveCount(0);
  const constraints = reader.getByRole("region", { name: "Constraint by constraint" });
  await constraints.locator(".animate-pulse, svg.recharts-surface").first().scrollIntoViewIfNeeded();
  await expect(constraints.locator("svg.recharts-surface")).toBeVisible();
  await context.close();
});
