/** A mark on one row of a lane: where its time puts it (`at`) and its half-width `r`. */
export interface RowMark {
  at: number;
  r: number;
}

/**
 * Positions for marks on one row so that none overlaps the next: marks closer than the sum of
 * their half-widths (plus `gap`) are pushed apart along the row, in time order, and each group of
 * pushed marks is moved back by its mean displacement (never into the group before it), so the
 * group stays centred on its times.
 * Returns the drawn x of each mark, in the order given.
 * Reference: a one-dimensional "dodge", as ggplot2's position_dodge for points at equal times.
 * @example dodge([{ at: 10, r: 4 }, { at: 10, r: 4 }]) // [5.75, 14.25]
 */
export function dodge(marks: readonly RowMark[], gap = 0.5): number[] {
  const order = marks.map((_, i) => i).sort((a, b) => marks[a].at - marks[b].at || a - b);
  const x = new Array<number>(marks.length);
  let cluster: number[] = [];
  /** The right edge of the last settled group, plus the gap: a group never moves back past it. */
  let floor = -Infinity;
  const settle = () => {
    if (cluster.length > 1) {
      const first = cluster[0];
      const room = x[first] - marks[first].r - floor;
      const mean = cluster.reduce((s, i) => s + (x[i] - marks[i].at), 0) / cluster.length;
      const shift = Math.max(0, Math.min(mean, room));
      for (const i of cluster) x[i] -= shift;
    }
    const last = cluster.at(-1);
    if (last !== undefined) floor = x[last] + marks[last].r + gap;
    cluster = [];
  };
  let prev = -1;
  for (const i of order) {
    const want = marks[i].at;
    const min = prev < 0 ? -Infinity : x[prev] + marks[prev].r + marks[i].r + gap;
    if (want < min) {
      x[i] = min;
    } else {
      settle();
      x[i] = want;
    }
    cluster.push(i);
    prev = i;
  }
  settle();
  return x;
}
