import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildSite, removeSite } from './buildSite.ts';
import { chromiumPath } from './findChromium.ts';
import { serveStatic, type StaticServer } from './staticServer.ts';

/** Sub-path the site is served under, to prove the relative base works. */
export const SITE_PREFIX = '/cohortscope/';

/** A built site served on 127.0.0.1 and a headless Chromium to look at it. */
export interface BrowserSession {
  browser: Browser;
  /** Folder of the built site. */
  dir: string;
  server: StaticServer;
  /** Full URL of the app's page (without hash). */
  url: string;
  /**
   * A fresh browser context (its own storage) with a window `width` × `height`, downloads
   * accepted and a 15-second default timeout; the session closes it if the test does not.
   */
  newContext(options?: { width?: number; height?: number }): Promise<BrowserContext>;
  /** Closes the contexts still open, the browser and the server (and the site it built). */
  close(): Promise<void>;
}

/** A page of the app with everything it requested and every error it reported. */
export interface AppPage {
  context: BrowserContext;
  page: Page;
  requests: string[];
  errors: string[];
}

/**
 * Serves a built site (building one unless given: the shared build, or any folder to serve such
 * as a test harness, which is left in place) under `SITE_PREFIX` and launches Chromium with
 * networking extras switched off.
 * Example: `const session = await startSession(); … await session.close();`
 */
export async function startSession(given?: {
  dir: string;
  owned: boolean;
}): Promise<BrowserSession> {
  const site = given ?? (await buildSite());
  const server = await serveStatic(site.dir, SITE_PREFIX);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const contexts = new Set<BrowserContext>();
  return {
    browser,
    dir: site.dir,
    server,
    url: server.origin + SITE_PREFIX,
    async newContext({ width = 1400, height = 900 } = {}) {
      const context = await browser.newContext({
        viewport: { width, height },
        acceptDownloads: true,
      });
      context.setDefaultTimeout(15_000);
      contexts.add(context);
      context.on('close', () => contexts.delete(context));
      return context;
    },
    async close() {
      for (const context of [...contexts]) await context.close();
      await browser.close();
      await server.close();
      if (!given) await removeSite(site);
    },
  };
}

/** How {@link openApp} opens the app. */
export interface OpenAppOptions {
  /** A selector to wait for (any of a list); `null` waits only for the page load. */
  waitFor?: string | null;
  /** The window of a fresh context (ignored with `context`). */
  width?: number;
  height?: number;
  /**
   * Open the page in this context (a second tab with the same storage, or a context prepared by
   * the test) instead of a fresh one; requests are then recorded for this page only.
   */
  context?: BrowserContext;
}

/**
 * Opens the app at `hash` in a fresh context (or `context`) and waits for the first swimmer plot
 * (or `waitFor`); records requests, page errors, console errors and Content-Security-Policy
 * violations.
 * Example: `const { page, errors } = await openApp(session, '#v=1&view=km', { width: 390 })`.
 */
export async function openApp(
  session: BrowserSession,
  hash = '',
  { waitFor = 'g[data-patient-id]', width, height, context: given }: OpenAppOptions = {},
): Promise<AppPage> {
  const context = given ?? (await session.newContext({ width, height }));
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  if (given) page.on('request', (r) => requests.push(r.url()));
  else context.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(session.url + hash);
  if (waitFor) await page.waitForSelector(waitFor, { timeout: 10_000 });
  return { context, page, requests, errors };
}

/**
 * The hash "Copy link with data" puts on the clipboard (the address bar names an uploaded cohort
 * without its rows; this link carries them).
 */
export async function copiedLinkWithData(page: Page): Promise<string> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(page.url()).origin,
  });
  await page.getByTestId('copy-link-data').click();
  await page.getByText('Link with data copied').waitFor();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  return url.slice(url.indexOf('#'));
}
