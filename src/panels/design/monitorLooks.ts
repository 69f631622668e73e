/**
 * The interim looks of a monitoring rule: after `first` patients, then every `step`, below nMax
 * (the final analysis at nMax is always a look); none when the first look is at nMax or later.
 * Example: `monitorLooks({ first: 10, step: 10, nMax: 40 })` is `[10, 20, 30]`.
 */
export function monitorLooks({
  first,
  step,
  nMax,
}: {
  first: number;
  step: number;
  nMax: number;
}): number[] {
  const looks: number[] = [];
  for (let n = first; n < nMax; n += step) looks.push(n);
  return looks;
}
