// Runs a jest suite while watching its progress log. A run in which no test file finishes for
// `stallMinutes` is stopped (a test stuck in a loop blocks jest's own timeouts), the file that was
// running is named, and the files that had not finished run once more on their own. Counts come
// from the progress log, so they cover both runs; the summary says when a stall happened.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, resolve } from "node:path";

const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const REPORTER = resolve("scripts/jest-progress-reporter.mjs");

/** @returns {Promise<{ ok: boolean, passed: number, failed: number, skipped: number, stalled: string[] }>} */
export async function runJest({ label, configArgs, args, stallMinutes, progressFile }) {
  const first = await attempt(configArgs, args, stallMinutes, progressFile);
  if (!first.stalled) return summary(first.exitCode === 0, [first], []);
  const stuck = [...first.started].filter((p) => !first.done.has(p));
  console.error(`\n!! ${label}: no test file finished for ${stallMinutes} minutes; stopped.`);
  for (const path of stuck) console.error(`!! still running: ${path}`);
  const rest = listTests(configArgs, args).filter((p) => !first.done.has(p));
  if (rest.length === 0) return summary(failedNone(first), [first], stuck);
  console.error(`!! running the ${rest.length} unfinished test files once more\n`);
  const second = await attempt(
    configArgs,
    ["--runTestsByPath", ...rest],
    stallMinutes,
    progressFile,
  );
  const ok = failedNone(first) && !second.stalled && second.exitCode === 0;
  return summary(ok, [first, second], stuck);
}

function failedNone(run) {
  return [...run.done.values()].every((c) => c.failed === 0);
}

function summary(ok, runs, stalled) {
  const total = { ok, passed: 0, failed: 0, skipped: 0, stalled };
  for (const run of runs) {
    for (const c of run.done.values()) {
      total.passed += c.passed;
      total.failed += c.failed;
      total.skipped += c.skipped;
    }
  }
  // jest itself failed (a bad option, a crash) without a failing test to show for it
  if (!ok && total.failed === 0) total.failed = 1;
  return total;
}

function listTests(configArgs, args) {
  const out = spawnSync(npx, ["jest", ...configArgs, "--listTests", ...args], { encoding: "utf8" });
  return out.stdout.split("\n").filter((line) => line.trim() !== "");
}

function attempt(configArgs, args, stallMinutes, progressFile) {
  mkdirSync(dirname(progressFile), { recursive: true });
  rmSync(progressFile, { force: true });
  const child = spawn(
    npx,
    // the paths first: --reporters would take any paths after it as more reporters
    ["jest", ...configArgs, ...args, "--reporters=default", `--reporters=${REPORTER}`],
    { stdio: "inherit", detached: true, env: { ...process.env, CELLCRM_PROGRESS: progressFile } },
  );
  const startedAt = Date.now();
  let stalled = false;
  const watch = setInterval(() => {
    const last = Math.max(startedAt, ...readProgress(progressFile).map((r) => r.at));
    if (Date.now() - last < stallMinutes * 60_000) return;
    stalled = true;
    process.kill(-child.pid, "SIGKILL");
  }, 5_000);
  return new Promise((resolvePromise) => {
    child.on("exit", (code) => {
      clearInterval(watch);
      const records = readProgress(progressFile);
      const started = new Set(records.filter((r) => r.event === "start").map((r) => r.path));
      const done = new Map(records.filter((r) => r.event === "done").map((r) => [r.path, r]));
      resolvePromise({ exitCode: code ?? 1, stalled, started, done });
    });
  });
}

function readProgress(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line));
}
