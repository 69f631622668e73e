import type { Page } from 'playwright-core';

/** A valid cohort of `n` patients on a weekly schedule, with sex and age, built deterministically. */
export function largeCohortCsv(n: number): string {
  const rows = ['id,best_response,response_wk,loss_wk,followup_wk,sex,age'];
  const codes = ['CR', 'PR', 'PR', 'IMP', 'NR', 'NE'];
  for (let i = 0; i < n; i++) {
    const code = codes[i % codes.length];
    const responds = code === 'CR' || code === 'PR' || code === 'IMP';
    const response = responds ? 1 + (i % 4) : '';
    const loss = responds && i % 3 === 0 ? Number(response) + 1 + (i % 7) : '';
    rows.push(
      `P${i},${code},${response},${loss},${12 + (i % 30)},${i % 5 ? 'F' : 'M'},${20 + (i % 60)}`,
    );
  }
  return rows.join('\n') + '\n';
}

/** The longest main-thread task of one step of a tour, and the script that took most of its frame. */
export interface StepTasks {
  step: string;
  /** Milliseconds of the longest task (0: none over 50 ms). */
  longest: number;
  /** The script behind the longest animation frame of the step, when the browser says. */
  culprit: string | null;
}

/** The tabs a tour opens, with what shows that each has drawn. */
export const TOUR_TABS: { tab: string; ready: string }[] = [
  { tab: 'Summary & swimmer', ready: 'g[data-patient-id]' },
  { tab: 'Kaplan–Meier', ready: 'main svg' },
  { tab: 'Subgroups', ready: 'main h2' },
  { tab: 'Bootstrap', ready: 'main h2' },
  { tab: 'Re-simulation', ready: 'main h2' },
];

/**
 * Loads the cohort file at `path` on the Load tab of an open app, then opens each tab of
 * `TOUR_TABS`, and says how long the longest main-thread task of each step was (Long Tasks
 * API) and which script took most of the longest frame (Long Animation Frames API). Waits
 * `settleMs` after each step for work that follows it (the fit, the session save).
 */
export async function tourLargeCohort(
  page: Page,
  path: string,
  { settleMs = 3000, loaded = /patients/ }: { settleMs?: number; loaded?: RegExp } = {},
): Promise<StepTasks[]> {
  await page.evaluate(() => {
    type Entry = { start: number; duration: number; culprit: string | null };
    const w = window as unknown as { tasks: Entry[]; frames: Entry[] };
    w.tasks = [];
    w.frames = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.tasks.push({ start: e.startTime, duration: e.duration, culprit: null });
    }).observe({ type: 'longtask' });
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          type Script = {
            duration: number;
            sourceURL: string;
            sourceFunctionName: string;
            invoker: string;
          };
          const scripts = ((e as unknown as { scripts?: Script[] }).scripts ?? []).slice();
          scripts.sort((a, b) => b.duration - a.duration);
          const s = scripts[0];
          const file = s ? s.sourceURL.split('/').pop() : '';
          const culprit = s
            ? `${s.sourceFunctionName || s.invoker} (${file}, ${Math.round(s.duration)} ms)`
            : null;
          w.frames.push({ start: e.startTime, duration: e.duration, culprit });
        }
      }).observe({ type: 'long-animation-frame' });
    } catch {
      // an older browser without the Long Animation Frames API: durations only
    }
  });
  const steps: StepTasks[] = [];
  const measure = async (step: string, act: () => Promise<void>) => {
    const from = await page.evaluate(() => performance.now());
    await act();
    await page.waitForTimeout(settleMs);
    steps.push(
      await page.evaluate(
        ({ step, from }) => {
          type Entry = { start: number; duration: number; culprit: string | null };
          const w = window as unknown as { tasks: Entry[]; frames: Entry[] };
          // No named functions in here: the bench's TypeScript loader would wrap them.
          let task: Entry | undefined;
          for (const e of w.tasks)
            if (e.start >= from && e.duration > (task?.duration ?? 0)) task = e;
          let frame: Entry | undefined;
          for (const e of w.frames)
            if (e.start >= from && e.duration > (frame?.duration ?? 0)) frame = e;
          return {
            step,
            longest: Math.round(task?.duration ?? 0),
            culprit: frame?.culprit ?? null,
          };
        },
        { step, from },
      ),
    );
  };
  await page.getByRole('tab', { name: 'Load' }).click();
  await measure('load the file', async () => {
    await page.setInputFiles('[data-testid=file-input]', path);
    await page.waitForFunction(
      (pattern) =>
        new RegExp(pattern).test(document.querySelector('[data-testid=loaded]')?.textContent ?? ''),
      loaded.source,
      { timeout: 120_000 },
    );
  });
  for (const { tab, ready } of TOUR_TABS) {
    await measure(`open ${tab}`, async () => {
      await page.getByRole('tab', { name: tab }).click();
      await page.waitForSelector(ready, { timeout: 60_000 });
    });
  }
  return steps;
}
