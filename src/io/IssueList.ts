import type { ImportIssue } from './issue.ts';
import { MAX_ISSUES } from './limits.ts';

/**
 * Collects import issues for one file, keeping the first `MAX_ISSUES` and counting the rest.
 * Example: `const list = new IssueList('a.csv'); list.add(2, 'id', '', 'is empty'); list.list()`.
 */
export class IssueList {
  readonly file: string;
  private readonly kept: ImportIssue[] = [];
  private total = 0;

  constructor(file: string) {
    this.file = file;
  }

  /** Records one issue; only the first `MAX_ISSUES` are kept. */
  add(row: number | null, column: string | null, value: string | null, message: string): void {
    this.total += 1;
    if (this.kept.length < MAX_ISSUES) {
      this.kept.push({ file: this.file, row, column, value, message });
    }
  }

  /** Number of issues recorded, including those not kept. */
  get count(): number {
    return this.total;
  }

  /** The kept issues, plus one final issue saying how many more there were. */
  list(): ImportIssue[] {
    const more = this.total - this.kept.length;
    if (more === 0) return [...this.kept];
    const noun = more === 1 ? 'problem' : 'problems';
    return [
      ...this.kept,
      {
        file: this.file,
        row: null,
        column: null,
        value: null,
        message: `${more} more ${noun} not shown (only the first ${MAX_ISSUES} are listed)`,
      },
    ];
  }
}
