import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../browser/findChromium.ts';
import { openApp, startSession, type BrowserSession } from '../browser/session.ts';

describe.skipIf(!chromiumAvailable())('SwimmerPlot in Chromium', () => {
  const root = fileURLToPath(new URL('./browser/', import.meta.url));
  const outDir = mkdtempSync(join(tmpdir(), 'chart-harness-'));
  let session: BrowserSession;
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
    session = await startSession({ dir: outDir, owned: true });
    const context = await session.newContext({ width: 1000, height: 700 });
    context.on('dialog', (dialog) => {
      alerts.push(dialog.message());
      void dialog.dismiss();
    });
    ({ page } = await openApp(session, '', { context }));
  }, 120_000);

  afterAll(async () => {
    await session?.close();
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
