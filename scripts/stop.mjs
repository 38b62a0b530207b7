// `npm stop`: end what `npm start` began — the sideloaded session on Windows/macOS, or the dev
// server started on Linux (found through its pid file).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { HAS_EXCEL_DESKTOP, PID_FILE, cli } from "./dev-server-info.mjs";

/** Whether pid is still our dev server, so a stale pid file never ends someone else's process. */
function isDevServer(pid) {
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync(cmdline)) return process.platform !== "linux";
  return readFileSync(cmdline, "utf8").includes("webpack");
}

if (HAS_EXCEL_DESKTOP) {
  const args = cli("office-addin-debugging", "stop", "manifest.xml");
  const r = spawnSync(process.execPath, args, { stdio: "inherit" });
  process.exit(r.status ?? 0);
}

if (!existsSync(PID_FILE)) {
  console.log("CellCRM: no dev server is running (nothing to stop).");
  process.exit(0);
}
const pid = Number(readFileSync(PID_FILE, "utf8"));
rmSync(PID_FILE, { force: true });
if (!Number.isInteger(pid) || pid <= 0 || !isDevServer(pid)) {
  console.log("CellCRM: the dev server had already stopped.");
  process.exit(0);
}
try {
  process.kill(pid, "SIGTERM");
  console.log(`CellCRM: stopped the dev server (pid ${pid}).`);
} catch {
  console.log("CellCRM: the dev server had already stopped.");
}
