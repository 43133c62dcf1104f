/** Median and range of repeated measurements (the median of an even count is the mean of the middle two). */

export type Spread = Readonly<{ median: number; min: number; max: number; all: readonly number[] }>;

export function spreadOf(values: readonly number[]): Spread {
  if (values.length === 0) throw new Error('spreadOf needs at least one value');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return { median, min: sorted[0] as number, max: sorted[sorted.length - 1] as number, all: values };
}
