// Where the dev server listens and whether it serves https, decided the same way as
// webpack.config.js: https only when office-addin-dev-certs certificates are installed.
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

export const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
export const PID_FILE = join("node_modules", ".cache", "cellcrm", "dev-server.pid");

export function hasDevCerts() {
  const dir = join(homedir(), ".office-addin-dev-certs");
  return ["ca.crt", "localhost.key", "localhost.crt"].every((f) => existsSync(join(dir, f)));
}

export function baseUrl() {
  return `${hasDevCerts() ? "https" : "http"}://localhost:${PORT}/`;
}
