// Resilience tests: `npm run test:resilience -- [--full] [--only load|crash] [options of the scripts]`.
// Runs the load test (scripts/load-test.ts) then the crash test (scripts/crash-test.ts) in their short
// modes, as `npm test` does; --full runs their full modes; other options (--seed N, --respondents N…)
// pass through to each script.
import { spawnSync } from "node:child_process";

const USAGE = "usage: npm run test:resilience -- [--full] [--only load|crash] [--seed N] [--respondents N] …";
const args = process.argv.slice(2);
const onlyAt = args.indexOf("--only");
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
if (onlyAt >= 0 && only !== "load" && only !== "crash") {
  console.error(USAGE);
  process.exit(2);
}
const passed = args.filter((arg, i) => arg !== "--full" && i !== onlyAt && i !== onlyAt + 1);
const mode = args.includes("--full") ? [] : ["--short"];

for (const test of ["load", "crash"] as const) {
  if (only && only !== test) continue;
  const run = spawnSync("npx", ["--no-install", "tsx", `scripts/${test}-test.ts`, ...mode, ...passed], { stdio: "inherit" });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
