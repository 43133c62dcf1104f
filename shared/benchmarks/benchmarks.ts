/**
 * Published figures a result can be compared with: the cost of one incident (or breach) by
 * sector and size, each with its statistic (mean, median, 95th percentile, maximum) and its
 * source. Amounts are in the currency stated (mostly US dollars).
 * The figures disagree by design of their studies: IBM's survey averages (breaches of 2.5K-115K
 * records, including estimated lost business) run about ten times insurance claim severities
 * (NetDiligence) and public-record medians (Cyentia IRIS). Small organisations are compared
 * with claims and public-record data, not IBM.
 */
import type { SourceId } from '../sources/sources';
import type { Sector } from '../model/vocabulary';

export type Statistic = 'mean' | 'median' | 'p95' | 'max' | 'total';

/** Annual revenue band, in US dollars; null bounds are open. */
export type RevenueBand = Readonly<{ minUsd: number | null; maxUsd: number | null; label: string }>;

export type Benchmark = Readonly<{
  id: string;
  label: string;
  value: number;
  currency: string;
  statistic: Statistic;
  /** What is measured: one incident from claims or public records, one breach in IBM's survey, or one named incident. */
  measure: 'incident' | 'breach' | 'namedIncident';
  sector: Sector | 'all';
  band: RevenueBand;
  year: number;
  source: SourceId;
}>;

const ANY: RevenueBand = { minUsd: null, maxUsd: null, label: 'all sizes' };
const SME: RevenueBand = { minUsd: null, maxUsd: 2e9, label: 'revenue under 2B USD' };
const LARGE: RevenueBand = { minUsd: 2e9, maxUsd: null, label: 'revenue 2B USD and over' };
const band = (minUsd: number | null, maxUsd: number | null, label: string): RevenueBand => ({ minUsd, maxUsd, label });

export const BENCHMARKS: readonly Benchmark[] = [
  // IBM / Ponemon, Cost of a Data Breach 2026 (survey averages)
  { id: 'ibm2026-global', label: 'IBM global average cost of a breach', value: 4.99e6, currency: 'USD', statistic: 'mean', measure: 'breach', sector: 'all', band: ANY, year: 2026, source: 'ibm2026' },
  { id: 'ibm2026-us', label: 'IBM US average cost of a breach', value: 11.5e6, currency: 'USD', statistic: 'mean', measure: 'breach', sector: 'all', band: ANY, year: 2026, source: 'ibm2026' },
  { id: 'ibm2026-healthcare', label: 'IBM healthcare average cost of a breach', value: 6.64e6, currency: 'USD', statistic: 'mean', measure: 'breach', sector: 'healthcare', band: ANY, year: 2026, source: 'ibm2026' },
  { id: 'ibm2026-finance', label: 'IBM financial sector average cost of a breach', value: 6.29e6, currency: 'USD', statistic: 'mean', measure: 'breach', sector: 'finance', band: ANY, year: 2026, source: 'ibm2026' },
  { id: 'ibm2026-technology', label: 'IBM technology sector average cost of a breach', value: 5.5e6, currency: 'USD', statistic: 'mean', measure: 'breach', sector: 'technology', band: ANY, year: 2026, source: 'ibm2026' },
  { id: 'ibm2026-education', label: 'IBM education average cost of a breach', value: 4.15e6, currency: 'USD', statistic: 'mean', measure: 'breach', sector: 'education', band: ANY, year: 2026, source: 'ibm2026' },
  { id: 'ibm2026-retail', label: 'IBM retail average cost of a breach', value: 3.8e6, currency: 'USD', statistic: 'mean', measure: 'breach', sector: 'retail', band: ANY, year: 2026, source: 'ibm2026' },
  { id: 'ibm2026-public', label: 'IBM public sector average cost of a breach', value: 3.5e6, currency: 'USD', statistic: 'mean', measure: 'breach', sector: 'public', band: ANY, year: 2026, source: 'ibm2026' },
  // Cyentia IRIS 2025 (public records, 2015-24, in 2024 dollars)
  { id: 'iris2025-median', label: 'IRIS typical incident (median), all organisations', value: 600e3, currency: 'USD', statistic: 'median', measure: 'incident', sector: 'all', band: ANY, year: 2025, source: 'iris2025' },
  { id: 'iris2025-p95', label: 'IRIS 1-in-20 incident (95th percentile), all organisations', value: 32e6, currency: 'USD', statistic: 'p95', measure: 'incident', sector: 'all', band: ANY, year: 2025, source: 'iris2025' },
  { id: 'iris2025-under100m-median', label: 'IRIS median incident, revenue under 100M', value: 357e3, currency: 'USD', statistic: 'median', measure: 'incident', sector: 'all', band: band(null, 1e8, 'revenue under 100M USD'), year: 2025, source: 'iris2025' },
  { id: 'iris2025-under100m-p95', label: 'IRIS 95th percentile incident, revenue under 100M', value: 9.1e6, currency: 'USD', statistic: 'p95', measure: 'incident', sector: 'all', band: band(null, 1e8, 'revenue under 100M USD'), year: 2025, source: 'iris2025' },
  { id: 'iris2025-100m-1b-median', label: 'IRIS median incident, revenue 100M-1B', value: 466.7e3, currency: 'USD', statistic: 'median', measure: 'incident', sector: 'all', band: band(1e8, 1e9, 'revenue 100M-1B USD'), year: 2025, source: 'iris2025' },
  { id: 'iris2025-100m-1b-p95', label: 'IRIS 95th percentile incident, revenue 100M-1B', value: 12.3e6, currency: 'USD', statistic: 'p95', measure: 'incident', sector: 'all', band: band(1e8, 1e9, 'revenue 100M-1B USD'), year: 2025, source: 'iris2025' },
  { id: 'iris2025-1b-10b-median', label: 'IRIS median incident, revenue 1B-10B', value: 1.8e6, currency: 'USD', statistic: 'median', measure: 'incident', sector: 'all', band: band(1e9, 1e10, 'revenue 1B-10B USD'), year: 2025, source: 'iris2025' },
  { id: 'iris2025-1b-10b-p95', label: 'IRIS 95th percentile incident, revenue 1B-10B', value: 61.8e6, currency: 'USD', statistic: 'p95', measure: 'incident', sector: 'all', band: band(1e9, 1e10, 'revenue 1B-10B USD'), year: 2025, source: 'iris2025' },
  { id: 'iris2025-over10b-median', label: 'IRIS median incident, revenue over 10B', value: 2.2e6, currency: 'USD', statistic: 'median', measure: 'incident', sector: 'all', band: band(1e10, null, 'revenue over 10B USD'), year: 2025, source: 'iris2025' },
  // NetDiligence Cyber Claims Study 2026 (10,309 claims, 2021-25)
  { id: 'nd2026-sme', label: 'NetDiligence average SME incident cost', value: 266e3, currency: 'USD', statistic: 'mean', measure: 'incident', sector: 'all', band: SME, year: 2026, source: 'netDiligence2026' },
  { id: 'nd2026-large', label: 'NetDiligence average large-company incident cost', value: 11.2e6, currency: 'USD', statistic: 'mean', measure: 'incident', sector: 'all', band: LARGE, year: 2026, source: 'netDiligence2026' },
  { id: 'nd2026-under50m', label: 'NetDiligence average incident, revenue under 50M', value: 141e3, currency: 'USD', statistic: 'mean', measure: 'incident', sector: 'all', band: band(null, 5e7, 'revenue under 50M USD'), year: 2026, source: 'netDiligence2026' },
  { id: 'nd2026-50m-300m', label: 'NetDiligence average incident, revenue 50M-300M', value: 361e3, currency: 'USD', statistic: 'mean', measure: 'incident', sector: 'all', band: band(5e7, 3e8, 'revenue 50M-300M USD'), year: 2026, source: 'netDiligence2026' },
  { id: 'nd2026-300m-2b', label: 'NetDiligence average incident, revenue 300M-2B', value: 2.1e6, currency: 'USD', statistic: 'mean', measure: 'incident', sector: 'all', band: band(3e8, 2e9, 'revenue 300M-2B USD'), year: 2026, source: 'netDiligence2026' },
  { id: 'nd2026-2b-10b', label: 'NetDiligence average incident, revenue 2B-10B', value: 4.8e6, currency: 'USD', statistic: 'mean', measure: 'incident', sector: 'all', band: band(2e9, 1e10, 'revenue 2B-10B USD'), year: 2026, source: 'netDiligence2026' },
  { id: 'nd2026-healthcare-sme', label: 'NetDiligence average healthcare SME incident', value: 516e3, currency: 'USD', statistic: 'mean', measure: 'incident', sector: 'healthcare', band: SME, year: 2026, source: 'netDiligence2026' },
  { id: 'nd2026-healthcare-large', label: 'NetDiligence average large healthcare incident', value: 28.7e6, currency: 'USD', statistic: 'mean', measure: 'incident', sector: 'healthcare', band: LARGE, year: 2026, source: 'netDiligence2026' },
  { id: 'nd2026-finance-sme', label: 'NetDiligence average financial SME incident', value: 519e3, currency: 'USD', statistic: 'mean', measure: 'incident', sector: 'finance', band: SME, year: 2026, source: 'netDiligence2026' },
  { id: 'nd2026-retail-sme', label: 'NetDiligence average retail SME incident', value: 238e3, currency: 'USD', statistic: 'mean', measure: 'incident', sector: 'retail', band: SME, year: 2026, source: 'netDiligence2026' },
  { id: 'nd2026-technology-sme', label: 'NetDiligence average technology SME incident', value: 836e3, currency: 'USD', statistic: 'mean', measure: 'incident', sector: 'technology', band: SME, year: 2026, source: 'netDiligence2026' },
  { id: 'nd2026-education-sme', label: 'NetDiligence average education SME incident', value: 177e3, currency: 'USD', statistic: 'mean', measure: 'incident', sector: 'education', band: SME, year: 2026, source: 'netDiligence2026' },
  { id: 'nd2026-public-sme', label: 'NetDiligence average public entity SME incident', value: 245e3, currency: 'USD', statistic: 'mean', measure: 'incident', sector: 'public', band: SME, year: 2026, source: 'netDiligence2026' },
  { id: 'nd2026-ransomware-sme', label: 'NetDiligence average SME ransomware incident', value: 660e3, currency: 'USD', statistic: 'mean', measure: 'incident', sector: 'all', band: SME, year: 2026, source: 'netDiligence2026' },
  // NetDiligence 2024 (claims 2019-23), SME incident cost by sector
  { id: 'nd2024-healthcare-sme', label: 'NetDiligence average healthcare SME incident (2019-23)', value: 261e3, currency: 'USD', statistic: 'mean', measure: 'incident', sector: 'healthcare', band: SME, year: 2024, source: 'netDiligence2024' },
  { id: 'nd2024-education-sme', label: 'NetDiligence average education SME incident (2019-23)', value: 131e3, currency: 'USD', statistic: 'mean', measure: 'incident', sector: 'education', band: SME, year: 2024, source: 'netDiligence2024' },
  { id: 'nd2024-public-sme', label: 'NetDiligence average public entity SME incident (2019-23)', value: 147e3, currency: 'USD', statistic: 'mean', measure: 'incident', sector: 'public', band: SME, year: 2024, source: 'netDiligence2024' },
  { id: 'nd2024-crisis-under50m', label: 'NetDiligence average crisis-services cost, revenue under 50M', value: 77e3, currency: 'USD', statistic: 'mean', measure: 'incident', sector: 'all', band: band(null, 5e7, 'revenue under 50M USD'), year: 2024, source: 'netDiligence2024' },
  // Ransomware surveys
  { id: 'sophos2024-recovery-mean', label: 'Sophos mean cost to recover from ransomware (excluding ransom)', value: 2.73e6, currency: 'USD', statistic: 'mean', measure: 'incident', sector: 'all', band: ANY, year: 2024, source: 'sophos2024' },
  { id: 'sophos2024-recovery-median', label: 'Sophos median cost to recover from ransomware (excluding ransom)', value: 750e3, currency: 'USD', statistic: 'median', measure: 'incident', sector: 'all', band: ANY, year: 2024, source: 'sophos2024' },
  { id: 'sophos2024-healthcare-recovery', label: 'Sophos mean healthcare ransomware recovery cost', value: 2.57e6, currency: 'USD', statistic: 'mean', measure: 'incident', sector: 'healthcare', band: ANY, year: 2024, source: 'sophosHealthcare2024' },
  // UK
  { id: 'csbs2025-disruptive', label: 'UK businesses: cost of the most disruptive breach, where it cost anything', value: 8_260, currency: 'GBP', statistic: 'mean', measure: 'incident', sector: 'all', band: ANY, year: 2025, source: 'cyberSecurityBreachesSurvey2025' },
  // Named incidents
  { id: 'wannacry-nhs', label: 'WannaCry at NHS England (2017)', value: 92e6, currency: 'GBP', statistic: 'total', measure: 'namedIncident', sector: 'healthcare', band: ANY, year: 2018, source: 'dhsc2018' },
  { id: 'scripps-2021', label: 'Scripps Health ransomware (2021)', value: 112.7e6, currency: 'USD', statistic: 'total', measure: 'namedIncident', sector: 'healthcare', band: ANY, year: 2021, source: 'beckersScripps2021' },
  { id: 'commonspirit-2022', label: 'CommonSpirit ransomware (2022), upper estimate', value: 160e6, currency: 'USD', statistic: 'total', measure: 'namedIncident', sector: 'healthcare', band: ANY, year: 2023, source: 'beckersCommonSpirit2022' },
  { id: 'redcar-2020', label: 'Redcar and Cleveland Council ransomware (2020)', value: 10.4e6, currency: 'GBP', statistic: 'total', measure: 'namedIncident', sector: 'public', band: ANY, year: 2020, source: 'redcarCouncil2020' },
];

export function findBenchmark(id: string): Benchmark | undefined {
  return BENCHMARKS.find((benchmark) => benchmark.id === id);
}

/** Benchmarks for a sector and revenue (in US dollars): the sector's own and the all-sector figures whose band holds the revenue. */
export function benchmarksFor(sector: Sector, revenueUsd: number): Benchmark[] {
  return BENCHMARKS.filter(
    (benchmark) =>
      benchmark.measure !== 'namedIncident' &&
      (benchmark.sector === sector || benchmark.sector === 'all') &&
      (benchmark.band.minUsd === null || revenueUsd >= benchmark.band.minUsd) &&
      (benchmark.band.maxUsd === null || revenueUsd < benchmark.band.maxUsd),
  );
}
