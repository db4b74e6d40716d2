import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { cooExitV2Scenario, pureFractionalV2Scenario } from "@/tests/fixtures/scenarios-v2";
import { answerCurrentStep, completeDiagnostic, next, startDiagnostic, waitUntilSaved } from "@/tests/e2e/support/questionnaire";

async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("an executive completes the diagnostic by clicking and sees the Scaffolded Ascent for the promoted COO", async ({ page }) => {
  await startDiagnostic(page);
  await completeDiagnostic(page, cooExitV2Scenario.version, cooExitV2Scenario.rows);
  await expect(page.getByText("Scaffolded Ascent").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: /Cost of action/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /How these results are calculated/ })).toHaveAttribute("href", "/methodology");
});

test("reloading mid-way keeps every answer and the current step", async ({ page }) => {
  await startDiagnostic(page);
  await answerCurrentStep(page, cooExitV2Scenario.version, cooExitV2Scenario.rows, null);
  await waitUntilSaved(page);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Context" })).toBeVisible();
  await expect(page.getByRole("group", { name: /^Who is answering/ }).getByRole("radio", { name: "A board member" })).toBeChecked();
  await next(page);
  await expect(page.getByRole("heading", { level: 1, name: "Leadership habits" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Leadership habits" })).toBeVisible();
});

test("the resume link continues in a fresh browser, which can finish the diagnostic", async ({ page, browser }) => {
  await startDiagnostic(page);
  await answerCurrentStep(page, pureFractionalV2Scenario.version, pureFractionalV2Scenario.rows, null);
  await waitUntilSaved(page);
  const resumeLink = await page.getByRole("textbox", { name: "Resume link" }).inputValue();
  expect(resumeLink).toMatch(/\/d\/[A-Za-z0-9_-]{43}$/);

  const other = await browser.newContext();
  const phone = await other.newPage();
  await phone.goto(resumeLink);
  await expect(phone.getByRole("heading", { level: 1, name: "Leadership habits" })).toBeVisible();
  await phone.getByRole("button", { name: "Back" }).click();
  await expect(phone.getByRole("heading", { level: 1, name: "Context" })).toBeVisible();
  await completeDiagnostic(phone, pureFractionalV2Scenario.version, pureFractionalV2Scenario.rows);
  await expect(phone.getByText(/Fractional/).first()).toBeVisible();
  await other.close();
});

test("bad writes are refused with a clear message and change nothing", async ({ page, request }) => {
  const token = await startDiagnostic(page);
  const endpoint = `/api/diagnostics/${token}/answers`;

  const unknown = await request.put(endpoint, { data: { questionId: "favourite_colour", constraintId: null, value: "blue" } });
  expect(unknown.status()).toBe(400);
  expect((await unknown.json()).error).toContain("is not part of questionnaire version");

  const outOfRange = await request.put(endpoint, { data: { questionId: "k_leader", constraintId: "c1", value: 9 } });
  expect(outOfRange.status()).toBe(400);

  const tooLong = await request.put(endpoint, { data: { questionId: "leader_title", constraintId: null, value: "x".repeat(121) } });
  expect(tooLong.status()).toBe(400);
  expect((await tooLong.json()).error).toContain("the limit is 120");

  const notJson = await request.put(endpoint, { data: "{oops", headers: { "Content-Type": "application/json" } });
  expect(notJson.status()).toBe(400);

  const oldQuestion = await request.put(endpoint, { data: { questionId: "urgency", constraintId: null, value: "high" } });
  expect(oldQuestion.status()).toBe(400);
  expect((await oldQuestion.json()).error).toContain("is not part of questionnaire version 2026-12.v2");

  const customWithoutArea = await request.put(endpoint, { data: { questionId: "constraint_definition", constraintId: "c1", value: { kind: "custom", title: "Board friction" } } });
  expect(customWithoutArea.status()).toBe(400);

  const unknownLink = await request.put(`/api/diagnostics/${"A".repeat(43)}/answers`, { data: { questionId: "deadline", constraintId: null, value: "6" } });
  expect(unknownLink.status()).toBe(404);

  await page.reload();
  await expect(page.getByRole("group", { name: /^Who is answering/ }).getByRole("radio", { checked: true })).toHaveCount(0);
});

test("without a constraint the diagnostic cannot finish, and the page says why", async ({ page }) => {
  const token = await startDiagnostic(page);
  await page.goto(`/d/${token}?step=review`);
  await expect(page.getByText("add at least one constraint")).toBeVisible();
  await page.getByRole("button", { name: "Finish and see results" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Add at least one constraint before finishing" })).toBeVisible();
});

test("a finished diagnostic refuses new answers, keeps its result, and can be deleted for good", async ({ page, request }) => {
  const token = await startDiagnostic(page);
  await completeDiagnostic(page, cooExitV2Scenario.version, cooExitV2Scenario.rows);
  const late = await request.put(`/api/diagnostics/${token}/answers`, { data: { questionId: "deadline", constraintId: null, value: "3" } });
  expect(late.status()).toBe(409);

  await page.getByRole("button", { name: "Delete this diagnostic" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete everything" }).click();
  await expect(page.getByRole("heading", { name: "Your diagnostic has been deleted" })).toBeVisible();
  const gone = await page.goto(`/d/${token}/results`);
  expect(gone?.status()).toBe(404);
});

test("a person using only the keyboard can answer a question and move on", async ({ page }) => {
  await startDiagnostic(page);
  const group = page.getByRole("group", { name: /^Who is answering/ });
  await group.getByRole("radio").first().focus();
  await page.keyboard.press("ArrowDown");
  await expect(group.getByRole("radio", { name: "Their manager or the CEO" })).toBeChecked();
  await waitUntilSaved(page);
});

test("landing page, a question step and the results page pass an accessibility scan @phone", async ({ page }) => {
  await page.goto("/");
  await expectNoSeriousA11yViolations(page);
  await startDiagnostic(page);
  await expectNoSeriousA11yViolations(page);
  await completeDiagnostic(page, cooExitV2Scenario.version, cooExitV2Scenario.rows);
  await expectNoSeriousA11yViolations(page);
});

test("free text is shown as typed, never run as markup", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  const title = `<img src=x onerror="alert(1)"> & <b>bold</b>`;
  await startDiagnostic(page);
  await page.goto(`${new URL(page.url()).pathname}?step=constraints`);
  await page.getByRole("radio", { name: /^Something else/ }).check();
  await page.getByLabel(/^Short title/).fill(title);
  await page.getByRole("button", { name: "Add constraint" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /area/ })).toBeVisible();
  await page.getByLabel("Where does it sit?").selectOption("leadership_system");
  await page.getByRole("button", { name: "Add constraint" }).click();
  await expect(page.getByText(title, { exact: false }).first()).toBeVisible();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  expect(dialogs).toBe(0);
  await expect(page.locator("img[src='x']")).toHaveCount(0);
});

test("an answer given while the connection drops is retried and saved", async ({ page }) => {
  const token = await startDiagnostic(page);
  let refused = 0;
  await page.route(`**/api/diagnostics/${token}/answers`, async (route) => {
    if (refused < 2) {
      refused += 1;
      await route.abort("internetdisconnected");
    } else {
      await route.continue();
    }
  });
  await page.getByRole("group", { name: /^Is there a date by which this must be solved/ }).getByRole("radio", { name: "Within 3 months" }).check();
  await expect(page.getByText(/Connection problem: retrying 1 unsaved answer/)).toBeVisible();
  await waitUntilSaved(page);
  await page.unroute(`**/api/diagnostics/${token}/answers`);
  await page.reload();
  await expect(page.getByRole("group", { name: /^Is there a date by which this must be solved/ }).getByRole("radio", { name: "Within 3 months" })).toBeChecked();
});
