import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { assembleDiagnosticInput, ENGINE_VERSION, PREVIOUS_QUESTIONNAIRE_VERSION, runDiagnostic, type TAnswerRow } from "@/lib/diagnostic";
import { createSecretToken } from "@/lib/secret-token";
import { answerCurrentStep, completeDiagnostic, escapeRegExp, next, promptOnScreen, startDiagnostic, waitUntilSaved } from "@/tests/e2e/support/questionnaire";
import { cooExitScenario } from "@/tests/fixtures/scenarios";
import { selfAssessmentV2Scenario, vpSalesCeoV2Scenario, vpSalesThreeConstraintsV2Scenario } from "@/tests/fixtures/scenarios-v2";
import { seedFinishedDiagnostic } from "@/tests/e2e/support/seed";

/**
 * Questionnaire v2 journeys: who answers changes the words on screen and which questions are asked;
 * the results open with the decision. A diagnostic stored under v1 keeps opening, rendering and
 * re-pricing under v1.
 */

/** What engine v2 decides for a scenario: the page must show these words. */
function decisionFor(version: string, rows: readonly TAnswerRow[]) {
  const assembled = assembleDiagnosticInput(version, rows);
  if (!assembled.ok) throw new Error(assembled.errors.join(" "));
  const { decision } = runDiagnostic(assembled.input);
  if (!decision) throw new Error("A v2 result has a decision");
  return decision;
}

async function expectDecisionFirst(page: Page, version: string, rows: readonly TAnswerRow[]): Promise<void> {
  const decision = decisionFor(version, rows);
  // The page's title is the decision itself.
  const title = page.getByRole("heading", { level: 1, name: decision.primary.title, exact: true });
  await expect(title).toBeVisible();
  await expect(page.getByText(decision.primary.sentence).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "First 30 days" })).toBeVisible();
  const firstStep = decision.firstThirtyDays[0] ?? "";
  await expect(page.getByText(firstStep, { exact: true }).first()).toBeVisible();
  // The decision comes before the detail: its title is the first heading about the result after the page's own.
  const decisionTop = (await title.boundingBox())?.y ?? Infinity;
  const costsTop = (await page.getByRole("heading", { name: /Cost of action/ }).first().boundingBox())?.y ?? -Infinity;
  expect(decisionTop).toBeLessThan(costsTop);
}

test("a leader assesses themself on v2: first-person questions, no retention question, and results that open with the decision", async ({ page }) => {
  const { version, rows } = selfAssessmentV2Scenario;
  await startDiagnostic(page);
  await expect(page.getByRole("heading", { level: 1, name: "Context" })).toBeVisible();
  await answerCurrentStep(page, version, rows, null);
  await expect(page.getByRole("group", { name: /^Which function do you run\?/ })).toBeVisible();
  await expect(page.getByLabel(/^What is your title\?/)).toHaveValue("VP of Product");
  await expect(page.getByRole("group", { name: /^How does this role compare with what you have run before\?/ })).toBeVisible();
  await expect(page.getByRole("group", { name: /^What does the company intend/ })).toHaveCount(0);
  await expect(page.getByText(/What does the company intend/)).toHaveCount(0);
  await waitUntilSaved(page);
  await next(page);

  await expect(page.getByRole("heading", { level: 1, name: "Leadership habits" })).toBeVisible();
  await expect(page.getByRole("group", { name: /^Under pressure, I stay composed and keep my team focused\./ })).toBeVisible();
  await expect(page.getByRole("group", { name: /^I redo or hold on to work that my team should own\./ })).toBeVisible();
  await expect(page.getByText(/the leader/i)).toHaveCount(0);

  // The walk answers each question by its first-person prompt, so every step's wording is checked on the way.
  await completeDiagnostic(page, version, rows);
  await expectDecisionFirst(page, version, rows);
  await expect(page.getByText(/develops you on delegation/).first()).toBeVisible();

  // The retention question was never asked, and is not needed to finish.
  const token = new URL(page.url()).pathname.split("/")[2] ?? "";
  const stored = (await (await page.request.get(`/api/diagnostics/${token}`)).json()) as { questionnaireVersion: string; answers: { questionId: string }[] };
  expect(stored.questionnaireVersion).toBe(version);
  expect(stored.answers.map((a) => a.questionId)).not.toContain("retention_intent");
});

test("a CEO answers about their VP of Sales on v2: every question names the VP of Sales, and the results open with the decision", async ({ page }) => {
  const { version, rows } = vpSalesCeoV2Scenario;
  await startDiagnostic(page);
  await answerCurrentStep(page, version, rows, null);
  await expect(page.getByRole("group", { name: /^Which function does the VP of Sales run\?/ })).toBeVisible();
  await expect(page.getByRole("group", { name: /^What does the company intend for the VP of Sales\?/ })).toBeVisible();
  await next(page);

  await expect(page.getByRole("heading", { level: 1, name: "Leadership habits" })).toBeVisible();
  await expect(page.getByText(/Eight questions on the VP of Sales.s leadership habits/)).toBeVisible();
  const composure = promptOnScreen(version, "p_composure", rows);
  expect(composure).toBe("Under pressure, the VP of Sales stays composed and keeps the team focused.");
  await expect(page.getByRole("group", { name: new RegExp(`^${escapeRegExp(composure)}`) })).toBeVisible();
  await expect(page.getByText(/\bthe leader\b/)).toHaveCount(0);

  await answerCurrentStep(page, version, rows, null);
  await next(page);
  await expect(page.getByRole("heading", { level: 1, name: "What already works" })).toBeVisible();
  await next(page);
  await expect(page.getByRole("heading", { level: 1, name: "Constraints" })).toBeVisible();
  await completeDiagnostic(page, version, rows);
  await expectDecisionFirst(page, version, rows);
  await expect(page.getByText("Scaffolded Ascent").first()).toBeVisible();
});

test("the per-constraint step of v2 asks its eight items in one step, labelled Constraint N of M, in the audience's words", async ({ page }) => {
  const { version, rows } = vpSalesCeoV2Scenario;
  const token = await startDiagnostic(page);
  const definitions = rows.filter((r) => r.constraintId === null || r.questionId === "constraint_definition");
  for (const row of definitions) expect((await page.request.put(`/api/diagnostics/${token}/answers`, { data: row })).ok()).toBe(true);
  await page.goto(`/d/${token}?step=c1-evidence`);
  await expect(page.getByText(/Constraint 1 of 2/)).toBeVisible();
  await expect(page.getByText(/part \d of/)).toHaveCount(0);
  await expect(page.getByRole("group").filter({ has: page.getByRole("radio") })).toHaveCount(8);
  const attribution = promptOnScreen(version, "k_attribution", rows);
  expect(attribution).toContain("the VP of Sales");
  await expect(page.getByRole("group", { name: new RegExp(`^${escapeRegExp(attribution)}`) })).toBeVisible();
});

/**
 * A diagnostic answered under v1 before v2 shipped, written straight into the e2e server's SQLite
 * file (the API only starts v2 diagnostics): the row, its v1 answers and its resume link's hash.
 */
function seedV1Diagnostic(rows: readonly TAnswerRow[]): { token: string; hash: string } {
  const { token, hash } = createSecretToken();
  const id = randomUUID();
  const at = new Date(Date.now() - 30 * 24 * 3600 * 1000).toISOString();
  const db = new Database(`data/e2e-${process.env.E2E_RUN_ID}.db`);
  try {
    db.transaction(() => {
      db.prepare(`INSERT INTO "Diagnostic" ("id", "questionnaireVersion", "status", "createdAt", "updatedAt", "resumeTokenHash") VALUES (?, ?, 'in_progress', ?, ?, ?)`).run(
        id,
        PREVIOUS_QUESTIONNAIRE_VERSION,
        at,
        at,
        hash,
      );
      const answer = db.prepare(`INSERT INTO "Answer" ("id", "diagnosticId", "questionId", "constraintId", "value", "answeredAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?)`);
      for (const row of rows) answer.run(randomUUID(), id, row.questionId, row.constraintId ?? "", JSON.stringify(row.value), at, at);
    })();
  } finally {
    db.close();
  }
  return { token, hash };
}

test("a diagnostic stored under v1 still opens in v1's steps, finishes and renders under v1, and re-prices", async ({ page }) => {
  expect(cooExitScenario.version).toBe(PREVIOUS_QUESTIONNAIRE_VERSION);
  const { token, hash } = seedV1Diagnostic(cooExitScenario.rows);

  const opened = (await (await page.request.get(`/api/diagnostics/${token}`)).json()) as { status: string; questionnaireVersion: string; answers: unknown[] };
  expect(opened).toMatchObject({ status: "in_progress", questionnaireVersion: PREVIOUS_QUESTIONNAIRE_VERSION });
  expect(opened.answers).toHaveLength(cooExitScenario.rows.length);

  // v1's own steps and words: two parts per constraint, the old urgency question.
  await page.goto(`/d/${token}?step=c1-behavioral`);
  await expect(page.getByText(/Constraint 1 of 1 · part 1 of 2/)).toBeVisible();
  await page.goto(`/d/${token}?step=context`);
  await expect(page.getByRole("group", { name: /^How soon must this be solved/ })).toBeVisible();
  await expect(page.getByRole("group", { name: /^Is there a date by which/ })).toHaveCount(0);

  // Every v1 answer is there, so the page opens on the review, and finishing scores under v1.
  await page.goto(`/d/${token}`);
  await expect(page.getByRole("heading", { level: 1, name: "Review and finish" })).toBeVisible();
  await waitUntilSaved(page);
  await page.getByRole("button", { name: "Finish and see results" }).click();
  await expect(page).toHaveURL(/\/results$/);
  await expect(page.getByText("Scaffolded Ascent").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: /Cost of action/ }).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "First 30 days" })).toHaveCount(0);

  const db = new Database(`data/e2e-${process.env.E2E_RUN_ID}.db`, { readonly: true });
  const results = () =>
    db
      .prepare(`SELECT r."revision", r."questionnaireVersion", r."engineVersion" FROM "DiagnosticResult" r JOIN "Diagnostic" d ON d."id" = r."diagnosticId" WHERE d."resumeTokenHash" = ? ORDER BY r."revision"`)
      .all(hash);
  try {
    expect(results()).toEqual([{ revision: 1, questionnaireVersion: PREVIOUS_QUESTIONNAIRE_VERSION, engineVersion: ENGINE_VERSION }]);

    // Re-pricing a v1 result stores a new v1 revision; the page keeps rendering it.
    const repriced = await page.request.put(`/api/diagnostics/${token}/assumptions`, { data: { answers: [{ questionId: "econ_monthly_at_risk", value: 400_000 }] } });
    expect(repriced.status(), await repriced.text()).toBe(200);
    expect(await repriced.json()).toMatchObject({ revision: 2 });
    expect(results()).toEqual([
      { revision: 1, questionnaireVersion: PREVIOUS_QUESTIONNAIRE_VERSION, engineVersion: ENGINE_VERSION },
      { revision: 2, questionnaireVersion: PREVIOUS_QUESTIONNAIRE_VERSION, engineVersion: ENGINE_VERSION },
    ]);
  } finally {
    db.close();
  }
  await page.reload();
  await expect(page.getByText("Scaffolded Ascent").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "First 30 days" })).toHaveCount(0);
});

test("three constraints: the decision, why and all three constraints fit in about three screens at 1280 px", async ({ page }) => {
  const scenario = vpSalesThreeConstraintsV2Scenario;
  const token = await seedFinishedDiagnostic(page.request, scenario.rows);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/d/${token}/results`);
  await expectDecisionFirst(page, scenario.version, scenario.rows);
  const section = page.getByRole("region", { name: "Constraints" });
  await expect(section.getByRole("article")).toHaveCount(3);
  // The details (warnings, blueprint, costs) start after the constraints; everything above them, from
  // the top of the page, is at most three and a half screens of 800 px.
  const warnings = await page.getByRole("heading", { level: 2, name: "Warnings" }).boundingBox();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(warnings).not.toBeNull();
  expect(((warnings?.y ?? Infinity) + scrolled) / 800).toBeLessThanOrEqual(3.5);
});
