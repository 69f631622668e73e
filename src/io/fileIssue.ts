import type { ImportIssue } from './issue.ts';

/**
 * An issue about a whole file (no row, column or value), optionally with the value it names.
 * Example: `fileIssue('a.xlsx', 'has no data in any sheet')`.
 */
export function fileIssue(file: string, message: string, value: string | null = null): ImportIssue {
  return { file, row: null, column: null, value, message };
}
