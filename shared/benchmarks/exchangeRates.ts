/**
 * Exchange rates used only to compare results with benchmarks published in another currency
 * and to convert cited US-dollar unit costs for the UK presets. An assumption: approximate
 * 2024 averages, rounded; the model itself never converts currencies.
 */
import { assumption, type Provenance } from '../sources/provenance';

/** US dollars per unit of each currency. */
export const USD_PER_UNIT: Readonly<Record<string, number>> = { USD: 1, GBP: 1.27, EUR: 1.08 };

export const EXCHANGE_RATE_PROVENANCE: Provenance = assumption(
  'Approximate 2024 average exchange rates (1 GBP = 1.27 USD, 1 EUR = 1.08 USD), used only to compare with benchmarks in another currency and to convert US unit costs in the UK presets.',
);

/** Converts an amount between currencies; null when a rate is unknown. */
export function convert(amount: number, from: string, to: string): number | null {
  const fromRate = USD_PER_UNIT[from];
  const toRate = USD_PER_UNIT[to];
  if (fromRate === undefined || toRate === undefined) return null;
  return (amount * fromRate) / toRate;
}
