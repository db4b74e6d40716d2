import { expect, it } from "vitest";

// Low limits so each one is reached in a few requests; read once, on the first env() call.
Object.assign(process.env, {
  AUTH_SECRET: "integration-test-secret-integration-test-secret",
  AUTH_RATE_LIMIT_PER_MINUTE: "4",
  AUTH_FAILURES_PER_ACCOUNT: "3",
  DIAGNOSTIC_STARTS_PER_MINUTE: "3",
  RESPONDENT_WRITES_PER_MINUTE: "3",
  PORT: "3000",
});
delete process.env.APP_URL;
delete process.env.CLIENT_IP_HEADER;

const { POST: startRoute } = await import("@/app/api/diagnostics/route");
const { PUT: respondentAnswerRoute } = await import("@/app/api/respondents/[token]/answers/route");
const { POST: respondentFinishRoute } = await import("@/app/api/respondents/[token]/finish/route");
const { findConsultant } = await import("@/lib/auth/consultant-session");
const { handleAuthRequest, MAX_AUTH_BODY_BYTES } = await import("@/lib/auth/handle-auth-request");
const { CLIENT_ADDRESS_HEADER } = await import("@/lib/http/client-address");
const { hashSecretToken } = await import("@/lib/secret-token");
const { describeOnEachDatabase } = await import("@/tests/support/test-databases");

const ORIGIN = "http://localhost:3000";
const PASSWORD = "a-long-enough-password";
let counter = 0;
const uniqueEmail = () => `consultant-${Date.now()}-${++counter}@example.com`;

type Sent = { path: string; body?: unknown; raw?: string; address?: string; headers?: Record<string, string>; method?: string };

function authRequest({ path, body, raw, address = "203.0.113.7", headers = {}, method = "POST" }: Sent): Request {
  return new Request(`${ORIGIN}/api/auth${path}`, {
    method,
    headers: { origin: ORIGIN, "content-type": "application/json", [CLIENT_ADDRESS_HEADER]: address, ...headers },
    ...(method === "POST" ? { body: raw ?? JSON.stringify(body ?? {}) } : {}),
  });
}

/** The cookies a response sets, as a Cookie header a browser (or a thief) would send back. */
function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .filter((pair) => !pair?.endsWith("="))
    .join("; ");
}

describeOnEachDatabase("authentication hardening (issue 13)", (t) => {
  const send = (sent: Sent) => handleAuthRequest(authRequest(sent));
  const signUp = (email: string, extra: Record<string, unknown> = {}, address?: string) =>
    send({ path: "/sign-up/email", body: { email, password: PASSWORD, name: "Dana Consultant", ...extra }, address });
  const signIn = (email: string, password = PASSWORD, address?: string) => send({ path: "/sign-in/email", body: { email, password }, address });

  it("keys the sign-in limit on the client address, not on a rotating X-Forwarded-For", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const response = await send({
        path: "/sign-in/email",
        body: { email: uniqueEmail(), password: "wrong-password-123" },
        address: "198.51.100.20",
        headers: { "x-forwarded-for": `10.0.${i}.1` },
      });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    expect(statuses.slice(4)).toEqual([429, 429, 429, 429]);
    const refused = await send({ path: "/sign-in/email", body: { email: uniqueEmail(), password: "x" }, address: "198.51.100.20" });
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: string }).error).toMatch(/^Too many attempts from your network\. Try again in \d+ seconds?\.$/);
  });

  it("backs off wrong passwords for one account whatever address they come from, and leaves other accounts alone", async () => {
    const email = uniqueEmail();
    expect((await signUp(email)).status).toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await signIn(email, `wrong-password-${i}`, `192.0.2.${i + 10}`)).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    const refused = await signIn(email, PASSWORD, "192.0.2.99");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(60);
    expect(((await refused.json()) as { error: string }).error).toMatch(/Too many sign-in attempts for this account/);
    // The back-off lives in the database: every app instance sees it.
    const rows = await t.db.rateLimit.findMany({ where: { key: { startsWith: "app:sign-in-failures|" } } });
    expect(rows.some((row) => row.key.includes(hashSecretToken(email)))).toBe(true);
    expect(JSON.stringify(rows.map((row) => row.key))).not.toContain(email);
    // Another account is not affected.
    const other = uniqueEmail();
    await signUp(other, {}, "192.0.2.50");
    expect((await signIn(other, PASSWORD, "192.0.2.51")).status).toBe(200);
  });

  it("limits anonymous starts per client address with a 429 a person understands and Retry-After", async () => {
    const start = (address: string) =>
      startRoute(new Request("http://localhost:3000/api/diagnostics", { method: "POST", headers: { [CLIENT_ADDRESS_HEADER]: address, "x-forwarded-for": String(Math.random()) } }));
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await start("198.51.100.30")).status);
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    const refused = await start("198.51.100.30");
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(((await refused.json()) as { error: string }).error).toMatch(/Too many diagnostics were started from your network/);
    expect((await start("198.51.100.31")).status).toBe(201);
  });

  it("limits respondent writes per client address (answers and finish share one budget)", async () => {
    const token = "x".repeat(43);
    const params = { params: Promise.resolve({ token }) };
    const answer = () =>
      respondentAnswerRoute(
        new Request(`http://localhost:3000/api/respondents/${token}/answers`, {
          method: "PUT",
          headers: { "content-type": "application/json", [CLIENT_ADDRESS_HEADER]: "198.51.100.40" },
          body: JSON.stringify({ questionId: "probe", constraintId: "c1", value: 3 }),
        }),
        params,
      );
    const finish = () => respondentFinishRoute(new Request(`http://localhost:3000/api/respondents/${token}/finish`, { method: "POST", headers: { [CLIENT_ADDRESS_HEADER]: "198.51.100.40" } }), params);
    const statuses = [(await answer()).status, (await answer()).status, (await finish()).status, (await answer()).status, (await finish()).status];
    // An unknown link is 404 until the address has used its budget; then 429.
    expect(statuses).toEqual([404, 404, 404, 429, 429]);
    expect((await answer()).headers.get("retry-after")).toMatch(/^\d+$/);
  });

  it("refuses an /api/auth body over 32 KB and a name over 120 characters, storing nothing", async () => {
    const email = uniqueEmail();
    const huge = await signUp(email, { name: "n".repeat(MAX_AUTH_BODY_BYTES + 1) }, "198.51.100.50");
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { error: string }).error).toMatch(/larger than 32 KB/);
    const long = await signUp(email, { name: "n".repeat(121) }, "198.51.100.50");
    expect(long.status).toBe(400);
    expect(((await long.json()) as { error: string }).error).toMatch(/at most 120 characters/);
    expect(await t.db.user.count({ where: { email } })).toBe(0);

    const longest = "n".repeat(120);
    expect((await signUp(email, { name: longest }, "198.51.100.51")).status).toBe(200);
    const user = await t.db.user.findUniqueOrThrow({ where: { email } });
    expect(user.name).toBe(longest);
    const workspace = await t.db.workspace.findFirstOrThrow({ where: { members: { some: { userId: user.id } } } });
    expect(workspace.name.length).toBeLessThanOrEqual(120);
    // Renaming through better-auth's update-user is held to the same limit.
    const signedIn = await signIn(email, PASSWORD, "198.51.100.51");
    const rename = await send({ path: "/update-user", body: { name: "m".repeat(121) }, headers: { cookie: cookiesOf(signedIn) }, address: "198.51.100.51" });
    expect(rename.status).toBe(400);
    expect((await t.db.user.findUniqueOrThrow({ where: { email } })).name).toBe(longest);
  });

  it("ends a copied session at sign-out, and stores only a hash of its token", async () => {
    const email = uniqueEmail();
    await signUp(email, {}, "198.51.100.60");
    const signedIn = await signIn(email, PASSWORD, "198.51.100.60");
    expect(signedIn.status).toBe(200);
    const cookie = cookiesOf(signedIn);
    const copied = new Headers({ cookie });
    expect((await findConsultant(copied))?.user.email).toBe(email);

    const token = decodeURIComponent(/better-auth\.session_token=([^;]+)/.exec(cookie)?.[1] ?? "").split(".")[0] ?? "";
    expect(token.length).toBeGreaterThan(20);
    const user = await t.db.user.findUniqueOrThrow({ where: { email } });
    const stored = await t.db.session.findMany({ where: { userId: user.id } });
    expect(stored.map((s) => s.token)).toContain(hashSecretToken(token));
    expect(stored.map((s) => s.token)).not.toContain(token);

    expect((await send({ path: "/sign-out", body: {}, headers: { cookie }, address: "198.51.100.60" })).status).toBe(200);
    // The same cookies, replayed at once, open nothing.
    expect(await findConsultant(copied)).toBeNull();
    const session = await send({ path: "/get-session", method: "GET", headers: { cookie }, address: "198.51.100.60" });
    expect(await session.json()).toBeNull();
  });

  it("reads the consultant in one lookup, refuses a forged or expired cookie, and extends a session due for it", async () => {
    const email = uniqueEmail();
    await signUp(email, {}, "198.51.100.65");
    const cookie = cookiesOf(await signIn(email, PASSWORD, "198.51.100.65"));
    const consultant = await findConsultant(new Headers({ cookie }));
    expect(consultant?.user.email).toBe(email);
    expect(consultant?.workspace.name).toBe("Dana Consultant's workspace");

    const [name, value] = cookie.split("=") as [string, string];
    const token = decodeURIComponent(value).split(".")[0] ?? "";
    const forged = `${name}=${encodeURIComponent(`${token}.${"A".repeat(43)}=`)}`;
    expect(await findConsultant(new Headers({ cookie: forged }))).toBeNull();

    const user = await t.db.user.findUniqueOrThrow({ where: { email } });
    const inFiveDays = new Date(Date.now() + 5 * 24 * 3600 * 1000);
    await t.db.session.updateMany({ where: { userId: user.id }, data: { expiresAt: inFiveDays } });
    expect((await findConsultant(new Headers({ cookie })))?.user.email).toBe(email);
    const extended = await t.db.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(extended.expiresAt.getTime()).toBeGreaterThan(inFiveDays.getTime() + 24 * 3600 * 1000);

    await t.db.session.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await findConsultant(new Headers({ cookie }))).toBeNull();
  });

  it("ends every other session when the password changes", async () => {
    const email = uniqueEmail();
    await signUp(email, {}, "198.51.100.70");
    const stolen = cookiesOf(await signIn(email, PASSWORD, "198.51.100.71"));
    const own = cookiesOf(await signIn(email, PASSWORD, "198.51.100.70"));
    const changed = await send({
      path: "/change-password",
      body: { currentPassword: PASSWORD, newPassword: "another-long-password" },
      headers: { cookie: own },
      address: "198.51.100.70",
    });
    expect(changed.status).toBe(200);
    expect(await findConsultant(new Headers({ cookie: stolen }))).toBeNull();
  });

  it("answers a sign-up for a taken email exactly like one for a new email", async () => {
    const email = uniqueEmail();
    const first = await signUp(email, {}, "198.51.100.80");
    const again = await signUp(email, { password: "a-different-password" }, "198.51.100.81");
    expect(again.status).toBe(first.status);
    const [a, b] = [(await first.json()) as Record<string, unknown>, (await again.json()) as Record<string, unknown>];
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    expect(b.token).toBe(a.token);
    // Neither signs in by itself, so a taken email gives no session either.
    expect(cookiesOf(again)).not.toContain("session_token");
    expect(await t.db.user.count({ where: { email } })).toBe(1);
  });

  it("trusts APP_URL's origin (here the served address), never one taken from the Host header", async () => {
    const forged = await handleAuthRequest(
      new Request("http://evil.example/api/auth/sign-up/email", {
        method: "POST",
        headers: { origin: "http://evil.example", host: "evil.example", "content-type": "application/json", [CLIENT_ADDRESS_HEADER]: "198.51.100.90" },
        body: JSON.stringify({ email: uniqueEmail(), password: PASSWORD, name: "Eve" }),
      }),
    );
    expect(forged.status).toBe(403);
    expect((await signUp(uniqueEmail(), {}, "198.51.100.91")).status).toBe(200);
  });
});
