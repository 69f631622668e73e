/**
 * The key under which a mapping is remembered: the set of headers of each table (trimmed, lower
 * case, sorted; blank headers left out), the tables in the order they are mapped (the visits
 * table first). Files with the same headers — the next export of the same study — get the same
 * key, whatever their names, sheets or column order.
 * @example mappingKey([{ columns: ['Patient', 'Day', 'Status'] }]) // 'day|patient|status'
 */
export function mappingKey(tables: readonly { columns: readonly string[] }[]): string {
  return tables
    .map((t) =>
      [...new Set(t.columns.map((c) => c.trim().toLowerCase()).filter((c) => c !== ''))]
        .sort()
        .join('|'),
    )
    .join(' + ');
}
