/**
 * Regulatory fine regimes and their caps. A fine is a probability times an amount and is
 * never above the regime's cap for the organisation:
 * - HIPAA: the yearly cap per identical provision violated (2026 inflation-adjusted amount),
 *   times the number of provisions violated.
 * - GDPR and UK GDPR: the higher of a fixed amount and a share of worldwide annual turnover
 *   (the upper tier, Art. 83(5)).
 */
import type { SourceId } from '../sources/sources';
import type { Regime } from './vocabulary';

export type RegimeRule = Readonly<{
  label: string;
  currency: string;
  /** Fixed part of the cap, in `currency`. */
  fixedCap: number;
  /** Share of annual revenue that raises the cap above the fixed part (0 for none). */
  turnoverShare: number;
  /** HIPAA caps apply per provision violated. */
  perProvision: boolean;
  sources: readonly SourceId[];
  note: string;
}>;

export const REGIME_RULES: Readonly<Record<Exclude<Regime, 'none'>, RegimeRule>> = {
  hipaa: {
    label: 'HIPAA',
    currency: 'USD',
    fixedCap: 2_190_294,
    turnoverShare: 0,
    perProvision: true,
    sources: ['hhsPenalties2026'],
    note: 'Calendar-year cap per identical provision violated: 2,190,294 USD from 28 January 2026.',
  },
  gdpr: {
    label: 'GDPR',
    currency: 'EUR',
    fixedCap: 20_000_000,
    turnoverShare: 0.04,
    perProvision: false,
    sources: ['gdprArticle83'],
    note: 'Upper tier: 20M EUR or 4% of worldwide annual turnover, whichever is higher (Art. 83(5)).',
  },
  ukGdpr: {
    label: 'UK GDPR',
    currency: 'GBP',
    fixedCap: 17_500_000,
    turnoverShare: 0.04,
    perProvision: false,
    sources: ['ukGdprPenalties'],
    note: 'Upper tier: 17.5M GBP or 4% of worldwide annual turnover, whichever is higher.',
  },
};

/**
 * The cap on one fine, in the scenario's currency.
 * @param exchangeRate scenario-currency units per unit of the regime's currency
 */
export function fineCap(
  regime: Regime,
  annualRevenue: number,
  provisionsViolated: number,
  exchangeRate: number,
): number {
  if (regime === 'none') return 0;
  const rule = REGIME_RULES[regime];
  const fixed = rule.fixedCap * exchangeRate * (rule.perProvision ? provisionsViolated : 1);
  return Math.max(fixed, rule.turnoverShare * annualRevenue);
}
