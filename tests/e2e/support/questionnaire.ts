import { expect, type Page } from "@playwright/test";
import { requireQuestionnaire, type TAnswerRow } from "@/lib/diagnostic";
import { constraintLabel } from "@/lib/diagnostic/plan-steps";

/**
 * Drives the questionnaire the way a person does: reads each prompt on screen and clicks the
 * option whose label matches the scenario's answer. The answers come from the same fixtures as
 * the engine's scenario tests.
 */
export async function startDiagnostic(page: Page): Promise<string> {
  await page.goto("/");
  await page.getByRole("button", { name: "Start the diagnostic" }).click();
  await expect(page).toHaveURL(/\/d\/[A-Za-z0-9_-]{43}/);
  return new URL(page.url()).pathname.split("/")[2] ?? "";
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export async function waitUntilSaved(page: Page): Promise<void> {
  await expect(page.locator("[data-save-state]")).toHaveAttribute("data-save-state", "saved");
}

/** Answers every question shown on the current step that the scenario answers. */
export async function answerCurrentStep(page: Page, version: string, rows: readonly TAnswerRow[], constraintId: string | null): Promise<void> {
  const q = requireQuestionnaire(version);
  for (const row of rows.filter((r) => r.constraintId === constraintId)) {
    const question = q.questions.find((candidate) => candidate.id === row.questionId);
    if (!question || question.kind === "constraint_picker") continue;
    const prompt = new RegExp(`^${escape(question.prompt)}`);
    if (question.kind === "single_choice" || question.kind === "scale_probe") {
      const group = page.getByRole("group", { name: prompt });
      if ((await group.count()) === 0) continue;
      const label = question.options.find((o) => o.value === row.value)?.label ?? "";
      await group.getByRole("radio", { name: label, exact: true }).check();
    } else {
      const field = page.getByLabel(prompt);
      if ((await field.count()) === 0) continue;
      await field.fill(String(row.value));
      await field.blur();
    }
  }
}

export async function addConstraints(page: Page, version: string, rows: readonly TAnswerRow[]): Promise<void> {
  const q = requireQuestionnaire(version);
  for (const row of rows.filter((r) => r.questionId === "constraint_definition")) {
    const definition = row.value as { kind: string; title?: string; description?: string };
    if (definition.kind === "custom") {
      await page.getByRole("radio", { name: /^Something else/ }).check();
      await page.getByLabel(/^Short title/).fill(definition.title ?? "");
    } else {
      await page.getByRole("radio", { name: new RegExp(`^${escape(constraintLabel(q, definition))}`) }).check();
    }
    if (definition.description) await page.getByLabel(/^What does it look like here/).fill(definition.description);
    await page.getByRole("button", { name: "Add constraint" }).click();
    await expect(page.getByRole("listitem").filter({ hasText: constraintLabel(q, definition) })).toBeVisible();
  }
}

export async function next(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Next" }).click();
}

/** From the first step to the results page, answering as the scenario does. */
export async function completeDiagnostic(page: Page, version: string, rows: readonly TAnswerRow[]): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: "Context" })).toBeVisible();
  await answerCurrentStep(page, version, rows, null);
  await next(page);
  await addConstraints(page, version, rows);
  await next(page);
  const slots = [...new Set(rows.filter((r) => r.constraintId).map((r) => r.constraintId))];
  for (const slot of slots) {
    for (let part = 0; part < 2; part += 1) {
      await expect(page.getByText(/Constraint \d of \d · part \d of 2/)).toBeVisible();
      await answerCurrentStep(page, version, rows, slot);
      await next(page);
    }
  }
  await answerCurrentStep(page, version, rows, null);
  await next(page);
  await answerCurrentStep(page, version, rows, null);
  await next(page);
  await expect(page.getByRole("heading", { level: 1, name: "Review and finish" })).toBeVisible();
  await waitUntilSaved(page);
  await page.getByRole("button", { name: "Finish and see results" }).click();
  await expect(page).toHaveURL(/\/results$/);
}
