// Shared by start.mjs and stop.mjs: where the dev server listens, whether it serves https
// (decided as webpack.config.js does: only when office-addin-dev-certs certificates exist), and
// how to run the Office CLIs without relying on npx or executable bits.
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

export const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
export const PID_FILE = join("node_modules", ".cache", "cellcrm", "dev-server.pid");
export const HAS_EXCEL_DESKTOP = process.platform === "win32" || process.platform === "darwin";

export function hasDevCerts() {
  const dir = join(homedir(), ".office-addin-dev-certs");
  return ["ca.crt", "localhost.key", "localhost.crt"].every((f) => existsSync(join(dir, f)));
}

export function baseUrl() {
  return `${hasDevCerts() ? "https" : "http"}://localhost:${PORT}/`;
}

/** Arguments for spawning a package's CLI with this node: [script, ...args]. */
export function cli(pkg, ...args) {
  const dir = join("node_modules", pkg);
  const { bin } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  return [join(dir, typeof bin === "string" ? bin : bin[pkg]), ...args];
}
