/** Prints one benchmark figure: a label padded to a column, then its value. */
export function line(label: string, value: string): void {
  console.log(`${label.padEnd(52)} ${value}`);
}

/** The median of some numbers (the upper one of an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Seconds with two decimals, from milliseconds. */
export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
