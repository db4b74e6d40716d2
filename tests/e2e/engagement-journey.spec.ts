import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import type { TAnswerRow } from "@/lib/diagnostic";
import { answerUntilReview, waitUntilSaved } from "@/tests/e2e/support/questionnaire";
import { cooExitV2Scenario, HEALTHY_PROFILE } from "@/tests/fixtures/scenarios-v2";
import { linkIn, type TReceivedEmail } from "@/tests/support/test-smtp-server";

/**
 * One engagement as a coaching firm sells it, from a fresh consultant: the intake, the leader and a
 * board of two invited by email, each answering in a browser of their own (the board members agree
 * to be shown as a group of two), the verdict resting on the views it counts with the gaps beside
 * it, and a re-assessment that starts from the last one, asks the same people again and shows the
 * change. The two releases, by preview, passcode and PDF, are proved in releases.spec.ts.
 */

const unique = (who: string) => `${who}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;

async function received(to: string): Promise<TReceivedEmail[]> {
  const response = await fetch(`http://127.0.0.1:${process.env.E2E_SMTP_HTTP_PORT}/messages?to=${encodeURIComponent(to)}`);
  return (await response.json()) as TReceivedEmail[];
}

async function created<T>(api: APIRequestContext, path: string, data: unknown): Promise<T> {
  const response = await api.post(path, { data });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as T;
}

/** A board member who sees the system, not the COO's habits, on both constraints. */
/** The constraint rows of the intake (definitions included: the questionnaire helper finds each step by its constraint). */
const constraintRows: TAnswerRow[] = cooExitV2Scenario.rows.filter((r) => r.constraintId !== null);

const boardView: TAnswerRow[] = constraintRows.map((r) =>
  r.questionId === "k_leader" ? { ...r, value: 0 } : r.questionId === "k_attribution" ? { ...r, value: 3 } : r,
);

async function answerFromEmail(browser: Browser, email: string, rows: readonly TAnswerRow[], options: { consent?: boolean; self?: boolean } = {}) {
  await expect.poll(async () => (await received(email)).length).toBeGreaterThan(0);
  const [invitation] = await received(email);
  if (!invitation) throw new Error(`no invitation for ${email}`);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(linkIn(invitation));
  if (options.consent) {
    await page.getByLabel(/^Show our two answers as the board members' view/).check();
    await page.getByRole("button", { name: "Save my choice" }).click();
    await expect(page.getByTestId("consent-state")).toContainText("you agree to a group of two");
  }
  await answerUntilReview(page, cooExitV2Scenario.version, rows, { audience: { self: options.self ?? false, leaderName: "Casey Brooks" } });
  await waitUntilSaved(page);
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Thank you" })).toBeVisible();
  await context.close();
}

test("a firm's engagement: email invitations, a consented board of two in the verdict, and a re-assessment that carries over and shows the change", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Ada Quinn");
  await page.getByLabel("Email").fill(unique("ada"));
  await page.getByLabel("Password").fill("engagement-journey-1");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/workspace$/);
  const api = page.request;
  const { id: clientId } = await created<{ id: string }>(api, "/api/workspace/clients", { name: "Fabrikam Retail" });
  const { id: leaderId } = await created<{ id: string }>(api, `/api/workspace/clients/${clientId}/leaders`, { name: "Casey Brooks", title: "COO" });
  const { id } = await created<{ id: string }>(api, "/api/workspace/diagnostics", { leaderId });
  for (const row of cooExitV2Scenario.rows) expect((await api.put(`/api/workspace/diagnostics/${id}/answers`, { data: row })).ok()).toBe(true);
  expect((await api.post(`/api/workspace/diagnostics/${id}/finish`)).ok()).toBe(true);

  // Invite the leader and two board members by email.
  await page.goto(`/workspace/diagnostics/${id}/results`);
  await expect(page.getByTestId("engagement-assessment")).toContainText("Fabrikam Retail · Assessment 1");
  const panel = page.getByRole("region", { name: "Respondents" });
  const people = [
    { perspective: "The leader (self-view)", name: "Casey", email: unique("casey") },
    { perspective: "Board member", name: "Dana, board", email: unique("dana") },
    { perspective: "Board member", name: "Eli, board", email: unique("eli") },
  ];
  for (const p of people) {
    await panel.getByLabel("Perspective").selectOption({ label: p.perspective });
    await panel.getByLabel(/^Name/).fill(p.name);
    await panel.getByLabel("Email (optional)").fill(p.email);
    await panel.getByRole("button", { name: "Invite respondent" }).click();
    await expect(panel.getByRole("status")).toContainText(`Invitation emailed to ${p.email}.`);
  }
  // Two board members: warned at invite time, with consent as the way out.
  await expect(panel).toContainText("Board members and peers: 2 invited, so their answers will be withheld.");

  const [casey, dana, eli] = people;
  await answerFromEmail(browser, casey!.email, constraintRows, { self: true });
  await answerFromEmail(browser, dana!.email, boardView, { consent: true });
  await answerFromEmail(browser, eli!.email, boardView, { consent: true });

  // The consented board of two is shown and counted; the self-view is compared; gaps sit beside the verdict.
  await page.reload();
  const perspectives = page.getByRole("region", { name: "Perspectives and perception gaps" });
  await expect(perspectives.getByRole("table").first()).toContainText("Board members, shown with their consent (2)");
  await expect(page.getByTestId("verdict-basis")).toHaveText(
    "Whose view: This verdict rests on the facilitated intake (a board member) and 2 board members. Compared with it, not counted: the leader's self-view.",
  );
  // The leader reads their own habits into it; the counted views do not: a gap on the class itself.
  await expect(perspectives).toContainText("Self-view: dual, where the verdict reads execution.");
  await expect(page.getByTestId("verdict-splits")).toContainText("Views split on");

  // A quarter later: re-assess. It starts from the last one, and the same people are asked again.
  await page.goto("/workspace");
  await page.getByRole("button", { name: /^Re-assess Casey Brooks/ }).click();
  await expect(page).toHaveURL(/\/workspace\/diagnostics\/[^/]+$/);
  await expect(page.getByTestId("carried-over")).toContainText("Started from assessment 1");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Leadership habits");
  const second = new URL(page.url()).pathname.split("/").at(-1)!;
  const healthy: Record<string, unknown> = HEALTHY_PROFILE;
  const rated = cooExitV2Scenario.rows.filter((r) => r.questionId.startsWith("k_") || r.questionId in healthy);
  for (const row of rated) {
    const value = row.questionId.startsWith("k_") ? 0 : healthy[row.questionId];
    expect((await api.put(`/api/workspace/diagnostics/${second}/answers`, { data: { ...row, value } })).ok()).toBe(true);
  }
  expect((await api.post(`/api/workspace/diagnostics/${second}/finish`)).ok()).toBe(true);

  await page.goto(`/workspace/diagnostics/${second}/results`);
  await expect(page.getByTestId("engagement-assessment")).toContainText("Assessment 2 of 2");
  const change = page.getByRole("region", { name: /^Change since assessment 1/ });
  await expect(change).toContainText("2 improved");
  const again = page.getByRole("region", { name: "Ask the same people again" });
  await expect(again).toContainText("Dana, board");
  await again.getByRole("button", { name: "Invite all 3 again" }).click();
  await expect(again.getByRole("textbox", { name: "Personal link for Eli, board" })).toHaveValue(/\/respond\/[A-Za-z0-9_-]{43}$/);
  // Emailed to the address of their last invitation.
  await expect.poll(async () => (await received(eli!.email)).length).toBe(2);
  await expect(panel.getByRole("listitem").filter({ hasText: "Eli, board" })).toContainText("Emailed");
});
