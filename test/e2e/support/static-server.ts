// A tiny static file server for dist/ on 127.0.0.1 and a random free port: what the e2e tests
// load the workbench from, so no request needs to leave the machine.
import { createReadStream, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { type AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".map": "application/json",
};

export interface StaticServer {
  origin: string;
  port: number;
  close(): Promise<void>;
}

function fileFor(root: string, url: string | undefined): string | null {
  const path = decodeURIComponent(new URL(url ?? "/", "http://x").pathname);
  const file = resolve(root, "." + normalize(path));
  if (file !== root && !file.startsWith(root + sep)) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

export function serveDirectory(directory: string): Promise<StaticServer> {
  const root = resolve(directory);
  const server: Server = createServer((req, res) => {
    const file = fileFor(root, req.url);
    if (!file || req.method !== "GET") {
      res.writeHead(file ? 405 : 404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  return new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      done({
        origin: `http://127.0.0.1:${port}`,
        port,
        close: () => new Promise((closed) => server.close(() => closed())),
      });
    });
  });
}

/** The built add-in; E2E_DIST overrides it (e.g. to test another build's output). */
export const distDir = process.env.E2E_DIST ?? join(__dirname, "..", "..", "..", "dist");
