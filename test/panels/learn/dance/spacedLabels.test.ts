import { describe, expect, it } from 'vitest';
import { spacedLabels } from '../../../../src/panels/learn/dance/spacedLabels.ts';

describe('spacedLabels', () => {
  it('keeps the newest label and drops older ones that would overlap it', () => {
    expect([...spacedLabels([0, 7, 14, 21], 13)].sort()).toEqual([1, 3]);
  });

  it('skips rows without a label and keeps every label that has room', () => {
    expect([...spacedLabels([0, null, 20, null, 40], 13)].sort()).toEqual([0, 2, 4]);
  });

  it('gives no label to an empty chart', () => {
    expect(spacedLabels([], 13).size).toBe(0);
  });
});
