// `npm run bench` → sync figures from real Chromium (DESIGN.md §6 budgets).
import { runPageInChromium } from "./support/run-page-in-chromium";

runPageInChromium("sync", "bench/browser/sync-bench-page.ts").then(
  (lines) => lines.forEach((line) => console.log(line)),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
