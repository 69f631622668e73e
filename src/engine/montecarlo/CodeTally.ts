/** Nonzero counts of integer codes, codes ascending: the transferable form of a `CodeTally`. */
export interface TallyData {
  codes: Float64Array;
  counts: Float64Array;
}

const DENSE_LIMIT = 1 << 16;

/**
 * An exact histogram of integer codes in [0, size): a typed array when the support is small,
 * a map otherwise, so 10^7 replicates of a discrete statistic need no more memory than its support.
 * @example const t = new CodeTally(19); t.add(15); t.toData() // { codes: [15], counts: [1] }
 */
export class CodeTally {
  private readonly dense: Float64Array | null;
  private readonly sparse = new Map<number, number>();

  constructor(size: number) {
    this.dense = size <= DENSE_LIMIT ? new Float64Array(size) : null;
  }

  /** Counts `code` `times` times (once by default). */
  add(code: number, times = 1): void {
    if (this.dense) this.dense[code] += times;
    else this.sparse.set(code, (this.sparse.get(code) ?? 0) + times);
  }

  /** Adds every count of `data`. */
  addData(data: TallyData): void {
    for (let k = 0; k < data.codes.length; k++) this.add(data.codes[k], data.counts[k]);
  }

  /** The nonzero counts, codes ascending. */
  toData(): TallyData {
    const entries: [number, number][] = [];
    if (this.dense) this.dense.forEach((c, code) => c > 0 && entries.push([code, c]));
    else entries.push(...[...this.sparse].sort((a, b) => a[0] - b[0]));
    return {
      codes: Float64Array.from(entries, (e) => e[0]),
      counts: Float64Array.from(entries, (e) => e[1]),
    };
  }
}
