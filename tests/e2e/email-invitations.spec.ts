import { expect, test, type APIRequestContext } from "@playwright/test";
import { answerUntilReview, waitUntilSaved } from "@/tests/e2e/support/questionnaire";
import { ceoViewOfCooV2 as ceoView, cooExitV2Scenario } from "@/tests/fixtures/scenarios-v2";
import { linkIn, type TReceivedEmail } from "@/tests/support/test-smtp-server";

/**
 * Invitations by email, end to end: the e2e server sends through the test SMTP server that
 * playwright.config.ts starts as its own process, and this spec reads the messages it received.
 */

const unique = (who: string) => `${who}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;

async function received(to: string): Promise<TReceivedEmail[]> {
  const response = await fetch(`http://127.0.0.1:${process.env.E2E_SMTP_HTTP_PORT}/messages?to=${encodeURIComponent(to)}`);
  return (await response.json()) as TReceivedEmail[];
}

async function created<T>(response: Awaited<ReturnType<APIRequestContext["post"]>>): Promise<T> {
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as T;
}

test("a consultant invites by email; the respondent answers through the emailed link; the consultant sees opened, answered and a reminder", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Ada Quinn");
  await page.getByLabel("Email").fill(unique("consultant"));
  await page.getByLabel("Password").fill("email-invitations-1");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/workspace$/);
  const api = page.request;
  expect((await api.put("/api/workspace/branding", { data: { name: "Quinn Advisory", color: "#5b2a86", logo: null } })).ok()).toBe(true);
  const client = await created<{ id: string }>(await api.post("/api/workspace/clients", { data: { name: "Fabrikam Retail" } }));
  const leader = await created<{ id: string }>(await api.post(`/api/workspace/clients/${client.id}/leaders`, { data: { name: "Casey Brooks", title: "COO" } }));
  const intake = await created<{ id: string }>(await api.post("/api/workspace/diagnostics", { data: { leaderId: leader.id } }));
  for (const row of cooExitV2Scenario.rows) expect((await api.put(`/api/workspace/diagnostics/${intake.id}/answers`, { data: row })).ok()).toBe(true);
  expect((await api.post(`/api/workspace/diagnostics/${intake.id}/finish`)).ok()).toBe(true);

  await page.goto(`/workspace/diagnostics/${intake.id}/results`);
  const panel = page.getByRole("region", { name: "Respondents" });
  await expect(panel).not.toContainText("Email is off");

  // Invite the CEO by email, due in a week.
  const ceoEmail = unique("morgan");
  const due = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  await panel.getByLabel("Perspective").selectOption({ label: "Manager or CEO" });
  await panel.getByLabel(/^Name/).fill("Morgan, CEO");
  await panel.getByLabel("Email (optional)").fill(ceoEmail);
  await panel.getByLabel("Due date (optional)").fill(due);
  await panel.getByRole("button", { name: "Invite respondent" }).click();
  await expect(panel.getByRole("status")).toContainText(`Invitation emailed to ${ceoEmail}.`);
  // The link is still shown to copy, even when emailed.
  const shown = await panel.getByRole("textbox", { name: "Personal link for Morgan, CEO" }).inputValue();
  const ceoRow = panel.getByRole("listitem").filter({ hasText: "Morgan, CEO" });
  await expect(ceoRow).toContainText(ceoEmail);
  await expect(ceoRow).toContainText("Emailed");
  await expect(ceoRow).toContainText("Not opened yet");
  await expect(ceoRow).toContainText("Due ");

  await expect.poll(async () => (await received(ceoEmail)).length).toBe(1);
  const [invitation] = await received(ceoEmail);
  if (!invitation) throw new Error("no invitation");
  expect(invitation.subject).toContain("Quinn Advisory asks for your view of Casey Brooks");
  expect(invitation.text).toContain("as their manager or CEO");
  expect(invitation.text).toContain("Please answer by:");
  const link = linkIn(invitation);
  expect(link.split("/respond/")[1]).toBe(shown.split("/respond/")[1]);

  // The CEO opens the emailed link in a browser of their own and answers.
  const ceoContext = await browser.newContext();
  const ceo = await ceoContext.newPage();
  await ceo.goto(link);
  await expect(ceo.getByText("Invited by Quinn Advisory")).toBeVisible();
  // The same promise about who sees the answers as in the email.
  const promise = /so they can be attributed to you\./;
  expect(invitation.text).toMatch(promise);
  await expect(ceo.getByText(promise)).toBeVisible();

  await page.reload();
  await expect(ceoRow).toContainText("Opened");
  await expect(ceoRow).not.toContainText("Not opened yet");

  await answerUntilReview(ceo, cooExitV2Scenario.version, ceoView, { audience: { self: false, leaderName: "Casey Brooks" } });
  await waitUntilSaved(ceo);
  await ceo.getByRole("button", { name: "Submit answers" }).click();
  await expect(ceo.getByRole("heading", { level: 1, name: "Thank you" })).toBeVisible();
  await ceoContext.close();

  await page.reload();
  await expect(ceoRow).toContainText("Answered");
  await expect(ceoRow.getByRole("button", { name: /^Remind/ })).toHaveCount(0);

  // A peer is invited by email and reminded: the reminder carries a new link; the first stops working.
  const peerEmail = unique("lee");
  await panel.getByLabel("Perspective").selectOption({ label: "Peer" });
  await panel.getByLabel(/^Name/).fill("Lee, peer");
  await panel.getByLabel("Email (optional)").fill(peerEmail);
  await panel.getByRole("button", { name: "Invite respondent" }).click();
  await expect(panel.getByRole("status")).toContainText(`Invitation emailed to ${peerEmail}.`);
  page.once("dialog", (dialog) => void dialog.accept());
  await panel.getByRole("button", { name: "Remind for Lee, peer" }).click();
  await expect(panel.getByRole("status")).toContainText(`Reminder emailed to ${peerEmail}; the previous link no longer works.`);
  await expect(panel.getByRole("listitem").filter({ hasText: "Lee, peer" })).toContainText("Reminded");

  await expect.poll(async () => (await received(peerEmail)).length).toBe(2);
  const [first, reminder] = await received(peerEmail);
  if (!first || !reminder) throw new Error("missing peer emails");
  expect(reminder.subject).toMatch(/^Reminder: /);
  expect(reminder.text).toContain("only once at least 3 have answered");
  const peerContext = await browser.newContext();
  const peer = await peerContext.newPage();
  await peer.goto(linkIn(first));
  await expect(peer.getByRole("heading", { level: 1, name: "This link does not work" })).toBeVisible();
  await peer.goto(linkIn(reminder));
  await expect(peer.getByText("Invited by Quinn Advisory")).toBeVisible();
  await expect(peer.getByText(/only once at least 3 have answered/)).toBeVisible();
  await peerContext.close();
});
