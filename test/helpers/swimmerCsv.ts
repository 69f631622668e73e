/**
 * A valid cohort of n patients with crowded early events, adverse events with and without their
 * week, and no sex or age column, built deterministically.
 */
export function swimmerCsv(n: number): string {
  const rows = [
    'id,best_response,response_wk,loss_wk,death_wk,followup_wk,gc_halved_wk,sae_related,sae_wk',
  ];
  const codes = ['CR', 'PR', 'PR', 'IMP', 'NR', 'NE'];
  for (let i = 0; i < n; i++) {
    const code = codes[i % codes.length];
    const responds = code === 'CR' || code === 'PR' || code === 'IMP';
    const followup = 4 + (i % 37);
    const response = responds ? 0.5 + (i % 4) * 0.5 : '';
    const loss = responds && i % 3 === 0 ? Math.min(followup, Number(response) + 1 + (i % 7)) : '';
    const death = i % 11 === 0 ? followup : '';
    const sae = i % 9 === 0 ? 1 : 0;
    const saeWk = sae && i % 2 ? 1 : '';
    rows.push(
      `P${String(i + 1).padStart(4, '0')},${code},${response},${loss},${death},${followup},1,${sae},${saeWk}`,
    );
  }
  return rows.join('\n') + '\n';
}
