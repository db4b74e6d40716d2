// Resilience tests: `npm run test:resilience -- [--full] [--only load|crash|scale-out] [options of the scripts]`.
// Runs the load test (scripts/load-test.ts), the crash test (scripts/crash-test.ts) and the scale-out
// test (scripts/scale-out.ts: several instances on PostgreSQL; skipped without a PostgreSQL server)
// in their short modes, as `npm test` does; --full runs their full modes; other options (--seed N,
// --respondents N…) pass through to each script.
import { spawnSync } from "node:child_process";

const TESTS = { load: "scripts/load-test.ts", crash: "scripts/crash-test.ts", "scale-out": "scripts/scale-out.ts" } as const;
const USAGE = `usage: npm run test:resilience -- [--full] [--only ${Object.keys(TESTS).join("|")}] [--seed N] [--respondents N] …`;
const args = process.argv.slice(2);
const onlyAt = args.indexOf("--only");
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
if (onlyAt >= 0 && !(only !== undefined && Object.hasOwn(TESTS, only))) {
  console.error(USAGE);
  process.exit(2);
}
const passed = args.filter((arg, i) => arg !== "--full" && i !== onlyAt && i !== onlyAt + 1);
const mode = args.includes("--full") ? [] : ["--short"];

for (const [test, script] of Object.entries(TESTS)) {
  if (only && only !== test) continue;
  const run = spawnSync("npx", ["--no-install", "tsx", script, ...mode, ...passed], { stdio: "inherit" });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
