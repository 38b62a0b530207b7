// `npm test`: builds the add-in (tests read the built functions.json and manifest), runs the jest
// unit/component tests, then the Chromium end-to-end tests, and prints one summary line.
import { spawnSync } from "node:child_process";
import { runE2eSuite } from "./e2e-suite.mjs";
import { runJest } from "./run-jest.mjs";

const npx = process.platform === "win32" ? "npx.cmd" : "npx";

console.log("\n=== build: webpack --mode production");
const built =
  spawnSync(npx, ["webpack", "--mode", "production"], { stdio: "inherit" }).status === 0;

console.log("\n=== unit and component tests: jest");
const unit = await runJest({
  label: "unit and component tests",
  configArgs: [],
  args: process.argv.slice(2),
  // the slowest file takes seconds; minutes without one finishing means a stuck test
  stallMinutes: 5,
  progressFile: "test-results/unit-progress.jsonl",
});
const e2e = await runE2eSuite({ rebuild: false, jestArgs: [] });

const line = (name, r) =>
  `${name}: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped` +
  (r.stalled.length > 0 ? ` (stalled in ${r.stalled.join(", ")}; unfinished files rerun)` : "");
console.log(`\n${line("unit", unit)}`);
console.log(line("e2e", e2e));
if (!built) console.log("build: FAILED");
const failed = unit.failed + e2e.failed + (built ? 0 : 1);
console.log(`${unit.passed + e2e.passed} passed, ${failed} failed`);
process.exit(built && unit.ok && e2e.ok ? 0 : 1);
