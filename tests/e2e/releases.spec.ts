import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import type { TAnswerRow } from "@/lib/diagnostic";
import { addResultRevision } from "@/tests/e2e/support/seed";
import { cooExitV2Scenario, respondentItems } from "@/tests/fixtures/scenarios-v2";

/**
 * Two audiences, two releases, for an intake whose company plans to replace the leader: the
 * leader's link never shows the plan or the failed-tenure costs; the board's link (with a
 * passcode) and its PDF show the board's release only; each release is previewed and confirmed,
 * pinned to a result revision, and withdrawn at once.
 */

const BOARD_ONLY = [/replac/i, /successor/i, /failed tenure/i, /failed-tenure/i, /Leadership Churn/i, /board report/i];

/** The COO intake, with the company planning to replace the leader and a search under way. */
const replacing: TAnswerRow[] = cooExitV2Scenario.rows.flatMap((row): TAnswerRow[] => {
  if (row.constraintId !== null) return [row];
  if (row.questionId === "retention_intent") return [{ ...row, value: "replace" }, { questionId: "successor_named", constraintId: null, value: "no" }];
  if (row.questionId === "intervention_current") return [{ ...row, value: "replace_executive" }, { questionId: "intervention_status", constraintId: null, value: "too_early" }];
  return [row];
});

async function created<T>(api: APIRequestContext, path: string, data: unknown): Promise<T> {
  const response = await api.post(path, { data });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as T;
}

/** A signed-in consultant (in the page's context) with a finished intake and a submitted self-view. */
async function consultantWithIntake(page: Page): Promise<{ id: string; leaderLink: string }> {
  const api = page.request;
  const credentials = { email: `releases-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`, password: "two-releases-1" };
  expect((await api.post("/api/auth/sign-up/email", { data: { name: "Ada Quinn", ...credentials } })).ok()).toBe(true);
  expect((await api.post("/api/auth/sign-in/email", { data: credentials })).ok()).toBe(true);
  const { id: clientId } = await created<{ id: string }>(api, "/api/workspace/clients", { name: "Fabrikam Retail" });
  const { id: leaderId } = await created<{ id: string }>(api, `/api/workspace/clients/${clientId}/leaders`, { name: "Casey Brooks", title: "COO" });
  const { id } = await created<{ id: string }>(api, "/api/workspace/diagnostics", { leaderId });
  for (const row of replacing) {
    const saved = await api.put(`/api/workspace/diagnostics/${id}/answers`, { data: row });
    expect(saved.ok(), `${row.questionId}: ${await saved.text()}`).toBe(true);
  }
  expect((await api.post(`/api/workspace/diagnostics/${id}/finish`)).ok()).toBe(true);

  // The leader answers their own view through their link; only then does it show a release.
  const { respondPath } = await created<{ respondPath: string }>(api, `/api/workspace/diagnostics/${id}/respondents`, { perspective: "self", name: "Casey" });
  const token = respondPath.split("/").pop() ?? "";
  for (const row of respondentItems(replacing)) expect((await api.put(`/api/respondents/${token}/answers`, { data: row })).ok()).toBe(true);
  expect((await api.post(`/api/respondents/${token}/finish`)).ok()).toBe(true);
  return { id, leaderLink: respondPath };
}

/** A report's text without its chart, which draws itself once loaded and so differs with timing, not content. */
const reportText = (report: Locator) =>
  report.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll("figure").forEach((figure) => figure.remove());
    return copy.textContent;
  });

function expectNoBoardOnlyContent(text: string) {
  for (const pattern of BOARD_ONLY) expect(text, `the leader sees ${pattern}`).not.toMatch(pattern);
}

test("the leader's release leaves out the plan to replace them; the board's shows it, by passcode and PDF; each is previewed, pinned and withdrawn", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const { id, leaderLink } = await consultantWithIntake(page);
  await page.goto(`/workspace/diagnostics/${id}/results`);

  // Release to the leader: the defaults leave both board matters unticked; the preview shows what goes out.
  const toLeader = page.getByRole("region", { name: "Release to the leader" });
  await expect(toLeader).toContainText("Not released");
  await expect(toLeader.getByLabel(/Show the leader the plan to replace them/)).not.toBeChecked();
  await expect(toLeader.getByLabel(/Show the leader the costs, which price a failed tenure/)).not.toBeChecked();
  await toLeader.getByRole("button", { name: "Preview what the leader will read" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Preview: what the leader will read" })).toBeVisible();
  const leaderPreview = page.getByRole("region", { name: "Preview of the report" });
  await expect(leaderPreview).toContainText("your report");
  expectNoBoardOnlyContent(await leaderPreview.innerText());
  const previewed = await reportText(leaderPreview.locator("article").first());
  await page.getByRole("button", { name: "Release to the leader" }).click();
  await expect(page.getByRole("region", { name: "Release to the leader" }).getByRole("status")).toHaveText("Released to the leader.");

  // The leader's link shows exactly what was previewed, titled for them, with no board matter and no PDF.
  const leaderContext = await browser.newContext();
  const leader = await leaderContext.newPage();
  await leader.goto(leaderLink);
  await expect(leader.getByText("Your consultant has released the results")).toBeVisible();
  const leaderReport = leader.locator("article").first();
  await expect(leaderReport).toContainText("Leadership intervention diagnostic · your report");
  expect(await reportText(leaderReport)).toBe(previewed);
  expectNoBoardOnlyContent(await leader.locator("main").innerText());
  await expect(leader.getByRole("link", { name: "Download PDF" })).toHaveCount(0);

  // No board link before the board's release: the leader's release does not open one.
  const SHARE = { label: "Board, June meeting", preparedBy: "Ada Quinn, Quinn Advisory", passcode: "board-2026", includeFreeText: true, acknowledged: true };
  expect((await page.request.post(`/api/workspace/diagnostics/${id}/share-links`, { data: SHARE })).status()).toBe(409);

  // Release to the board, through its preview.
  await page.getByRole("region", { name: "Release to the board" }).getByRole("button", { name: "Preview what the board will read" }).click();
  const boardPreview = page.getByRole("region", { name: "Preview of the report" });
  await expect(boardPreview).toContainText("board report");
  await expect(boardPreview).toContainText(/successor/i);
  await page.getByRole("button", { name: "Release to the board" }).click();
  await expect(page.getByRole("region", { name: "Release to the board" }).getByRole("status")).toHaveText("Released to the board.");
  const { reportPath } = await created<{ reportPath: string }>(page.request, `/api/workspace/diagnostics/${id}/share-links`, SHARE);

  // The board opens it with the passcode: the board report, with the plan; its PDF too.
  const boardContext = await browser.newContext();
  const board = await boardContext.newPage();
  await board.goto(reportPath);
  await board.getByLabel("Passcode").fill("board-2026");
  await board.getByRole("button", { name: "Open the report" }).click();
  await expect(board.locator("article").first()).toContainText("Leadership intervention diagnostic · board report");
  await expect(board.locator("article").first()).toContainText(/successor/i);
  const firstTitle = (await board.getByRole("heading", { level: 1 }).first().innerText()).trim();
  const pdf = await board.request.get(`${reportPath}/pdf`);
  expect(pdf.status()).toBe(200);
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(await pdf.body())), { mergePages: true });
  // The eyebrow is letter-spaced capitals: compare without the spaces.
  expect(text.replace(/\s+/g, "")).toContain("BOARDREPORT·CONFIDENTIAL");
  expect(text).toMatch(/successor/i);

  // A re-score changes nothing released: the panel says so, and only a new release shows it.
  addResultRevision(id, "Re-scored: a bridge to the successor");
  await page.goto(`/workspace/diagnostics/${id}/results`);
  const boardPanel = page.getByRole("region", { name: "Release to the board" });
  await expect(boardPanel).toContainText("A newer result exists than the one released");
  await expect(page.getByRole("region", { name: "Release to the leader" })).toContainText("A newer result exists than the one released");
  await board.reload();
  await expect(board.getByRole("heading", { level: 1 }).first()).toHaveText(firstTitle);
  await boardPanel.getByRole("button", { name: "Preview what the board will read and re-release" }).click();
  await page.getByRole("button", { name: "Release to the board" }).click();
  await expect(page.getByRole("region", { name: "Release to the board" })).not.toContainText("A newer result exists");
  await board.reload();
  await expect(board.getByRole("heading", { level: 1 }).first()).toHaveText("Re-scored: a bridge to the successor");
  // The leader's release stays pinned to what was released to them.
  await leader.reload();
  expect(await reportText(leader.locator("article").first())).toBe(previewed);

  // Withdraw the board's release: the link and its PDF are gone; the leader's release stays.
  await page.getByRole("region", { name: "Release to the board" }).getByRole("button", { name: "Withdraw from the board" }).click();
  await expect(page.getByRole("region", { name: "Release to the board" }).getByRole("status")).toHaveText("Withdrawn: every board link now shows “not available”.");
  await board.reload();
  await expect(board.getByRole("heading", { level: 1, name: "This report is not available" })).toBeVisible();
  expect((await board.request.get(`${reportPath}/pdf`)).status()).toBe(404);
  await leader.reload();
  await expect(leader.locator("article").first()).toBeVisible();

  // Withdraw the leader's: their link is back to waiting.
  await page.getByRole("region", { name: "Release to the leader" }).getByRole("button", { name: "Withdraw from the leader" }).click();
  await expect(page.getByRole("region", { name: "Release to the leader" }).getByRole("status")).toHaveText("Withdrawn: the leader's link no longer shows the report.");
  await leader.reload();
  await expect(leader.locator("article")).toHaveCount(0);
  await expect(leader.getByText("will release the results when they are ready")).toBeVisible();

  await leaderContext.close();
  await boardContext.close();
});

test("ticking the plan and the costs on purpose shows them to the leader", async ({ page }) => {
  const { id } = await consultantWithIntake(page);
  await page.goto(`/workspace/diagnostics/${id}/results`);
  const toLeader = page.getByRole("region", { name: "Release to the leader" });
  await toLeader.getByLabel(/Show the leader the plan to replace them/).check();
  await toLeader.getByLabel(/Show the leader the costs, which price a failed tenure/).check();
  await toLeader.getByRole("button", { name: "Preview what the leader will read" }).click();
  const preview = page.getByRole("region", { name: "Preview of the report" });
  await expect(preview).toContainText(/successor/i);
  await expect(preview.getByRole("heading", { name: "Cost of action against inaction" })).toBeVisible();
});
