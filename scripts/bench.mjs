// `npm run bench`: runs every bench/*.bench.ts in turn (benchmarks that need a browser drive
// Debian's Chromium themselves). Each prints `bench <name> key=value …` lines.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";

const only = process.argv.slice(2);
const files = readdirSync("bench")
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((name) => f.startsWith(name)))
  .sort();

let failed = 0;
for (const file of files) {
  const result = spawnSync("npx", ["tsx", `bench/${file}`], { stdio: "inherit" });
  if (result.status !== 0) {
    failed++;
    console.error(`bench ${file} FAILED (exit ${result.status})`);
  }
}
process.exit(failed === 0 ? 0 : 1);
