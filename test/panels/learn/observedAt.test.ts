import { describe, expect, it } from 'vitest';
import { observedAt } from '../../../src/panels/learn/observedAt.ts';

describe('observedAt', () => {
  it('scales 15/18 to 25/30 and 20/24', () => {
    expect(observedAt({ x: 15, n: 18 }, 30)).toBe(25);
    expect(observedAt({ x: 15, n: 18 }, 24)).toBe(20);
  });

  it('keeps the cohort’s own count at its own n', () => {
    expect(observedAt({ x: 15, n: 18 }, 18)).toBe(15);
  });

  it('rounds to whole responders: 15/18 of 5 patients is 4', () => {
    expect(observedAt({ x: 15, n: 18 }, 5)).toBe(4);
  });

  it('counts no responder for a cohort without patients or responders', () => {
    expect(observedAt({ x: 0, n: 0 }, 18)).toBe(0);
    expect(observedAt({ x: 0, n: 6 }, 150)).toBe(0);
  });
});
