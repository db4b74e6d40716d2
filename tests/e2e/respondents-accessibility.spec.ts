import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page, type TestInfo } from "@playwright/test";
import type { TAnswerRow } from "@/lib/diagnostic";
import { waitUntilSaved } from "@/tests/e2e/support/questionnaire";
import { ceoViewOfCooV2 as ceoView, cooExitV2Scenario, respondentItems } from "@/tests/fixtures/scenarios-v2";

/**
 * The consultant flow added with respondents, perception gaps, release and branding, page by page:
 * no serious or critical axe violation, and no sideways scrolling of the page. Tagged @phone, so it
 * runs at desktop size and again at 360 px wide (the "phone" project).
 *
 * The setup goes through the same JSON APIs the pages call; only sign-up uses the form, so the
 * session cookie lands in the page's own context.
 */

const uniqueEmail = () => `a11y-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;


const RESPONDENT_NAMES = ["Morgan, CEO", "Lee, board"];

async function created<T>(response: Awaited<ReturnType<APIRequestContext["post"]>>): Promise<T> {
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as T;
}

async function answerAsRespondent(request: APIRequestContext, token: string, rows: readonly TAnswerRow[]): Promise<void> {
  for (const row of respondentItems(rows)) {
    const saved = await request.put(`/api/respondents/${token}/answers`, { data: row });
    expect(saved.ok(), await saved.text()).toBe(true);
  }
}

/** Scans the page as it is now, and checks it does not scroll sideways. Soft, so one run reports every page. */
async function checkPage(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect.soft(serious.map((v) => `${name}: ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), `axe on ${name}`).toEqual([]);
  const width = await page.evaluate(() => {
    const client = document.documentElement.clientWidth;
    // The outermost elements that reach past the right edge (outside any scroll box), to say what overflows.
    const past = (el: Element | null) => !!el && el.getBoundingClientRect().right > client + 0.5;
    const scrolled = (el: HTMLElement) => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) if (getComputedStyle(up).overflowX !== "visible") return true;
      return false;
    };
    const wide = [...document.body.querySelectorAll<HTMLElement>("*")].filter((el) => past(el) && !past(el.parentElement) && !scrolled(el));
    const describe = (el: HTMLElement) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${[...el.classList].slice(0, 4).join(".")} "${(el.textContent ?? "").trim().slice(0, 40)}"`;
    return { scroll: document.documentElement.scrollWidth, client, wide: wide.slice(0, 5).map(describe) };
  });
  expect.soft(width.scroll, `${name} scrolls sideways at ${width.client} px: ${width.wide.join("; ")}`).toBeLessThanOrEqual(width.client);
}

test("workspace branding, intake results with a perception gap, the respondent's pages and the released board report pass an accessibility scan @phone", async ({ page }, testInfo) => {
  test.setTimeout(120_000);

  // Consultant: account, branding, client, leader, a finished intake.
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Ada Quinn");
  await page.getByLabel("Email").fill(uniqueEmail());
  await page.getByLabel("Password").fill("respondent-a11y-1");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/workspace$/);
  const api = page.request;
  const branding = await api.put("/api/workspace/branding", { data: { name: "Quinn Advisory", color: "#5b2a86", logo: null } });
  expect(branding.ok(), await branding.text()).toBe(true);
  const client = await created<{ id: string }>(await api.post("/api/workspace/clients", { data: { name: "Fabrikam Retail" } }));
  const leader = await created<{ id: string }>(await api.post(`/api/workspace/clients/${client.id}/leaders`, { data: { name: "Casey Brooks", title: "COO" } }));
  const intake = await created<{ id: string }>(await api.post("/api/workspace/diagnostics", { data: { leaderId: leader.id } }));
  for (const row of cooExitV2Scenario.rows) {
    const saved = await api.put(`/api/workspace/diagnostics/${intake.id}/answers`, { data: row });
    expect(saved.ok(), await saved.text()).toBe(true);
  }
  expect((await api.post(`/api/workspace/diagnostics/${intake.id}/finish`)).ok()).toBe(true);

  // Two respondents: the CEO answers and submits; the board member has not started.
  const invite = async (perspective: string, name: string, extra: Record<string, string> = {}) =>
    (await created<{ respondPath: string }>(await api.post(`/api/workspace/diagnostics/${intake.id}/respondents`, { data: { perspective, name, ...extra } }))).respondPath;
  const ceoPath = await invite("manager", "Morgan, CEO");
  // The board member is invited by email with a due date, so the scan covers the email states too.
  const boardPath = await invite("board", "Lee, board", { email: "lee.board@example.com", dueDate: new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10) });
  const tokenOf = (path: string) => path.split("/respond/")[1] ?? "";
  await answerAsRespondent(api, tokenOf(ceoPath), ceoView);
  expect((await api.post(`/api/respondents/${tokenOf(ceoPath)}/finish`)).ok()).toBe(true);

  // The workspace with branding set.
  await page.goto("/workspace");
  const brandingRegion = page.getByRole("region", { name: "Report branding" });
  await expect(brandingRegion.getByLabel("Name on reports")).toHaveValue("Quinn Advisory");
  await expect(brandingRegion.getByLabel("Hex")).toHaveValue("#5b2a86");
  await checkPage(page, testInfo, "workspace-branding");

  // The intake results: one submitted respondent, one not started, and the gap.
  const resultsPath = `/workspace/diagnostics/${intake.id}/results`;
  await page.goto(resultsPath);
  const respondents = page.getByRole("region", { name: "Respondents" });
  await expect(respondents.getByRole("listitem").filter({ hasText: "Morgan, CEO" })).toContainText("Answered");
  await expect(respondents.getByRole("listitem").filter({ hasText: "Lee, board" })).toContainText("Not answered yet");
  const perspectives = page.getByRole("region", { name: "Perspectives and perception gaps" });
  await expect(perspectives).toContainText("Facilitated intake (a board member): dual, where the verdict reads execution.");
  await expect(page.getByRole("region", { name: "Release to the leader" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Release to the board" })).toBeVisible();
  await checkPage(page, testInfo, "intake-results");

  // The preview that confirms a release, as the leader would read it.
  await page.goto(`/workspace/diagnostics/${intake.id}/releases/leader`);
  await expect(page.getByRole("button", { name: "Release to the leader" })).toBeVisible();
  await checkPage(page, testInfo, "release-preview-leader");
  await page.goto(resultsPath);

  // Release, then the share-links panel appears on the same page.
  expect((await api.post(`/api/workspace/diagnostics/${intake.id}/release`, { data: { sections: ["perspectives", "constraints", "blueprint", "costs", "methodology"] } })).ok()).toBe(true);
  const share = await created<{ reportPath: string }>(
    await api.post(`/api/workspace/diagnostics/${intake.id}/share-links`, {
      data: { label: "Board, April meeting", preparedBy: "Ada Quinn, Quinn Advisory", acknowledged: true },
    }),
  );
  await page.goto(resultsPath);
  await expect(page.getByRole("region", { name: "Release to the board" })).toContainText("Released");
  await expect(page.getByRole("region", { name: "Share with your board" })).toContainText("Board, April meeting");
  await checkPage(page, testInfo, "intake-results-released");

  // The leader's progress page with its handoff checklist.
  await page.goto(`/workspace/leaders/${leader.id}`);
  await expect(page.getByRole("region", { name: "Handoff readiness" }).getByRole("checkbox").first()).toBeVisible();
  await checkPage(page, testInfo, "leader-progress-handoff");
  await page.goto("/workspace/diagnostics");
  await expect(page.getByRole("region", { name: "Diagnostics found" }).getByRole("link", { name: "Casey Brooks" })).toBeVisible();
  await checkPage(page, testInfo, "dashboard");

  // From here on, the people the consultant invited: no consultant session.
  await page.context().clearCookies();

  // The board member's link: a question step, then (all answered, not yet submitted) the review step.
  await page.goto(boardPath);
  await expect(page.getByText("Invited by Quinn Advisory")).toBeVisible();
  await expect(page.getByText(/Constraint 1 of 2/)).toBeVisible();
  await expect(page.getByRole("radio").first()).toBeVisible();
  await checkPage(page, testInfo, "respondent-question-step");
  await answerAsRespondent(page.request, tokenOf(boardPath), ceoView);
  await page.goto(boardPath);
  await expect(page.getByRole("heading", { level: 1, name: "Review and submit" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Submit answers" })).toBeVisible();
  await waitUntilSaved(page);
  await checkPage(page, testInfo, "respondent-review-step");

  // The CEO's link after submitting.
  await page.goto(ceoPath);
  await expect(page.getByRole("heading", { level: 1, name: "Thank you" })).toBeVisible();
  await checkPage(page, testInfo, "respondent-thank-you");

  // The released board report, with perspectives and no respondent's name.
  await page.goto(share.reportPath);
  await expect(page.getByRole("heading", { name: "Perspectives and perception gaps" })).toBeVisible();
  await expect(page.getByText("Facilitated intake (a board member): dual, where the verdict reads execution.")).toBeVisible();
  for (const name of RESPONDENT_NAMES) await expect(page.getByText(name)).toHaveCount(0);
  await checkPage(page, testInfo, "board-report");
});
