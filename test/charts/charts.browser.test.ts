import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(chromiumPath);
if (!haveChromium) {
  const message = `Chart browser tests skipped: no Chromium at ${chromiumPath} (set CHROMIUM_PATH).`;
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(message);
}

describe.skipIf(!haveChromium)('SwimmerPlot in Chromium', () => {
  const root = fileURLToPath(new URL('./browser/', import.meta.url));
  const outDir = mkdtempSync(join(tmpdir(), 'chart-harness-'));
  let server: Server;
  let browser: Browser;
  let page: Page;
  const alerts: string[] = [];

  beforeAll(async () => {
    await build({
      root,
      configFile: false,
      logLevel: 'silent',
      base: './',
      plugins: [svelte({ configFile: false, compilerOptions: { runes: true } })],
      build: { outDir, emptyOutDir: true },
    });
    server = createServer((req, res) => {
      const path = join(outDir, (req.url ?? '/').split('?')[0].replace(/\/$/, '/index.html'));
      if (!path.startsWith(outDir) || !existsSync(path)) return void res.writeHead(404).end();
      const type = extname(path) === '.js' ? 'text/javascript' : 'text/html';
      res.writeHead(200, { 'content-type': type }).end(readFileSync(path));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    page.on('dialog', (dialog) => {
      alerts.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.locator('g[data-patient-id]').first().waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('draws one lane per patient', async () => {
    expect(await page.locator('g[data-patient-id]').count()).toBe(6);
  });

  it('shows the whole record on hover, hostile text as text', async () => {
    await page.locator('g[data-patient-id^="<script>"]').hover();
    const tooltip = page.getByRole('tooltip');
    await expect.poll(() => tooltip.textContent()).toContain('<script>alert(1)</script>');
    expect(await tooltip.textContent()).toContain('<b>bold</b> & "quoted"');
    expect(await tooltip.locator('b, script').count()).toBe(0);
    expect(alerts).toEqual([]);
  });

  it('is one tab stop: moves between lanes with the arrow keys and selects with Enter', async () => {
    await page.mouse.move(0, 0);
    await page.keyboard.press('Tab');
    const list = page.getByRole('listbox');
    expect(await list.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    const active = await list.getAttribute('aria-activedescendant');
    expect(await page.locator(`[id="${active}"]`).textContent()).toMatch(/Patient P02, 2 of 6/);
    await expect.poll(() => page.getByRole('tooltip').textContent()).toContain('P02');
    // The dashed outline marks the active lane and is not part of an export.
    expect(await page.locator('rect[data-export="skip"][stroke-dasharray="4 2"]').count()).toBe(1);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (window as unknown as { selected: string }).selected)).toBe(
      'P02',
    );
    await page.locator('g[data-patient-id="P03"]').click();
    expect(await page.evaluate(() => (window as unknown as { selected: string }).selected)).toBe(
      'P03',
    );
  });

  it('exports a standalone SVG without the focus ring and a PNG', async () => {
    await page.getByRole('listbox').focus();
    const svg = await page.evaluate(() =>
      (window as unknown as { exportSvg(): string }).exportSvg(),
    );
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).not.toContain('tabindex');
    expect(svg).not.toContain('data-export="skip"');
    expect(svg).toContain('data-patient-id="P01"');
    const png = await page.evaluate(() =>
      (
        window as unknown as {
          exportPng(): Promise<{ type: string; size: number; head: number[] }>;
        }
      ).exportPng(),
    );
    expect(png.type).toBe('image/png');
    expect(png.head).toEqual([0x50, 0x4e, 0x47]); // "PNG"
    expect(png.size).toBeGreaterThan(5_000);
  });
});
