import { expect, type Page } from "@playwright/test";
import { requireQuestionnaire, type TAnswerRow } from "@/lib/diagnostic";
import { constraintLabel } from "@/lib/diagnostic/plan-steps";
import { audienceFrom, isAsked, wordQuestion, type TAudience } from "@/lib/diagnostic/question-wording";
import type { TQuestion, TQuestionnaire } from "@/lib/diagnostic/schemas";

/**
 * Drives the questionnaire the way a person does: reads each prompt on screen (worded for who is
 * answering and about whom, as lib/diagnostic/question-wording does) and clicks the option whose
 * label matches the scenario's answer. The answers come from the same fixtures as the engine's
 * scenario tests. Works for every questionnaire version: steps are walked generically.
 */
export async function startDiagnostic(page: Page): Promise<string> {
  await page.goto("/");
  await page.getByRole("button", { name: "Start the diagnostic" }).click();
  await expect(page).toHaveURL(/\/d\/[A-Za-z0-9_-]{43}/);
  return new URL(page.url()).pathname.split("/")[2] ?? "";
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export async function waitUntilSaved(page: Page): Promise<void> {
  await expect(page.locator("[data-save-state]")).toHaveAttribute("data-save-state", "saved");
}

const diagnosticAnswer = (rows: readonly TAnswerRow[]) => (questionId: string) =>
  rows.find((r) => r.questionId === questionId && r.constraintId === null)?.value;

/** Whose words the pages use once the scenario's context is answered. */
export function scenarioAudience(rows: readonly TAnswerRow[]): TAudience {
  return audienceFrom(diagnosticAnswer(rows));
}

/** The prompt a question shows on screen once the scenario's context is answered (or for the given audience). */
export function promptOnScreen(version: string, questionId: string, rows: readonly TAnswerRow[], audience?: TAudience): string {
  const question = requireQuestionnaire(version).questions.find((candidate) => candidate.id === questionId);
  if (!question) throw new Error(`Question ${questionId} is not part of ${version}`);
  return wordQuestion(question, audience ?? scenarioAudience(rows)).prompt;
}

/** The question's field on screen, found by its worded prompt. */
export function questionField(page: Page, question: TQuestion, audience: TAudience) {
  const prompt = new RegExp(`^${escapeRegExp(wordQuestion(question, audience).prompt)}`);
  return question.kind === "single_choice" || question.kind === "scale_probe" ? page.getByRole("group", { name: prompt }) : page.getByLabel(prompt);
}

async function answerQuestion(page: Page, question: TQuestion, value: unknown, audience: TAudience): Promise<void> {
  const field = questionField(page, question, audience);
  await expect(field, `question ${question.id} is on screen`).toBeVisible();
  if (question.kind === "single_choice" || question.kind === "scale_probe") {
    const label = question.options.find((o) => o.value === value)?.label;
    if (label === undefined) throw new Error(`${question.id} has no option ${String(value)}`);
    await field.getByRole("radio", { name: label, exact: true }).check();
  } else {
    await field.fill(String(value));
    await field.blur();
  }
}

/** The section of the step on screen, from its heading; null for a per-constraint step (titled after the constraint). */
async function sectionOnScreen(page: Page, q: TQuestionnaire): Promise<string | null> {
  const heading = (await page.getByRole("heading", { level: 1 }).first().textContent())?.trim() ?? "";
  return q.sections.find((s) => s.id !== "probes" && s.title === heading)?.id ?? null;
}

export type TAnswerStepOptions = { audience?: TAudience };

/**
 * Answers every question of the current step that the scenario answers. For a diagnostic-level step
 * (constraintId null), only the questions of the section on screen, and only those the rules ask
 * (e.g. no retention question for a self-assessment): each of those must be on screen.
 */
export async function answerCurrentStep(
  page: Page,
  version: string,
  rows: readonly TAnswerRow[],
  constraintId: string | null,
  options: TAnswerStepOptions = {},
): Promise<void> {
  // A click before the page's script has taken over changes the page but saves nothing: wait for it.
  await expect(page.locator("[data-wizard-ready]")).toBeAttached();
  const q = requireQuestionnaire(version);
  const answerOf = diagnosticAnswer(rows);
  const audience = options.audience ?? audienceFrom(answerOf);
  const section = constraintId === null ? await sectionOnScreen(page, q) : "probes";
  for (const row of rows.filter((r) => r.constraintId === constraintId)) {
    const question = q.questions.find((candidate) => candidate.id === row.questionId);
    if (!question || question.kind === "constraint_picker") continue;
    if (question.section !== section) continue;
    if (question.scope === "diagnostic" && !isAsked(q, question, answerOf)) continue;
    await answerQuestion(page, question, row.value, audience);
  }
}

export async function addConstraints(page: Page, version: string, rows: readonly TAnswerRow[]): Promise<void> {
  const q = requireQuestionnaire(version);
  for (const row of rows.filter((r) => r.questionId === "constraint_definition")) {
    const definition = row.value as { kind: string; title?: string; description?: string; area?: string };
    if (definition.kind === "custom") {
      await page.getByRole("radio", { name: /^Something else/ }).check();
      await page.getByLabel(/^Short title/).fill(definition.title ?? "");
      if (definition.area) await page.getByLabel("Where does it sit?").selectOption(definition.area);
    } else {
      await page.getByRole("radio", { name: new RegExp(`^${escapeRegExp(constraintLabel(q, definition))}`) }).check();
    }
    if (definition.description) await page.getByLabel(/^What does it look like here/).fill(definition.description);
    await page.getByRole("button", { name: "Add constraint" }).click();
    await expect(page.getByRole("listitem").filter({ hasText: constraintLabel(q, definition) })).toBeVisible();
  }
}

export async function next(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Next" }).click();
}

const STEP_COUNTER = /Step (\d+) of (\d+)/;

async function stepNumber(page: Page): Promise<number> {
  const text = (await page.getByText(STEP_COUNTER).first().textContent()) ?? "";
  return Number(STEP_COUNTER.exec(text)?.[1] ?? 0);
}

/** Answers the steps from the one on screen up to "Review and finish" (or "Review and submit"), pressing Next after each. */
export async function answerUntilReview(page: Page, version: string, rows: readonly TAnswerRow[], options: TAnswerStepOptions = {}): Promise<void> {
  const q = requireQuestionnaire(version);
  const slots = [...new Set(rows.filter((r) => r.questionId === "constraint_definition" && r.constraintId).map((r) => r.constraintId as string))].sort(
    (a, b) => q.constraintSlots.indexOf(a) - q.constraintSlots.indexOf(b),
  );
  for (let guard = 0; guard < 40; guard += 1) {
    const heading = page.getByRole("heading", { level: 1 }).first();
    await expect(heading).toBeVisible();
    const title = (await heading.textContent())?.trim() ?? "";
    if (/^Review and (finish|submit)$/.test(title)) return;
    const at = await stepNumber(page);
    const section = await sectionOnScreen(page, q);
    if (section === "constraints") {
      await addConstraints(page, version, rows);
    } else if (section !== null) {
      await answerCurrentStep(page, version, rows, null, options);
    } else {
      const loop = /Constraint (\d+) of (\d+)/.exec((await page.getByText(/Constraint \d+ of \d+/).first().textContent()) ?? "");
      const slot = slots[Number(loop?.[1] ?? 0) - 1];
      if (!slot) throw new Error(`Step "${title}" is neither a section nor a constraint of the scenario`);
      await answerCurrentStep(page, version, rows, slot, options);
    }
    await next(page);
    await expect.poll(() => stepNumber(page), { message: `Next leaves step ${at} ("${title}")` }).toBeGreaterThan(at);
  }
  throw new Error("The questionnaire never reached its review step");
}

/** From the step on screen (normally the first) to the results page, answering as the scenario does. */
export async function completeDiagnostic(page: Page, version: string, rows: readonly TAnswerRow[], options: TAnswerStepOptions = {}): Promise<void> {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await answerUntilReview(page, version, rows, options);
  await expect(page.getByRole("heading", { level: 1, name: "Review and finish" })).toBeVisible();
  await waitUntilSaved(page);
  await page.getByRole("button", { name: "Finish and see results" }).click();
  await expect(page).toHaveURL(/\/results$/);
}
