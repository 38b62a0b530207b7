// `npm run bench` → store figures from real Chromium: memory of 100k customers + 100k deals, a
// reopened store against reading its chunks raw, and 1,000,000 customers written, reopened and
// searched (issue 11).
import { runPageInChromium } from "./support/run-page-in-chromium";

runPageInChromium("store", "bench/browser/store-bench-page.ts", [
  "--js-flags=--expose-gc --max-old-space-size=4096",
  "--enable-precise-memory-info",
]).then(
  (lines) => lines.forEach((line) => console.log(line)),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
