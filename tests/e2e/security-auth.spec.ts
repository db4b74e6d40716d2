import { expect, test } from "@playwright/test";

/**
 * Issue 13 against the production server (`npm start`, which serves through scripts/start.ts):
 * no secret reaches a URL when a form is sent before JavaScript loads, and the addresses rate
 * limits key on come from the connection, not from headers the client writes.
 */
const uniqueEmail = () => `security-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
const PASSWORD = "a-long-enough-password";

test.describe("forms sent before JavaScript loads", () => {
  test.use({ javaScriptEnabled: false });

  test("sign-in posts: a wrong password comes back without the email or password in the URL", async ({ page }) => {
    const email = uniqueEmail();
    const password = "not-the-password-42";
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    const [request] = await Promise.all([page.waitForRequest((r) => r.url().includes("/api/auth/sign-in/email")), page.getByRole("button", { name: "Sign in" }).click()]);
    expect(request.method()).toBe("POST");
    await expect(page).toHaveURL(/\/sign-in\?problem=invalid$/);
    expect(page.url()).not.toContain(encodeURIComponent(email));
    expect(page.url()).not.toContain(password);
    await expect(page.getByRole("alert")).toContainText("do not match an account");
  });

  test("sign-up then sign-in work without JavaScript and land in the workspace", async ({ page }) => {
    const email = uniqueEmail();
    await page.goto("/sign-up");
    await page.getByLabel("Your name").fill("Jo No-Script");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/workspace$/);
    await expect(page.getByRole("heading", { level: 1, name: "Jo No-Script's workspace" })).toBeVisible();
    expect(page.url()).not.toContain(PASSWORD);
  });
});

test("the server sets the client address from the connection, ignoring X-Forwarded-For and a forged x-client-address", async ({ request }) => {
  const email = uniqueEmail();
  expect((await request.post("/api/auth/sign-up/email", { data: { name: "Addr Test", email, password: PASSWORD } })).ok()).toBe(true);
  const signedIn = await request.post("/api/auth/sign-in/email", {
    data: { email, password: PASSWORD },
    headers: { "x-forwarded-for": "203.0.113.10", "x-client-address": "203.0.113.9" },
  });
  expect(signedIn.ok()).toBe(true);
  // better-auth records the address it keyed the request on with the session.
  const session = (await (await request.get("/api/auth/get-session")).json()) as { session: { ipAddress: string } };
  expect(session.session.ipAddress).toBe("127.0.0.1");
});

test("wrong passwords for one account get 429 with Retry-After, however the sender rotates its headers", async ({ request }) => {
  const email = uniqueEmail();
  expect((await request.post("/api/auth/sign-up/email", { data: { name: "Backoff Test", email, password: PASSWORD } })).ok()).toBe(true);
  const statuses: number[] = [];
  for (let i = 0; i < 8; i++) {
    const reply = await request.post("/api/auth/sign-in/email", {
      data: { email, password: `wrong-password-${i}` },
      headers: { "x-forwarded-for": `10.1.${i}.1`, "x-client-address": `10.2.${i}.1` },
    });
    statuses.push(reply.status());
    if (reply.status() === 429) expect(Number(reply.headers()["retry-after"])).toBeGreaterThan(0);
  }
  expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
  expect(statuses.slice(5)).toEqual([429, 429, 429]);
});

test("after sign-out, the copied session cookie opens nothing", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = uniqueEmail();
  expect((await page.request.post("/api/auth/sign-up/email", { data: { name: "Copy Test", email, password: PASSWORD } })).ok()).toBe(true);
  expect((await page.request.post("/api/auth/sign-in/email", { data: { email, password: PASSWORD } })).ok()).toBe(true);
  const copied = await context.cookies();
  await page.goto("/workspace");
  await expect(page.getByRole("heading", { level: 1, name: "Copy Test's workspace" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const replay = await thief.newPage();
  await replay.goto("/workspace");
  await expect(replay).toHaveURL(/\/sign-in$/);
  expect((await thief.request.post("/api/workspace/clients", { data: { name: "Replayed Ltd" } })).status()).toBe(401);
  await thief.close();
  await context.close();
});
