/** One entry of a published numbers-at-risk table: at `time`, `n` patients were at risk. */
export interface AtRisk {
  time: number;
  n: number;
}

/**
 * Checks a published at-risk table and puts n at time 0 first: times must be finite, at least 0
 * and increasing; numbers whole, at least 0 and never increasing; the table must start at time 0,
 * or `n` must say how many were at risk then (when both are given they must agree). Throws a
 * `RangeError` naming the entry at fault.
 * @example atRiskTable([{ time: 10, n: 31 }], { n: 50 }) // [{ time: 0, n: 50 }, { time: 10, n: 31 }]
 */
export function atRiskTable(table: readonly AtRisk[], { n }: { n?: number } = {}): AtRisk[] {
  if (n !== undefined && !(Number.isInteger(n) && n >= 1)) {
    throw new RangeError(`n must be a whole number of at least 1, got ${n}`);
  }
  table.forEach(({ time, n: count }, i) => {
    if (!(Number.isFinite(time) && time >= 0)) {
      throw new RangeError(`at-risk entry ${i + 1}: time must be a number ≥ 0, got ${time}`);
    }
    if (!(Number.isInteger(count) && count >= 0)) {
      throw new RangeError(
        `at-risk entry ${i + 1}: the number at risk must be a whole number ≥ 0, got ${count}`,
      );
    }
    if (i > 0 && time <= table[i - 1].time) {
      throw new RangeError(`at-risk times must increase: ${table[i - 1].time} then ${time}`);
    }
    if (i > 0 && count > table[i - 1].n) {
      throw new RangeError(
        `numbers at risk cannot increase: ${table[i - 1].n} at ${table[i - 1].time} then ${count} at ${time}`,
      );
    }
  });
  const rows = table.map((r) => ({ time: r.time, n: r.n }));
  if (rows.length > 0 && rows[0].time === 0) {
    if (n !== undefined && n !== rows[0].n) {
      throw new RangeError(`n (${n}) differs from the number at risk at time 0 (${rows[0].n})`);
    }
    if (rows[0].n < 1) throw new RangeError('the number at risk at time 0 must be at least 1');
    return rows;
  }
  if (n === undefined) {
    throw new RangeError(
      rows.length === 0
        ? 'give n (the number of patients) or an at-risk table starting at time 0'
        : `the at-risk table starts at time ${rows[0].time}: give n, the number at risk at time 0`,
    );
  }
  if (rows.length > 0 && rows[0].n > n) {
    throw new RangeError(`${rows[0].n} at risk at time ${rows[0].time} is more than n (${n})`);
  }
  return [{ time: 0, n }, ...rows];
}
