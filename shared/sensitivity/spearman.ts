/**
 * Spearman's rank correlation: the Pearson correlation of the ranks, with tied values given the
 * average of the ranks they span (so the many years that cost nothing share one rank),
 * rho = sum (r_i - rbar)(s_i - sbar) / sqrt(sum (r_i - rbar)^2 sum (s_i - sbar)^2).
 * It is 1 when the loss only ever rises with the input, -1 when it only falls, near 0 when the
 * input's draws tell nothing about the loss's order.
 */

/** Ranks 1..n, ties sharing the average of the ranks they span. */
export function averageRanks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0));
  const ranks = new Float64Array(n);
  let start = 0;
  while (start < n) {
    const value = values[order[start] ?? 0] ?? 0;
    let end = start + 1;
    while (end < n && (values[order[end] ?? 0] ?? 0) === value) end += 1;
    // Positions start..end-1 hold ranks start+1..end: their average.
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k += 1) ranks[order[k] ?? 0] = rank;
    start = end;
  }
  return ranks;
}

/** Spearman's rho of paired samples, or null when there are fewer than two pairs or either side never varies. */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  if (x.length !== y.length) throw new Error(`spearman needs paired samples, got ${x.length} and ${y.length} values`);
  return rankCorrelation(averageRanks(x), averageRanks(y));
}

/** Pearson's correlation of two rank vectors from averageRanks (so one side's ranks can be reused). */
export function rankCorrelation(rx: Float64Array, ry: Float64Array): number | null {
  const n = rx.length;
  if (n !== ry.length) throw new Error(`rank correlation needs paired ranks, got ${n} and ${ry.length}`);
  if (n < 2) return null;
  // Average ranks always have mean (n + 1) / 2.
  const mean = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = (rx[i] ?? 0) - mean;
    const dy = (ry[i] ?? 0) - mean;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}
