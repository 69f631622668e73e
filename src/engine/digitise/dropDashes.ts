import type { InkMask } from './inkMask.ts';

/**
 * Removes from a mask every connected piece (8-neighbours) whose bounding box is shorter than
 * `minExtent` pixels both across and down: the dashes of a dashed confidence line or median line,
 * and specks of text or noise. A solid curve is one long piece (its drops join its flats), and
 * survives; dashes that touch it stay as short spurs, which the tracing steps over.
 * Returns a new mask; the input is unchanged.
 * @example dropDashes(ink, { minExtent: 14 }).reduce((a, b) => a + b, 0) // pixels left
 */
export function dropDashes(ink: InkMask, { minExtent }: { minExtent: number }): Uint8Array {
  const { width, height, mask } = ink;
  const kept = new Uint8Array(mask);
  const label = new Int32Array(width * height);
  const queue = new Int32Array(width * height);
  let next = 0;
  for (let start = 0; start < mask.length; start++) {
    if (!mask[start] || label[start]) continue;
    next++;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    label[start] = next;
    let x0 = Infinity;
    let x1 = -Infinity;
    let y0 = Infinity;
    let y1 = -Infinity;
    while (head < tail) {
      const i = queue[head++];
      const x = i % width;
      const y = (i - x) / width;
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
      for (let dy = -1; dy <= 1; dy++) {
        const v = y + dy;
        if (v < 0 || v >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const u = x + dx;
          if (u < 0 || u >= width) continue;
          const j = v * width + u;
          if (mask[j] && !label[j]) {
            label[j] = next;
            queue[tail++] = j;
          }
        }
      }
    }
    if (x1 - x0 + 1 < minExtent && y1 - y0 + 1 < minExtent) {
      for (let k = 0; k < tail; k++) kept[queue[k]] = 0;
    }
  }
  return kept;
}
