import { execFileSync } from "node:child_process";
import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests drive Debian's Chromium (CHROMIUM_PATH overrides it) against a production build
 * served by `npm start` on a free port, with its own SQLite database under data/.
 * Workers re-read this file; the port chosen by the first read travels to them through the env.
 */
function freePort(): string {
  const script = "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return execFileSync(process.execPath, ["-e", script], { encoding: "utf8" });
}

process.env.E2E_PORT ??= freePort();
process.env.E2E_RUN_ID ??= String(Date.now());
// The test SMTP server (tests/support/test-smtp-server.ts) the app emails invitations through, and the
// HTTP port on which the specs read what it received.
process.env.E2E_SMTP_PORT ??= freePort();
process.env.E2E_SMTP_HTTP_PORT ??= freePort();
const port = process.env.E2E_PORT;
export const baseURL = `http://127.0.0.1:${port}`;
export const smtpMessagesURL = `http://127.0.0.1:${process.env.E2E_SMTP_HTTP_PORT}/messages`;

export default defineConfig({
  testDir: "tests/e2e",
  globalTeardown: "./tests/e2e/global-teardown.ts",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 60_000,
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
    { name: "phone", use: { ...devices["Pixel 7"], viewport: { width: 360, height: 780 } }, grep: /@phone/ },
  ],
  webServer: [
    {
      command: `npx --no-install tsx tests/support/test-smtp-server.ts ${process.env.E2E_SMTP_PORT} ${process.env.E2E_SMTP_HTTP_PORT}`,
      url: `http://127.0.0.1:${process.env.E2E_SMTP_HTTP_PORT}/health`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: "pipe",
    },
    {
      command: "npm start",
      url: `${baseURL}/api/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        PORT: port,
        DATABASE_URL: `file:./data/e2e-${process.env.E2E_RUN_ID}.db`,
        NODE_ENV: "production",
        // Every e2e sign-up comes from 127.0.0.1; the production default (10 a minute) is for people.
        AUTH_RATE_LIMIT_PER_MINUTE: "1000",
        // Likewise for anonymous starts and respondent answers, all sent from this one address.
        DIAGNOSTIC_STARTS_PER_MINUTE: "10000",
        RESPONDENT_WRITES_PER_MINUTE: "100000",
        // Email is on in every spec, as a firm with a mail server runs the app.
        SMTP_URL: `smtp://e2e:e2e@127.0.0.1:${process.env.E2E_SMTP_PORT}`,
        EMAIL_FROM: "Diagnostic invitations <invites@example.com>",
        // One line per request would bury the test report; warnings and errors still show.
        LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? "warn",
      },
    },
  ],
});
