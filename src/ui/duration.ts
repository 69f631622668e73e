/**
 * A duration for a status line: tenths of a second below 10 s, whole seconds below a minute,
 * then minutes and seconds.
 * @example duration(1234) // "1.2 s"; duration(125_000) // "2 min 5 s"
 */
export function duration(ms: number): string {
  const s = ms / 1000;
  if (s < 0.05) return 'under 0.1 s';
  if (s < 9.95) return `${s.toFixed(1)} s`;
  if (s < 59.5) return `${Math.round(s)} s`;
  const whole = Math.round(s);
  return `${Math.floor(whole / 60)} min ${whole % 60} s`;
}
