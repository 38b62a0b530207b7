// Builds one browser entry with webpack, serves it on 127.0.0.1 and runs it in Debian's Chromium,
// relaying the `bench …` lines the page logs. Benchmarks that need real IndexedDB use this.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import webpack from "webpack";
import { CHROMIUM_PATH, launchChromium } from "../../test/e2e/support/browser";
import { serveDirectory } from "../../test/e2e/support/static-server";

const ROOT = resolve(__dirname, "..", "..");

function build(entry: string, outDir: string): Promise<void> {
  const compiler = webpack({
    mode: "production",
    entry: resolve(ROOT, entry),
    output: { path: outDir, filename: "bench.js" },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: "swc-loader" }] },
    performance: { hints: false },
  });
  return new Promise((done, fail) =>
    compiler.run((error, stats) => {
      if (error || stats?.hasErrors()) fail(error ?? new Error(stats?.toString("errors-only")));
      else compiler.close(() => done());
    }),
  );
}

/** Runs the page; resolves with its `bench` lines once it logs "bench-done". */
export async function runPageInChromium(
  name: string,
  entry: string,
  extraArgs: readonly string[] = [],
): Promise<string[]> {
  if (!existsSync(CHROMIUM_PATH)) {
    console.log(`bench ${name} skipped=chromium-not-found (apt-get install chromium)`);
    return [];
  }
  const outDir = join(ROOT, "bench-results", name);
  mkdirSync(outDir, { recursive: true });
  await build(entry, outDir);
  writeFileSync(
    join(outDir, "index.html"),
    '<!doctype html><link rel="icon" href="data:,"><script src="bench.js"></script>',
  );
  const server = await serveDirectory(outDir);
  const browser = await launchChromium(extraArgs);
  try {
    const page = await browser.newPage();
    const lines: string[] = [];
    const finished = new Promise<void>((done, fail) => {
      page.on("console", (msg) => {
        const text = msg.text();
        if (text === "bench-done") done();
        else if (text.startsWith("bench ")) lines.push(text);
        else if (msg.type() === "error") fail(new Error(text));
      });
      page.on("pageerror", fail);
    });
    await page.goto(`${server.origin}/index.html${process.env.BENCH_QUERY ?? ""}`);
    await finished;
    return lines;
  } finally {
    await browser.close();
    await server.close();
  }
}
