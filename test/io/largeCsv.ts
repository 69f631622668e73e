/** A realistic CSV of `n` patients with every column and one unknown column. */
export function largeCsv(n: number): string {
  const header =
    'id,best_response,response_wk,cr_wk,loss_wk,death_wk,followup_wk,age,sex,fever_baseline,fever_resolved_wk,gc_baseline_mg,gc_halved_wk,sae_related,site';
  const codes = ['CR', 'PR', 'IMP', 'NR', 'NE'];
  const rows = Array.from({ length: n }, (_, i) => {
    const code = codes[i % 5];
    const responder = i % 5 < 3;
    return [
      `P${i}`,
      code,
      responder ? '1.5' : '',
      code === 'CR' ? '2' : '',
      responder && i % 2 ? '4' : '',
      i % 7 === 0 ? '10' : '',
      '12',
      String(20 + (i % 60)),
      i % 2 ? 'F' : 'M',
      String(i % 2),
      i % 2 ? '1' : '',
      '40',
      '2',
      '0',
      `site ${i % 13}`,
    ].join(',');
  });
  return [header, ...rows].join('\n');
}
