/**
 * A starting insurance programme for an organisation that has none, sized to it by revenue
 * from published healthcare market ranges (the only published ranges of limits, retentions and
 * premiums by organisation size we have). Each value carries its citation; the mapping from
 * revenue to a size band is an assumption and says so. Amounts are converted from US dollars to
 * the scenario's currency at the assumed comparison rate.
 */
import { convert } from '../benchmarks/exchangeRates';
import { assumption, sourced, type Provenance } from '../sources/provenance';
import type { InsuranceProgramme } from '../scenario/insuranceSchema';
import type { Organisation } from '../scenario/schemaV1';

export type InsuranceTemplate = Readonly<{ insurance: InsuranceProgramme; provenance: Readonly<Record<string, Provenance>> }>;

/** AccountableHQ's bands (USD), read at their middles, by the revenue we take each band to mean. */
type Band = Readonly<{ maxRevenueUsd: number; band: string; limit: number; limitRange: string; retention: number; retentionRange: string; premium: number; premiumRange: string }>;
const LARGEST: Band = { maxRevenueUsd: Infinity, band: 'regional and large health systems', limit: 10e6, limitRange: '10-50M', retention: 1e6, retentionRange: '1-5M', premium: 750e3, premiumRange: '750K-5M' };
const BANDS: readonly Band[] = [
  { maxRevenueUsd: 10e6, band: 'small practices (1-10 providers)', limit: 1e6, limitRange: '1M', retention: 15e3, retentionRange: '5-25K', premium: 9e3, premiumRange: '3.5-15K' },
  { maxRevenueUsd: 100e6, band: 'mid-sized clinics (25-250 staff)', limit: 2e6, limitRange: '1-3M', retention: 50e3, retentionRange: '25-100K', premium: 40e3, premiumRange: '15-75K' },
  { maxRevenueUsd: 1e9, band: 'community hospitals and small systems (100-500 beds)', limit: 5e6, limitRange: '5-10M', retention: 250e3, retentionRange: '250K-1M', premium: 150e3, premiumRange: '150-600K' },
  LARGEST,
];

/** Round to two significant figures, so converted amounts read like a broker's. */
function roundAmount(value: number): number {
  if (!(value > 0)) return 0;
  const magnitude = Math.pow(10, Math.floor(Math.log10(value)) - 1);
  return Math.round(value / magnitude) * magnitude;
}

export function insuranceTemplate(organisation: Organisation, currency: string): InsuranceTemplate {
  const revenueUsd = convert(organisation.annualRevenue, currency, 'USD') ?? organisation.annualRevenue;
  const band = BANDS.find((entry) => revenueUsd < entry.maxRevenueUsd) ?? LARGEST;
  const fromUsd = (amount: number): number => roundAmount(convert(amount, 'USD', currency) ?? amount);
  const sizing = `We take an organisation with this revenue to be like ${band.band}; an assumption, as the published bands are by size, not revenue, and come from healthcare.`;
  return {
    insurance: {
      retention: fromUsd(band.retention),
      waitingPeriodHours: 12,
      excluded: ['lostBusiness'],
      layers: [{ name: 'Primary', attachment: 0, limit: fromUsd(band.limit), premium: fromUsd(band.premium) }],
    },
    provenance: {
      retention: assumption(`Retentions of ${band.retentionRange} USD are common for ${band.band}. ${sizing}`, 'accountableHqCyberCost'),
      waitingPeriodHours: sourced(
        'Business interruption cover starts after a waiting period: 12 hours in many policies, up to 24 in some (Keefer); typically 8 hours (CFC).',
        'keeferWaitingPeriods2017',
        'cfcBusinessInterrupted2018',
      ),
      excluded: assumption('Customers lost after an incident (reputational harm) are usually outside a cyber policy or an optional extra, so they are excluded.'),
      'layers[0].limit': assumption(`${band.band} buy about ${band.limitRange} USD of limits. ${sizing}`, 'accountableHqCyberCost'),
      'layers[0].premium': assumption(`${band.band} pay about ${band.premiumRange} USD a year for that cover. ${sizing}`, 'accountableHqCyberCost'),
    },
  };
}
