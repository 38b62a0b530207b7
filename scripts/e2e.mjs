// `npm run test:e2e`: runs the Chromium end-to-end tests against dist/ (building it first when
// missing or with --build). Without Debian's Chromium it says so loudly and exits 0.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";

export const CHROMIUM = "/usr/bin/chromium";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const args = process.argv.slice(2);
const rebuild = args.includes("--build");
const jestArgs = args.filter((a) => a !== "--build");

mkdirSync("test-results", { recursive: true });

if (!existsSync(CHROMIUM)) {
  // a stale result must not be counted by scripts/test.mjs as this run's
  rmSync("test-results/e2e.json", { force: true });
  const line = "!".repeat(72);
  console.log(
    [
      "",
      line,
      "!!  CHROMIUM NOT FOUND — end-to-end tests SKIPPED",
      `!!  Expected Debian's Chromium at ${CHROMIUM}.`,
      "!!  Install it with:  apt-get install chromium",
      line,
      "",
    ].join("\n"),
  );
  process.exit(0);
}

function run(cmd, cmdArgs) {
  console.log(`\n=== ${cmd} ${cmdArgs.join(" ")}`);
  return spawnSync(cmd, cmdArgs, { stdio: "inherit", env: process.env }).status ?? 1;
}

if (rebuild || !existsSync("dist/workbench.html")) {
  const status = run(npx, ["webpack", "--mode", "development"]);
  if (status !== 0) {
    console.error("e2e: the build failed, so the end-to-end tests did not run.");
    process.exit(status);
  }
}

process.exit(
  run(npx, [
    "jest",
    "-c",
    "jest.e2e.config.js",
    "--json",
    "--outputFile=test-results/e2e.json",
    ...jestArgs,
  ]),
);
