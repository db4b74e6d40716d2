// Fails early, with the fix, when the e2e tests have no browser to drive.
import { existsSync } from "node:fs";

const browser = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(browser)) {
  console.error(`No Chromium at ${browser}. Install it (Debian/Ubuntu: apt-get install -y chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}
