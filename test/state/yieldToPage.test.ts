import { afterEach, describe, expect, it, vi } from 'vitest';
import { yieldToPage } from '../../src/state/yieldToPage.ts';

afterEach(() => {
  delete (globalThis as { scheduler?: unknown }).scheduler;
});

describe('yieldToPage', () => {
  it('asks the browser’s scheduler to yield when there is one', async () => {
    const scheduler = { yield: vi.fn(() => Promise.resolve()) };
    Object.assign(globalThis, { scheduler });
    await yieldToPage();
    expect(scheduler.yield).toHaveBeenCalledTimes(1);
  });

  it('without a scheduler, resumes in a later task: after every queued microtask', async () => {
    const order: string[] = [];
    const resumed = yieldToPage().then(() => order.push('resumed'));
    let chain = Promise.resolve();
    for (let i = 0; i < 100; i++) chain = chain.then(() => {});
    void chain.then(() => order.push('microtasks'));
    await resumed;
    expect(order).toEqual(['microtasks', 'resumed']);
  });
});
