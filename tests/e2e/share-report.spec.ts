import { createHash } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { cooExitV2Scenario, pureFractionalV2Scenario, row } from "@/tests/fixtures/scenarios-v2";
import { expireShareLink, seedFinishedDiagnostic, seedShareLink } from "@/tests/e2e/support/seed";
import { ENGINE_V2_VERSION, QUESTIONNAIRE_V2_VERSION } from "@/lib/diagnostic";
import { TINY_PNG_LOGO } from "@/tests/fixtures/brand-logo";
import { expectOnlyOwnScripts } from "@/tests/e2e/support/kept-page";

const expectNotAvailable = async (page: Page, path: string) => {
  const response = await page.goto(path);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This report is not available" })).toBeVisible();
};

test("the owner shares a report, copies the link, a board member reads it in a fresh browser, and revoking closes it", async ({ page, request, browser }) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  const owner = await seedFinishedDiagnostic(request, cooExitV2Scenario.rows);
  await page.goto(`/d/${owner}/results`);
  const panel = page.getByRole("region", { name: "Share with your board" });
  await panel.getByLabel("Label").fill("Board, March meeting");
  await panel.getByLabel(/^Prepared by/).fill("Dana Reyes, Chair");
  // The acknowledgement says what a reader needs: with a passcode, the link and the passcode.
  await panel.getByLabel(/^Passcode/).fill("board-2026");
  await expect(panel.getByLabel("I understand that anyone holding this link and its passcode can read the report.")).toBeVisible();
  await panel.getByLabel(/^Passcode/).fill("");
  const acknowledgement = panel.getByLabel("I understand that anyone holding this link can read the report.");
  await acknowledgement.check();
  await panel.getByRole("button", { name: "Create share link" }).click();
  const link = await panel.getByRole("textbox", { name: "New share link" }).inputValue();
  expect(link).toMatch(/\/r\/[A-Za-z0-9_-]{43}$/);
  await panel.getByRole("button", { name: "Copy link" }).click();
  await expect(panel.getByRole("button", { name: "Copied" })).toBeVisible();
  await expect(panel.getByRole("status")).toHaveText("The link is on your clipboard.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

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

test("a wrong passcode stays on the passcode page with the attempts left, and a lock-out says when it ends, with and without JavaScript", async ({ page, request, browser }) => {
  const owner = await seedFinishedDiagnostic(request, pureFractionalV2Scenario.rows);
  const reportPath = await seedShareLink(request, owner, { passcode: "board-2026" });
  await page.goto(reportPath);
  await page.getByLabel("Passcode").fill("not-the-code");
  await page.getByRole("button", { name: "Open the report" }).click();
  // The link stays in the address bar, the form stays, and the message says what is left.
  await expect(page).toHaveURL(new RegExp(`${reportPath}\\?passcode=wrong$`));
  await expect(page.getByRole("alert").filter({ hasText: "passcode" })).toHaveText("That passcode is not right. 4 attempts left before the link is locked for 15 minutes.");
  await expect(page.getByLabel("Passcode")).toBeFocused();
  await page.getByLabel("Passcode").fill("board-2026");
  await page.getByRole("button", { name: "Open the report" }).click();
  await expect(page).toHaveURL(new RegExp(`${reportPath}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/fractional/i);

  // A stranger without JavaScript: the plain form posts and comes back the same way.
  const stranger = await browser.newContext({ javaScriptEnabled: false });
  const other = await stranger.newPage();
  await other.goto(reportPath);
  for (let attempt = 0; attempt < 4; attempt += 1) {
    await other.getByLabel("Passcode").fill(`guess-${attempt}`);
    await other.getByRole("button", { name: "Open the report" }).click();
    await expect(other).toHaveURL(new RegExp(`${reportPath}\\?passcode=wrong$`));
    await expect(other.getByRole("alert").filter({ hasText: "passcode" })).toContainText(`${4 - attempt} attempt${attempt === 3 ? "" : "s"} left`);
  }
  await other.getByLabel("Passcode").fill("guess-last");
  await other.getByRole("button", { name: "Open the report" }).click();
  await expect(other).toHaveURL(new RegExp(`${reportPath}$`));
  await expect(other.getByRole("heading", { level: 1, name: "This report is locked for now" })).toBeVisible();
  await expect(other.getByRole("status")).toContainText(/You can try again after \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC\./);
  await expect(other.getByRole("button", { name: "Open the report" })).toHaveCount(0);
  // The PDF stays closed to newcomers while the link is locked.
  expect((await other.request.get(`${reportPath}/pdf`)).status()).toBe(404);
  // A stranger's guesses must not evict the board member who already unlocked the report.
  await page.goto(reportPath);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/fractional/i);
  const pdf = await page.request.get(`${reportPath}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  await stranger.close();
});

test("a firm's branding: its logo and name on the passcode page, its colour on the report's button and accents, versions only in the appendix", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Ada Quinn");
  await page.getByLabel("Email").fill(`brand-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`);
  await page.getByLabel("Password").fill("brand-report-1");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/workspace$/);
  const api = page.request;
  const created = async <T,>(response: Awaited<ReturnType<typeof api.post>>) => {
    expect(response.status(), await response.text()).toBe(201);
    return (await response.json()) as T;
  };
  expect((await api.put("/api/workspace/branding", { data: { name: "Quinn Advisory", color: "#5b2a86", logo: TINY_PNG_LOGO } })).ok()).toBe(true);
  const client = await created<{ id: string }>(await api.post("/api/workspace/clients", { data: { name: "Fabrikam Retail" } }));
  const leader = await created<{ id: string }>(await api.post(`/api/workspace/clients/${client.id}/leaders`, { data: { name: "Casey Brooks", title: "COO" } }));
  const intake = await created<{ id: string }>(await api.post("/api/workspace/diagnostics", { data: { leaderId: leader.id } }));
  for (const answer of cooExitV2Scenario.rows) expect((await api.put(`/api/workspace/diagnostics/${intake.id}/answers`, { data: answer })).ok()).toBe(true);
  expect((await api.post(`/api/workspace/diagnostics/${intake.id}/finish`)).ok()).toBe(true);
  const released = await api.post(`/api/workspace/diagnostics/${intake.id}/release`, { data: { sections: ["constraints", "blueprint", "costs", "methodology"] } });
  expect(released.ok(), await released.text()).toBe(true);
  const { reportPath } = await created<{ reportPath: string }>(
    await api.post(`/api/workspace/diagnostics/${intake.id}/share-links`, {
      data: { label: "Board, April meeting", preparedBy: "Ada Quinn, Quinn Advisory", acknowledged: true, passcode: "april-board" },
    }),
  );

  const board = await browser.newContext();
  const reader = await board.newPage();
  await reader.goto(reportPath);
  // The passcode page: the firm's logo (a data: image the CSP allows, so it loads) and name, its colour on the button.
  const logo = reader.getByRole("img", { name: "Quinn Advisory logo" });
  await expect(logo).toBeVisible();
  expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(reader.getByText("Quinn Advisory", { exact: true })).toHaveCSS("color", "rgb(91, 42, 134)");
  const open = reader.getByRole("button", { name: "Open the report" });
  await expect(open).toHaveCSS("background-color", "rgb(91, 42, 134)");
  await expect(open).toHaveCSS("color", "rgb(255, 255, 255)");

  await reader.getByLabel("Passcode").fill("april-board");
  await open.click();
  await expect(reader.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(reader.getByRole("img", { name: "Quinn Advisory logo" })).toBeVisible();
  const download = reader.getByRole("link", { name: "Download PDF" });
  await expect(download).toHaveCSS("background-color", "rgb(91, 42, 134)");
  await expect(download).toHaveCSS("color", "rgb(255, 255, 255)");
  await expect(reader.getByText("Leadership intervention diagnostic · board report")).toHaveCSS("color", "rgb(91, 42, 134)");

  // The engine's version is for the appendix, not the reader's first look.
  const header = reader.locator("article > header");
  await expect(header).toContainText(/Prepared by Ada Quinn, Quinn Advisory · \d{1,2} [A-Z][a-z]{2} \d{4}/);
  const text = await reader.locator("main").innerText();
  const appendix = text.indexOf("Appendix: methodology");
  expect(appendix).toBeGreaterThan(0);
  expect(text.slice(0, appendix)).not.toContain(ENGINE_V2_VERSION);
  expect(text.slice(0, appendix)).not.toContain(QUESTIONNAIRE_V2_VERSION);
  await expect(reader.getByRole("region", { name: "Appendix: methodology" })).toContainText(`Questionnaire ${QUESTIONNAIRE_V2_VERSION} · engine ${ENGINE_V2_VERSION}`);
  const axe = await new AxeBuilder({ page: reader }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  await board.close();
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

test("pages rendered per request carry a fresh nonce policy; prerendered public pages allow only their own inline scripts, by hash", async ({ request }) => {
  const first = await request.get("/sign-in?next=/workspace");
  const second = await request.get("/sign-in?next=/workspace");
  const policy = first.headers()["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(second.headers()["content-security-policy"]).not.toBe(policy);
  expect(first.headers()["cache-control"]).toContain("no-store");
  expect(first.headers()["permissions-policy"]).toContain("camera=()");

  for (const path of ["/", "/methodology", "/sign-in", "/sign-up"]) {
    const page = await request.get(path);
    // Served from the build's file, not rendered for this request.
    expect(page.headers()["x-nextjs-prerender"], path).toBeTruthy();
    const staticPolicy = page.headers()["content-security-policy"] ?? "";
    const scripts = staticPolicy.match(/script-src ([^;]*)/)?.[1]?.split(" ") ?? [];
    expect(scripts, path).toContain("'self'");
    expect(scripts.filter((source) => source !== "'self'" && !source.startsWith("'sha256-")), path).toEqual([]);
    const html = await page.text();
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attributes]) => !/\bsrc=/.test(attributes ?? ""));
    expect(inline.length, path).toBeGreaterThan(0);
    for (const [, , body] of inline) expect(scripts, path).toContain(`'sha256-${createHash("sha256").update(body ?? "").digest("base64")}'`);
    expect(scripts.length, path).toBe(new Set(inline.map(([, , body]) => body)).size + 1);
  }

  const report = await request.get(`/r/${"Q".repeat(43)}`);
  expect(report.headers()["content-security-policy"]).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
  expect(report.headers()["referrer-policy"]).toBe("no-referrer");
  expect(report.headers()["cache-control"]).toContain("no-store");
  expect(report.headers()["x-robots-tag"]).toContain("noindex");
});

test("a board report is rendered once per content and served with its own scripts' hashes, and every view counts", async ({ page, request }) => {
  const owner = await seedFinishedDiagnostic(request, cooExitV2Scenario.rows);
  const reportPath = await seedShareLink(request, owner);
  const first = await request.get(reportPath);
  const second = await request.get(reportPath);
  expect([first.status(), second.status()]).toEqual([200, 200]);
  // The same document both times: a page rendered per request would carry a new nonce in its scripts.
  const html = await first.text();
  expect(await second.text()).toBe(html);
  const policy = first.headers()["content-security-policy"] ?? "";
  expectOnlyOwnScripts(html, policy);
  expect(first.headers()["cache-control"]).toContain("no-store");
  expect(first.headers()["referrer-policy"]).toBe("no-referrer");
  expect(first.headers()["x-robots-tag"]).toContain("noindex");

  // In a browser the served document runs: no script is refused and the charts draw.
  const refused: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) refused.push(message.text());
  });
  await page.goto(reportPath);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Scaffolded Ascent");
  const costs = page.getByRole("region", { name: "Cost over time" });
  await costs.scrollIntoViewIfNeeded();
  await expect(costs.locator("svg.recharts-surface")).toBeVisible({ timeout: 20_000 });
  expect(refused).toEqual([]);

  await page.goto(`/d/${owner}/results`);
  await expect(page.getByRole("list", { name: "Share links" }).getByRole("listitem").first()).toContainText("Viewed 3 times");
  // A new release, a withdrawal and a revoked link reach the next view: releases.spec.ts and the first test here.
});

test("the owner's results page is rendered once per result and allows only its own scripts; the board links and their views load after it, fresh on every visit", async ({ page, request }) => {
  const owner = await seedFinishedDiagnostic(request, cooExitV2Scenario.rows);
  const resultsPath = `/d/${owner}/results`;
  const first = await request.get(resultsPath);
  const second = await request.get(resultsPath);
  expect([first.status(), second.status()]).toEqual([200, 200]);
  const html = await first.text();
  expect(await second.text()).toBe(html);
  expectOnlyOwnScripts(html, first.headers()["content-security-policy"] ?? "");
  expect(first.headers()["cache-control"]).toContain("no-store");

  const refused: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) refused.push(message.text());
  });
  await page.goto(resultsPath);
  const panel = page.getByRole("region", { name: "Share with your board" });
  await expect(panel.getByText("No share links yet.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Keep it in an account" })).toContainText("Sign in");

  // A link made elsewhere and a view of it show on the next visit, though the page itself is the kept one.
  const reportPath = await seedShareLink(request, owner, { label: "Board, April" });
  expect((await request.get(reportPath)).status()).toBe(200);
  await page.reload();
  const listed = panel.getByRole("list", { name: "Share links" }).getByRole("listitem");
  await expect(listed).toHaveCount(1);
  await expect(listed.first()).toContainText("Board, April");
  await expect(listed.first()).toContainText("Viewed 1 time");
  expect(await (await request.get(resultsPath)).text()).toBe(html);
  expect(refused).toEqual([]);
});

test("when the owner's board links cannot be loaded, the panel says so and loads them on Try again", async ({ page, request }) => {
  const owner = await seedFinishedDiagnostic(request, cooExitV2Scenario.rows);
  await seedShareLink(request, owner, { label: "Board, May" });
  await page.route("**/share-links", (route) => route.abort());
  await page.goto(`/d/${owner}/results`);
  const panel = page.getByRole("region", { name: "Share with your board" });
  await expect(panel.getByRole("alert")).toContainText("Your share links could not be loaded.");
  await page.unroute("**/share-links");
  await panel.getByRole("button", { name: "Try again" }).click();
  await expect(panel.getByRole("list", { name: "Share links" }).getByRole("listitem").first()).toContainText("Board, May");
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
  // The chart's library loads only now; on a busy machine that takes longer than the default 5 s.
  await expect(drawn).toBeVisible({ timeout: 20_000 });
  await expect(placeholder).toHaveCount(0);
  const constraints = reader.getByRole("region", { name: "Constraint by constraint" });
  await constraints.locator(".animate-pulse, svg.recharts-surface").first().scrollIntoViewIfNeeded();
  await expect(constraints.locator("svg.recharts-surface")).toBeVisible({ timeout: 20_000 });
  await context.close();
});
