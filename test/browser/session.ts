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
 * Serves a built site (building one unless given) and launches Chromium with networking
 * extras switched off.
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
  return {
    browser,
    dir: site.dir,
    server,
    url: server.origin + SITE_PREFIX,
    async close() {
      await browser.close();
      await server.close();
      if (!given) await removeSite(site);
    },
  };
}

/**
 * Opens the app at `hash` in a fresh context and waits for the first swimmer plot (or, with
 * `waitFor: null`, only for the page load); records requests, page errors, console errors and
 * Content-Security-Policy violations.
 */
export async function openApp(
  session: BrowserSession,
  hash = '',
  { waitFor = 'g[data-patient-id]' as string | null, width = 1400 } = {},
): Promise<AppPage> {
  const context = await session.browser.newContext({
    viewport: { width, height: 900 },
    acceptDownloads: true,
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
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
