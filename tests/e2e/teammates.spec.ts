import { expect, test } from "@playwright/test";
import { invite, signUpWith, teamEmail } from "@/tests/e2e/support/team";

/**
 * Teammates: an owner invites a colleague by email (the owner's pages without JavaScript, every form
 * posts); the colleague signs up through the link in a second browser and works in the owner's
 * workspace as a member; removal ends their access on the very next request.
 */
test("an owner invites a colleague who signs up through the link, sees the owner's clients, and loses access the moment they are removed", async ({ browser }) => {
  test.setTimeout(120_000);
  const ownerContext = await browser.newContext({ javaScriptEnabled: false });
  const ownerEmail = teamEmail("olivia");
  await signUpWith(ownerContext.request, "Olivia", ownerEmail);
  const created = await ownerContext.request.post("/api/workspace/clients", { data: { name: "Fabrikam Retail" } });
  expect(created.status()).toBe(201);
  const { id: clientId } = (await created.json()) as { id: string };

  // The owner invites from the Team page, with plain form posts.
  const owner = await ownerContext.newPage();
  await owner.goto("/workspace");
  await owner.getByRole("link", { name: "Team" }).click();
  await expect(owner.getByRole("heading", { level: 1, name: "Team" })).toBeVisible();
  const colleagueEmail = teamEmail("colin");
  await owner.getByLabel("Colleague's email").fill(colleagueEmail);
  await owner.getByRole("button", { name: "Create invitation link" }).click();
  await expect(owner.getByRole("status")).toContainText("Invitation created");
  const linkPath = await owner.getByLabel(/Invitation link for/).inputValue();
  expect(linkPath).toMatch(/^(https?:\/\/[^/]+)?\/invitations\/[A-Za-z0-9_-]{43}$/);
  await expect(owner.getByRole("list", { name: "Pending invitations" })).toContainText(colleagueEmail);
  // At 360 px the page does not scroll sideways.
  await owner.setViewportSize({ width: 360, height: 780 });
  expect(await owner.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await owner.setViewportSize({ width: 1280, height: 800 });

  // The colleague opens the link in another browser, creates an account and comes back to join.
  const colleagueContext = await browser.newContext();
  const colleague = await colleagueContext.newPage();
  await colleague.goto(new URL(linkPath, "http://x").pathname);
  await expect(colleague.getByRole("heading", { level: 1, name: "Join Olivia's workspace" })).toBeVisible();
  await colleague.getByRole("link", { name: "Create an account" }).click();
  await expect(colleague).toHaveURL(/\/sign-up\?next=%2Finvitations%2F/);
  await colleague.getByLabel("Your name").fill("Colin");
  await colleague.getByLabel("Email").fill(colleagueEmail);
  await colleague.getByLabel("Password").fill("colin-password-1");
  await colleague.getByRole("button", { name: "Create account" }).click();
  await expect(colleague).toHaveURL(/\/invitations\//);
  await colleague.getByRole("button", { name: "Join Olivia's workspace" }).click();
  await expect(colleague).toHaveURL(/\/workspace$/);
  await expect(colleague.getByRole("heading", { level: 1, name: "Olivia's workspace" })).toBeVisible();
  await expect(colleague.getByRole("heading", { name: "Fabrikam Retail" })).toBeVisible();

  // A member does the consulting work, but not the owner's.
  const api = colleagueContext.request;
  expect((await api.get(`/api/workspace/clients/${clientId}/export?format=json`)).status()).toBe(200);
  expect((await api.post(`/api/workspace/clients/${clientId}/leaders`, { data: { name: "Casey Brooks", title: "COO" } })).status()).toBe(201);
  expect((await api.delete(`/api/workspace/clients/${clientId}`)).status()).toBe(403);
  expect((await api.put("/api/workspace/branding", { data: { name: "Colin Advisory", color: "#5b2a86", logo: null } })).status()).toBe(403);
  expect((await api.post("/api/workspace/team/invitations", { form: { email: teamEmail("planted") }, headers: { Accept: "application/json" } })).status()).toBe(403);
  await colleague.goto("/workspace/team");
  await expect(colleague.getByText("You are a member of this workspace.")).toBeVisible();
  await expect(colleague.getByRole("button", { name: "Create invitation link" })).toHaveCount(0);

  // The link works once.
  await colleague.goto(new URL(linkPath, "http://x").pathname);
  await expect(colleague.getByText("This invitation has already been used.")).toBeVisible();

  // The owner sees the member, then removes them after confirming.
  await owner.goto("/workspace/team");
  const row = owner.getByRole("list", { name: "Members" }).getByRole("listitem").filter({ hasText: colleagueEmail });
  await expect(row).toContainText("Member · joined");
  await row.getByText("Remove…").click();
  await row.getByRole("button", { name: "Yes, remove Colin" }).click();
  await expect(owner.getByRole("status")).toContainText("Member removed");
  await expect(owner.getByRole("list", { name: "Members" })).not.toContainText(colleagueEmail);

  // The colleague's very next page load and API call are signed out.
  await colleague.goto(`/workspace`);
  await expect(colleague).toHaveURL(/\/sign-in$/);
  expect((await api.get(`/api/workspace/clients/${clientId}/export?format=json`)).status()).toBe(401);
  await ownerContext.close();
  await colleagueContext.close();
});

test("a signed-in owner with a busy workspace is told why they cannot join, and the last owner cannot step down", async ({ browser }) => {
  const ownerContext = await browser.newContext();
  await signUpWith(ownerContext.request, "Priya", teamEmail("priya"));
  const busyContext = await browser.newContext();
  const busyEmail = teamEmail("vic");
  await signUpWith(busyContext.request, "Vic", busyEmail);
  expect((await busyContext.request.post("/api/workspace/clients", { data: { name: "Vic's own client" } })).status()).toBe(201);
  const { invitePath } = await invite(ownerContext.request, busyEmail);

  const page = await busyContext.newPage();
  await page.goto(invitePath);
  await expect(page.getByText(/already holds a workspace with clients or colleagues/)).toBeVisible();
  await expect(page.getByRole("button", { name: /^Join/ })).toHaveCount(0);
  // Without JavaScript the sign-in form posts, and still comes back to the invitation (never to another site).
  const plain = await browser.newContext({ javaScriptEnabled: false });
  const plainPage = await plain.newPage();
  await plainPage.goto(invitePath);
  await plainPage.getByRole("link", { name: "Sign in", exact: true }).click();
  await plainPage.getByLabel("Email").fill(busyEmail);
  await plainPage.getByLabel("Password").fill("vic-password-1");
  await plainPage.getByRole("button", { name: "Sign in" }).click();
  await expect(plainPage).toHaveURL(new RegExp(`${invitePath}$`));
  await expect(plainPage.getByText(/already holds a workspace with clients or colleagues/)).toBeVisible();
  await plainPage.goto("/sign-in?next=//evil.example/");
  await plainPage.getByLabel("Email").fill(busyEmail);
  await plainPage.getByLabel("Password").fill("vic-password-1");
  await plainPage.getByRole("button", { name: "Sign in" }).click();
  await expect(plainPage).toHaveURL(/\/workspace$/);
  await plain.close();

  const refused = await busyContext.request.post(`${invitePath.replace("/invitations/", "/api/invitations/")}/accept`);
  expect(refused.status()).toBe(409);

  const ownerPage = await ownerContext.newPage();
  await ownerPage.goto("/workspace/team");
  await expect(ownerPage.getByText("The only owner: make someone else an owner before changing this role.")).toBeVisible();
  // Revoking the invitation kills the link at once.
  await ownerPage.getByRole("button", { name: `Revoke the invitation of ${busyEmail}` }).click();
  await expect(ownerPage.getByRole("status")).toContainText("Invitation revoked");
  expect((await busyContext.request.get(invitePath)).status()).toBe(404);
  await ownerContext.close();
  await busyContext.close();
});
