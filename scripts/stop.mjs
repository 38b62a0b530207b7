// `npm stop`: end what `npm start` began — the sideloaded session on Windows/macOS, or the dev
// server started on Linux (found through its pid file).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { PID_FILE } from "./dev-server-info.mjs";

if (process.platform === "win32" || process.platform === "darwin") {
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const r = spawnSync(npx, ["office-addin-debugging", "stop", "manifest.xml"], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  process.exit(r.status ?? 0);
}

if (!existsSync(PID_FILE)) {
  console.log("CellCRM: no dev server is running (nothing to stop).");
  process.exit(0);
}
const pid = Number(readFileSync(PID_FILE, "utf8"));
try {
  process.kill(pid, "SIGTERM");
  console.log(`CellCRM: stopped the dev server (pid ${pid}).`);
} catch {
  console.log("CellCRM: the dev server had already stopped.");
}
rmSync(PID_FILE, { force: true });
