// `npm start`: with Excel desktop (Windows, macOS) sideload the add-in via office-addin-debugging;
// elsewhere (Linux) serve the add-in and the workbench and say plainly how to use them.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { get as httpGet } from "node:http";
import { get as httpsGet } from "node:https";
import { connect } from "node:net";
import {
  HAS_EXCEL_DESKTOP,
  PID_FILE,
  PORT,
  baseUrl,
  cli,
  hasDevCerts,
} from "./dev-server-info.mjs";

function portOpen() {
  return new Promise((resolve) => {
    const socket = connect(PORT, "127.0.0.1");
    socket.once("connect", () => socket.end(() => resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

/** One GET of the task pane; webpack-dev-middleware answers only once the first build is done. */
function pageServed() {
  const url = `${baseUrl()}taskpane.html`;
  const get = url.startsWith("https") ? httpsGet : httpGet;
  return new Promise((resolve) => {
    // The dev certificate may not be trusted by node; this only asks whether the server is up.
    const req = get(url, { rejectUnauthorized: false }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.once("error", () => resolve(false));
  });
}

async function waitForServer(child) {
  const running = () => child.exitCode === null && child.signalCode === null;
  for (let i = 0; i < 600 && running(); i++) {
    if ((await portOpen()) && (await pageServed())) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

function printHowTo() {
  const url = baseUrl();
  const https = hasDevCerts();
  console.log(`
=====================================================================
 CellCRM is running.

 Try it without Excel (workbench: simulated workbook + real task pane):
     ${url}workbench.html

 Task pane page:  ${url}taskpane.html

 Use it in Excel on the web:
   1. Excel on the web loads the add-in from https://localhost:${PORT}.${
     https
       ? `
      Certificates found: serving https. If the browser still distrusts them,
      open ${url}taskpane.html once, or import
      ~/.office-addin-dev-certs/ca.crt into the browser's certificate authorities.`
       : `
      Serving plain http now. Install a development certificate once
      (it asks for sudo to trust the CA), then run npm start again:
          npx office-addin-dev-certs install`
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
  // Run webpack's own entry with this node (not through npx) so the recorded pid is the server.
  const child = spawn(process.execPath, cli("webpack-cli", "serve", "--mode", "development"), {
    stdio: "inherit",
  });
  try {
    mkdirSync(dirname(PID_FILE), { recursive: true });
    writeFileSync(PID_FILE, String(child.pid));
  } catch (error) {
    console.warn(
      `CellCRM: cannot record the server's pid (${error.message}); stop it with Ctrl+C.`,
    );
  }
  child.on("exit", (code) => {
    rmSync(PID_FILE, { force: true });
    process.exit(code ?? 0);
  });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  if (await waitForServer(child)) printHowTo();
  else console.error("CellCRM: the dev server did not start; see the messages above.");
}

function sideload() {
  // The manifest's URLs are https and webpack.config.js serves https only with these certificates.
  if (!hasDevCerts()) {
    const install = spawnSync(process.execPath, cli("office-addin-dev-certs", "install"), {
      stdio: "inherit",
    });
    if (install.status !== 0) process.exit(install.status ?? 1);
  }
  const args = cli("office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel");
  spawn(process.execPath, args, { stdio: "inherit" }).on("exit", (code) => process.exit(code ?? 0));
}

if (HAS_EXCEL_DESKTOP) sideload();
else await serveOnly();
