/**
 * Which of the rows that want a text label get one, so that no two labels are closer than
 * `gap` pixels: the newest (last) row always keeps its label, older ones only where there is room.
 * Assumes `rows` lists row positions in pixels in drawing order (oldest first).
 * Example: `spacedLabels([0, 7, 14, 21], 13) // Set { 3, 1 }`.
 */
export function spacedLabels(rows: readonly (number | null)[], gap: number): Set<number> {
  const kept = new Set<number>();
  let last = Infinity;
  for (let i = rows.length - 1; i >= 0; i--) {
    const y = rows[i];
    if (y === null || Math.abs(last - y) < gap) continue;
    kept.add(i);
    last = y;
  }
  return kept;
}
