import { expect, test, type Page } from "@playwright/test";
import { answerUntilReview, completeDiagnostic, waitUntilSaved } from "@/tests/e2e/support/questionnaire";
import { ceoViewOfCooV2 as ceoView, cooExitV2Scenario } from "@/tests/fixtures/scenarios-v2";

const uniqueEmail = () => `consultant-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;


async function signUpWithIntake(page: Page): Promise<string> {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Ada Quinn");
  await page.getByLabel("Email").fill(uniqueEmail());
  await page.getByLabel("Password").fill("respondent-flow-1");
  await page.getByRole("button", { name: "Create account" }).click();

  const branding = page.getByRole("region", { name: "Report branding" });
  await branding.getByLabel("Name on reports").fill("Quinn Advisory");
  await branding.getByLabel("Hex").fill("#ffee00");
  await branding.getByRole("button", { name: "Save branding" }).click();
  await expect(branding.getByRole("alert")).toContainText("too light");
  await branding.getByLabel("Hex").fill("#5b2a86");
  await branding.getByRole("button", { name: "Save branding" }).click();
  await expect(branding.getByRole("status")).toContainText("Saved");

  await page.getByLabel("Organization").fill("Fabrikam Retail");
  await page.getByRole("button", { name: "Add client" }).click();
  const client = page.getByRole("list", { name: "Clients" }).getByRole("listitem").filter({ hasText: "Fabrikam Retail" }).first();
  await client.getByLabel("Leader's name").fill("Casey Brooks");
  await client.getByLabel("Title").fill("COO");
  await client.getByRole("button", { name: "Add leader" }).click();
  await page.getByRole("button", { name: "Start an intake session for Casey Brooks" }).click();
  await expect(page).toHaveURL(/\/workspace\/diagnostics\/[0-9a-f-]{36}/);
  await completeDiagnostic(page, cooExitV2Scenario.version, cooExitV2Scenario.rows);
  return new URL(page.url()).pathname;
}

async function invite(page: Page, perspective: string, name: string): Promise<string> {
  const panel = page.getByRole("region", { name: "Respondents" });
  await panel.getByLabel("Perspective").selectOption({ label: perspective });
  await panel.getByLabel(/^Name/).fill(name);
  await panel.getByRole("button", { name: "Invite respondent" }).click();
  return panel.getByRole("textbox", { name: `Personal link for ${name}` }).inputValue();
}

test("a consultant invites a second respondent, sees the perception gap, releases the report and a board member opens it", async ({ page, browser }) => {
  // A whole engagement in one test: about 45 s alone, more beside another worker.
  test.setTimeout(120_000);
  const resultsPath = await signUpWithIntake(page);
  const panel = page.getByRole("region", { name: "Respondents" });
  await expect(panel).toContainText("No one invited yet");

  const ceoLink = await invite(page, "Manager or CEO", "Morgan, CEO");
  // A single manager is a named perspective: no anonymity warning.
  await expect(panel).not.toContainText("will be withheld");
  const boardLink = await invite(page, "Board member", "Lee, board");
  await expect(panel.getByRole("listitem").filter({ hasText: "Morgan, CEO" })).toContainText("Not answered yet");
  // A lone board member is warned about at invite time, not discovered in the report.
  await expect(panel).toContainText("Board members and peers: 1 invited, so their answers will be withheld.");
  await expect(panel).toContainText("Invite 2 more. Otherwise a group of two is shown only if both agree");

  // The CEO answers in a browser of their own.
  const ceoContext = await browser.newContext();
  const ceo = await ceoContext.newPage();
  await ceo.goto(ceoLink);
  await expect(ceo.getByText("Invited by Quinn Advisory")).toBeVisible();
  await expect(ceo.getByText(/view of Casey Brooks, COO/)).toBeVisible();
  await expect(ceo.getByText(/can be attributed to you/)).toBeVisible();
  // One step per constraint, asked about the leader by name.
  await expect(ceo.getByText(/Constraint 1 of 2/)).toBeVisible();
  await expect(ceo.getByText(/part \d of/)).toHaveCount(0);
  await expect(ceo.getByRole("group", { name: /^Casey Brooks's own habits keep this going/ })).toBeVisible();
  await answerUntilReview(ceo, cooExitV2Scenario.version, ceoView, { audience: { self: false, leaderName: "Casey Brooks" } });
  await expect(ceo.getByRole("heading", { level: 1, name: "Review and submit" })).toBeVisible();
  await waitUntilSaved(ceo);
  await ceo.getByRole("button", { name: "Submit answers" }).click();
  await expect(ceo.getByRole("heading", { level: 1, name: "Thank you" })).toBeVisible();
  await expect(ceo.getByText("Quinn Advisory will take it from here.")).toBeVisible();
  const locked = await ceo.request.put(`/api/respondents/${ceoLink.split("/respond/")[1]}/answers`, {
    data: { questionId: "k_leader", constraintId: "c1", value: 3 },
  });
  expect(locked.status()).toBe(409);
  await ceoContext.close();

  // The consultant sees who answered and the gap; a lone board member is withheld, not shown.
  await page.reload();
  await expect(panel.getByRole("listitem").filter({ hasText: "Morgan, CEO" })).toContainText("Answered");
  await expect(panel.getByRole("listitem").filter({ hasText: "Lee, board" })).toContainText("Not answered yet");
  const perspectives = page.getByRole("region", { name: "Perspectives and perception gaps" });
  await expect(perspectives.getByRole("table").first()).toContainText("Manager or CEO");
  // The CEO's answer now counts in the verdict, which says whose views it rests on; the intake's
  // own reading (dual) is a perception gap on the class beside it, and the split on the leader's
  // habits (severely against not at all) is named to be settled before acting.
  const restsOnBoth = "This verdict rests on the facilitated intake (a board member) and the manager or CEO.";
  await expect(page.getByTestId("verdict-basis")).toHaveText(`Whose view: ${restsOnBoth}`);
  await expect(page.getByTestId("verdict-splits")).toContainText("Views split on “Decisions keep going up to the CEO or founder”");
  await expect(perspectives).toContainText("Facilitated intake (a board member): dual, where the verdict reads execution.");
  // The consultant can leave the CEO out of the verdict; it is then compared, not counted.
  await perspectives.getByLabel(/^Manager or CEO/).uncheck();
  await perspectives.getByRole("button", { name: "Save and score again" }).click();
  await expect(perspectives.getByRole("status")).toHaveText("Saved. The verdict above was scored again on these views.");
  await expect(page.getByTestId("verdict-basis")).toContainText(
    "This verdict rests on the facilitated intake (a board member) alone. Compared with it, not counted: the manager or CEO.",
  );
  await perspectives.getByLabel(/^Manager or CEO/).check();
  await perspectives.getByRole("button", { name: "Save and score again" }).click();
  await expect(page.getByTestId("verdict-basis")).toHaveText(`Whose view: ${restsOnBoth}`);
  expect(boardLink).toMatch(/\/respond\/[A-Za-z0-9_-]{43}$/);

  // Nothing is shareable before release; then release with the chosen sections and share.
  await expect(page.getByRole("region", { name: "Share with your board" })).toHaveCount(0);
  const release = page.getByRole("region", { name: "Release to the board" });
  await release.getByLabel("Methodology appendix").uncheck();
  await release.getByRole("button", { name: "Preview what the board will read" }).click();
  await page.getByRole("button", { name: "Release to the board" }).click();
  await expect(release.getByRole("status")).toHaveText("Released to the board.");
  await expect(release).toContainText("Board links show this release, and only this one.");
  page.once("dialog", (dialog) => void dialog.accept());
  await panel.getByRole("button", { name: "Withdraw Morgan, CEO" }).click();
  await expect(panel.getByRole("alert")).toContainText("part of the released report");
  await expect(panel.getByRole("listitem").filter({ hasText: "Morgan, CEO" })).toBeVisible();
  const share = page.getByRole("region", { name: "Share with your board" });
  await share.getByLabel("Label").fill("Board, April meeting");
  await share.getByLabel(/^Prepared by/).fill("Ada Quinn, Quinn Advisory");
  await share.getByLabel(/anyone holding this link can read the report/).check();
  await share.getByRole("button", { name: "Create share link" }).click();
  const reportLink = await share.getByRole("textbox", { name: "New share link" }).inputValue();
  expect(resultsPath).toMatch(/\/results$/);

  const boardContext = await browser.newContext();
  const reader = await boardContext.newPage();
  await reader.goto(reportLink);
  await expect(reader.getByText("Quinn Advisory", { exact: true })).toBeVisible();
  await expect(reader.getByRole("heading", { name: "Perspectives and perception gaps" })).toBeVisible();
  await expect(reader.getByText("Facilitated intake (a board member): dual, where the verdict reads execution.")).toBeVisible();
  await expect(reader.getByTestId("verdict-basis")).toContainText("the manager or CEO");
  await expect(reader.getByRole("heading", { name: "Appendix: methodology" })).toHaveCount(0);
  await expect(reader.getByText("Morgan, CEO")).toHaveCount(0);
  await boardContext.close();

  // The client's export carries respondents, release and notes, and round-trips through an import.
  await page.goto("/workspace");
  const exportPath = await page.getByRole("link", { name: "Export Fabrikam Retail as JSON" }).getAttribute("href");
  const exported = await (await page.request.get(exportPath ?? "")).json();
  const diagnostic = exported.leaders[0].diagnostics[0];
  const boardRelease = diagnostic.releases.find((r: { audience: string }) => r.audience === "board");
  expect(boardRelease.sections).not.toContain("methodology");
  expect(diagnostic.respondents.map((r: { name: string; submittedAt: string | null }) => [r.name, r.submittedAt !== null])).toEqual([
    ["Morgan, CEO", true],
    ["Lee, board", false],
  ]);
  expect(JSON.stringify(exported)).not.toContain(ceoLink.split("/respond/")[1]);
  const imported = await page.request.post("/api/workspace/import", { data: exported });
  expect(imported.status()).toBe(201);
  const { id: importedId } = (await imported.json()) as { id: string };
  const again = await (await page.request.get(`/api/workspace/clients/${importedId}/export?format=json`)).json();
  expect(again.leaders).toEqual(exported.leaders);
});

test("respondent links refuse other questions, other constraints, and unknown tokens", async ({ page }) => {
  await signUpWithIntake(page);
  const link = await invite(page, "The leader (self-view)", "Casey");
  const token = link.split("/respond/")[1] ?? "";
  const put = (data: unknown) => page.request.put(`/api/respondents/${token}/answers`, { data });
  expect((await put({ questionId: "deadline", constraintId: null, value: "6" })).status()).toBe(400);
  expect((await put({ questionId: "p_load", constraintId: null, value: 2 })).status()).toBe(400);
  expect((await put({ questionId: "probe_b_pressure", constraintId: "c1", value: 2 })).status()).toBe(400);
  expect((await put({ questionId: "k_leader", constraintId: "c4", value: 2 })).status()).toBe(400);
  expect((await put({ questionId: "k_leader", constraintId: "c1", value: 9 })).status()).toBe(400);
  expect((await put({ questionId: "k_leader", constraintId: "c1", value: 2 })).status()).toBe(200);
  expect((await page.request.post(`/api/respondents/${token}/finish`)).status()).toBe(400);
  expect((await page.request.put(`/api/respondents/${"x".repeat(43)}/answers`, { data: { questionId: "k_leader", constraintId: "c1", value: 2 } })).status()).toBe(404);
  await page.goto(`/respond/${"x".repeat(43)}`);
  await expect(page.getByRole("heading", { level: 1, name: "This link does not work" })).toBeVisible();
});
