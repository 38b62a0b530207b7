// `npm test`: builds the add-in (tests read the built functions.json and manifest), runs the jest
// unit/component tests, then the Chromium end-to-end tests, and prints one summary line.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";

const npx = process.platform === "win32" ? "npx.cmd" : "npx";
mkdirSync("test-results", { recursive: true });

function run(label, cmd, args) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(" ")}`);
  const result = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  return result.status === 0;
}

function counts(file) {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const r = JSON.parse(readFileSync(file, "utf8"));
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests };
}

const built = run("build", npx, ["webpack", "--mode", "production"]);
const unitOk = run("unit and component tests", npx, [
  "jest",
  "--json",
  "--outputFile=test-results/unit.json",
  ...process.argv.slice(2),
]);
const e2eOk = run("end-to-end tests (Chromium)", "node", ["scripts/e2e.mjs"]);

const unit = counts("test-results/unit.json");
const e2e = counts("test-results/e2e.json");
const failed = unit.failed + e2e.failed + (built ? 0 : 1);
console.log(`\nunit: ${unit.passed} passed, ${unit.failed} failed, ${unit.skipped} skipped`);
console.log(`e2e: ${e2e.passed} passed, ${e2e.failed} failed, ${e2e.skipped} skipped`);
if (!built) console.log("build: FAILED");
console.log(`${unit.passed + e2e.passed} passed, ${failed} failed`);
process.exit(built && unitOk && e2eOk ? 0 : 1);
