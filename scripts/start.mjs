// `npm start`: with Excel desktop (Windows, macOS) sideload the add-in via office-addin-debugging;
// elsewhere (Linux) serve the add-in and the workbench and say plainly how to use them.
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { connect } from "node:net";
import { PID_FILE, PORT, baseUrl, hasDevCerts } from "./dev-server-info.mjs";

const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const hasExcelDesktop = process.platform === "win32" || process.platform === "darwin";

function run(args) {
  return spawn(npx, args, { stdio: "inherit", shell: process.platform === "win32" });
}

function portOpen() {
  return new Promise((resolve) => {
    const socket = connect(PORT, "127.0.0.1");
    socket.once("connect", () => socket.end(() => resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

async function waitForServer(child) {
  for (let i = 0; i < 600 && child.exitCode === null; i++) {
    if (await portOpen()) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

function printHowTo() {
  const url = baseUrl();
  console.log(`
=====================================================================
 CellCRM is running.

 Try it without Excel (workbench: simulated workbook + real task pane):
     ${url}workbench.html

 Task pane page:  ${url}taskpane.html

 Use it in Excel on the web:
   1. Excel on the web needs https.${
     hasDevCerts()
       ? " (Certificates found: serving https.)"
       : `
      Install a development certificate once, then run npm start again:
          npx office-addin-dev-certs install   (needs root / admin rights)`
   }
   2. In Excel on the web: Insert > Add-ins > More add-ins > Upload My Add-in,
      and choose manifest.xml from this folder.
   3. Open the CellCRM tab and choose "Open CellCRM".

 Stop with Ctrl+C here, or run: npm stop
=====================================================================
`);
}

async function serveOnly() {
  if (await portOpen()) {
    console.error(
      `CellCRM: port ${PORT} is already in use. Is CellCRM already running? Try: npm stop`,
    );
    process.exit(1);
  }
  // Run webpack's own entry (not through npx) so the recorded pid is the server itself.
  const webpackBin = join("node_modules", "webpack", "bin", "webpack.js");
  const child = spawn(process.execPath, [webpackBin, "serve", "--mode", "development"], {
    stdio: "inherit",
  });
  mkdirSync(dirname(PID_FILE), { recursive: true });
  writeFileSync(PID_FILE, String(child.pid));
  const cleanUp = () => rmSync(PID_FILE, { force: true });
  child.on("exit", (code) => {
    cleanUp();
    process.exit(code ?? 0);
  });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  if (await waitForServer(child)) printHowTo();
  else console.error("CellCRM: the dev server did not start; see the messages above.");
}

if (hasExcelDesktop) {
  run(["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel"]).on(
    "exit",
    (code) => process.exit(code ?? 0),
  );
} else {
  await serveOnly();
}
