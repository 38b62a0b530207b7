// `npm run bench` → task pane figures in Debian's Chromium on the built workbench: time from
// opening it with 100,000 customers to the Customers tab listing matches, and the search latency
// per keystroke (key typed → the list answers that query), target ≤ 50 ms.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import type { Frame, Page } from "playwright-core";
import { CHROMIUM_PATH, launchChromium, paneFrame, paneOf } from "../test/e2e/support/browser";
import { distDir, serveDirectory } from "../test/e2e/support/static-server";
import { typeAndTime } from "./browser/type-and-time";

const CUSTOMERS = 100_000;
/** Realistic searches, typed one key at a time: names, companies, an e-mail, no match. */
const QUERIES = ["rosa", "ines stan", "willowgate", "pioneer mot", "cleo.ul", "jora f", "zzq"];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function timeToList(page: Page, origin: string): Promise<Record<string, number>> {
  const start = Date.now();
  await page.goto(`${origin}/workbench.html?customers=${CUSTOMERS}`);
  const pane = paneOf(page);
  await pane.getByText(/^Last synced /).waitFor({ timeout: 600_000 });
  const synced = Date.now() - start;
  await pane.getByRole("tab", { name: "Customers" }).click();
  await typeAndTime(paneFrame(page), "r");
  await pane
    .getByRole("list", { name: "Matching customers" })
    .getByRole("button")
    .first()
    .waitFor();
  return { synced_ms: synced, ms: Date.now() - start };
}

async function searchLatencies(page: Frame): Promise<number[]> {
  const times: number[] = [];
  for (const query of QUERIES) {
    await typeAndTime(page, null);
    for (const key of query) times.push(await typeAndTime(page, key));
    if (process.env.BENCH_VERBOSE)
      console.log(
        query,
        times
          .slice(-query.length)
          .map((t) => t.toFixed(0))
          .join(" "),
      );
  }
  return times;
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    console.log("bench taskpane skipped=chromium-not-found (apt-get install chromium)");
    return;
  }
  const built = spawnSync("npx", ["webpack", "--mode", "production"], { stdio: "ignore" });
  if (built.status !== 0) throw new Error("webpack build failed: run npm run build to see why");
  const server = await serveDirectory(distDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const open = await timeToList(page, server.origin);
    console.log(
      `bench taskpane open customers=${CUSTOMERS} ms=${open.ms} synced_ms=${open.synced_ms}`,
    );
    const times = (await searchLatencies(paneFrame(page))).sort((a, b) => a - b);
    const fixed = (n: number) => n.toFixed(1);
    console.log(
      `bench taskpane search keystrokes=${times.length} p50_ms=${fixed(percentile(times, 50))} ` +
        `p95_ms=${fixed(percentile(times, 95))} max_ms=${fixed(times[times.length - 1])} target_ms=50`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
