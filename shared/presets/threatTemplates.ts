/**
 * Starting values for a threat added in the workspace, by kind, sized to the organisation where
 * a source allows (ransom demands by revenue band). Each value carries its source or an
 * assumption label, keyed by its path inside the threat. Amounts come from US sources and are
 * converted to the scenario's currency at the assumed comparison rate.
 */
import type { DistributionSpec, LognormalSpec, PertSpec } from '../distributions/uncertain';
import { convert } from '../benchmarks/exchangeRates';
import { assumption, sourced, type Provenance } from '../sources/provenance';
import type { Organisation, Threat } from '../scenario/schemaV1';
import { PEOPLE_RECORD_TYPES, THREAT_KIND_LABELS, type ThreatKind } from '../model/vocabulary';
import { Z95 } from '../distributions/uncertain';

export type ThreatTemplate = Readonly<{ threat: Threat; provenance: Readonly<Record<string, Provenance>> }>;

const pert = (low: number, mode: number, high: number): PertSpec => ({ dist: 'pert', low, mode, high });
const lognormal = (low: number, high: number): LognormalSpec => ({ dist: 'lognormal', low, high });

/** Sophos 2024 ransom demands by annual revenue (USD): median and mean. */
const DEMAND_BANDS: readonly Readonly<{ maxRevenueUsd: number; median: number; mean: number }>[] = [
  { maxRevenueUsd: 50e6, median: 330e3, mean: 1.77e6 },
  { maxRevenueUsd: 250e6, median: 220e3, mean: 1.7e6 },
  { maxRevenueUsd: 500e6, median: 840e3, mean: 3.41e6 },
  { maxRevenueUsd: 1e9, median: 2.0e6, mean: 5.18e6 },
  { maxRevenueUsd: 5e9, median: 3.0e6, mean: 4.28e6 },
];
const LARGEST_BAND = { maxRevenueUsd: Infinity, median: 6.6e6, mean: 7.47e6 } as const;

/** The lognormal 90% interval with a given median and mean: sigma = sqrt(2 ln(mean / median)). */
export function intervalFromMedianAndMean(median: number, mean: number): [number, number] {
  const sigma = Math.sqrt(2 * Math.log(mean / median));
  return [median * Math.exp(-Z95 * sigma), median * Math.exp(Z95 * sigma)];
}

export function threatTemplate(kind: ThreatKind, organisation: Organisation, currency: string, name?: string): ThreatTemplate {
  const fromUsd = (amount: number): number => Math.round(convert(amount, 'USD', currency) ?? amount);
  const money = (spec: PertSpec | LognormalSpec): DistributionSpec =>
    spec.dist === 'pert'
      ? { ...spec, low: fromUsd(spec.low), mode: fromUsd(spec.mode), high: fromUsd(spec.high) }
      : { ...spec, low: fromUsd(spec.low), high: fromUsd(spec.high) };
  const held = PEOPLE_RECORD_TYPES.filter((type) => (organisation.records[type] ?? 0) > 0);
  const exposureOf = (share: PertSpec) => Object.fromEntries(held.map((type) => [type, share]));
  const exposureProvenance = (note: string) => Object.fromEntries(held.map((type) => [`exposure.${type}`, assumption(note)]));
  const base = { name: name ?? THREAT_KIND_LABELS[kind], kind };
  const revenueUsd = convert(organisation.annualRevenue, currency, 'USD') ?? organisation.annualRevenue;

  switch (kind) {
    case 'ransomware': {
      const band = DEMAND_BANDS.find((entry) => revenueUsd < entry.maxRevenueUsd) ?? LARGEST_BAND;
      const [demandLow, demandHigh] = intervalFromMedianAndMean(band.median, band.mean);
      return {
        threat: {
          ...base,
          frequency: pert(0.02, 0.05, 0.15),
          exposure: exposureOf(pert(0, 0.05, 0.5)),
          disruption: { outageDays: lognormal(3, 45), operationsLost: pert(0.1, 0.3, 0.6), rampUpDays: pert(3, 7, 21) },
          investigation: money(pert(37_000, 100_000, 238_000)),
          itRecovery: money(lognormal(100_000, 3_000_000)),
          ransom: { demand: money(lognormal(Math.round(demandLow), Math.round(demandHigh))), paymentProbability: pert(0.2, 0.35, 0.5) },
        },
        provenance: {
          frequency: assumption('Disruptive ransomware: most likely once in 20 years; set it for your organisation.', 'ibm2026', 'iris2025'),
          ...exposureProvenance('Share of records taken when attackers also exfiltrate.'),
          'disruption.outageDays': sourced('Lognormal 90% interval 3-45 days, mean about 16: Coveware measured 16.2 and 23 days; hospitals averaged 17 (Comparitech).', 'coveware2019', 'coveware2021', 'comparitech2024'),
          'disruption.operationsLost': assumption('Share of normal business lost while systems are down.'),
          'disruption.rampUpDays': assumption('Days back to full capacity.'),
          investigation: sourced('Forensics per incident: NetDiligence averages of 37K to 238K USD by revenue band; about 100K USD on average (BakerHostetler).', 'netDiligence2024', 'bakerHostetlerForensics'),
          itRecovery: assumption('Lognormal 90% interval 0.1-3M USD, anchored on Sophos’s median recovery cost of 750K.', 'sophos2024'),
          'ransom.demand': sourced(`Lognormal fitted to Sophos 2024 demands for the organisation's revenue band: median ${band.median.toLocaleString('en-US')}, mean ${band.mean.toLocaleString('en-US')} USD.`, 'sophos2024'),
          'ransom.paymentProbability': sourced('23% of victims paid in Q3 2025 (Coveware); about half in 2024 (Sophos).', 'coveware2025', 'sophos2024'),
        },
      };
    }
    case 'dataTheft':
    case 'thirdPartyBreach':
      return {
        threat: {
          ...base,
          frequency: pert(0.03, 0.08, 0.2),
          exposure: exposureOf(kind === 'dataTheft' ? pert(0.001, 0.02, 0.3) : pert(0, 0.1, 0.6)),
          investigation: money(kind === 'dataTheft' ? pert(20_000, 60_000, 238_000) : pert(10_000, 40_000, 120_000)),
          ...(kind === 'dataTheft' ? { itRecovery: money(pert(10_000, 40_000, 150_000)) } : {}),
        },
        provenance: {
          frequency: assumption('A breach of this kind: most likely 8% a year; set it for your organisation.', 'hhsBreachPortal2024', 'iris2025'),
          ...exposureProvenance('Share of records taken in one breach.'),
          investigation: sourced('Forensics per incident: NetDiligence averages by revenue band.', 'netDiligence2024'),
          ...(kind === 'dataTheft' ? { itRecovery: assumption('Closing the hole and forcing credential resets.') } : {}),
        },
      };
    case 'insider':
    case 'lostDevice':
      return {
        threat: {
          ...base,
          frequency: pert(0.02, 0.08, 0.25),
          exposure: exposureOf(pert(0, 0.002, 0.02)),
          investigation: money(pert(2_000, 10_000, 40_000)),
        },
        provenance: {
          frequency: assumption('A reportable case: most likely 8% a year.'),
          ...exposureProvenance('Records in one case: a small share.'),
          investigation: assumption('Investigation and advice for a small case.'),
        },
      };
    case 'businessEmailCompromise':
      return {
        threat: {
          ...base,
          frequency: pert(0.05, 0.2, 0.6),
          investigation: money(pert(2_000, 10_000, 40_000)),
          customLosses: [{ name: 'Payment diverted and not recovered', category: 'recovery', perEvent: money(lognormal(10_000, 500_000)) }],
        },
        provenance: {
          frequency: assumption('An attempted payment diversion that succeeds: most likely once in five years.'),
          investigation: assumption('Investigating the compromised mailbox.'),
          'customLosses[0].perEvent': assumption('Lognormal 90% interval 10K-500K USD lost per diverted payment.'),
        },
      };
    case 'custom':
      return {
        threat: {
          ...base,
          frequency: pert(0.02, 0.1, 0.3),
          customLosses: [{ name: 'Loss per event', category: 'recovery', perEvent: money(lognormal(10_000, 1_000_000)) }],
        },
        provenance: {
          frequency: assumption('State how often this happens.'),
          'customLosses[0].perEvent': assumption('State what one event costs, as a 90% range.'),
        },
      };
  }
}
