// One e2e file's shared setup: the built dist/ served on 127.0.0.1, one Chromium for the file,
// a fresh guarded page per test, and every test failing on console errors or outside requests.
import type { Browser, Page } from "playwright-core";
import { launchChromium, openGuardedPage, type GuardedPage } from "./browser";
import { distDir, serveDirectory, type StaticServer } from "./static-server";

export interface WorkbenchSuite {
  readonly page: Page;
  readonly origin: string;
}

export interface ServedChromium {
  readonly browser: Browser;
  readonly origin: string;
}

/** The built dist/ served and one Chromium, for the whole file (tests open their own pages). */
export function servedChromium(): ServedChromium {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveDirectory(distDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      return browser;
    },
    get origin() {
      return server.origin;
    },
  };
}

export function workbenchSuite(): WorkbenchSuite {
  const host = servedChromium();
  let guarded: GuardedPage;
  beforeEach(async () => {
    guarded = await openGuardedPage(host.browser, host.origin);
  });
  afterEach(async () => {
    await guarded.page.close();
    expect(guarded.problems).toEqual([]);
  });
  return {
    get page() {
      return guarded.page;
    },
    get origin() {
      return host.origin;
    },
  };
}
