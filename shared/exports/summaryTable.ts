/**
 * The Summary table: one measure a row, each with its key (the field's path in
 * `aftermath simulate --format json`, so any figure can be looked up there), its value and its
 * unit. The run settings come first, then the annual loss, one incident, the impact, and the
 * insurance and appetite figures when the scenario has them.
 */
import type { ScenarioResult } from '../engine/runScenario';
import type { ExportCell, ExportTable, ValueKind } from './table';

/**
 * Facts about the export that the result does not hold; each row appears only when given.
 * scenarioSha256: scenarioHash(scenario) from shared/report/fingerprint.ts, as the report's footer.
 */
export type ExportAbout = Readonly<{ appVersion?: string; scenarioSha256?: string }>;

type Measure = readonly [label: string, key: string, value: number | string | boolean, kind: ValueKind, unit?: string];

const ANNUAL_LOSS: readonly (readonly [keyof ScenarioResult['annualLoss'], string])[] = [
  ['mean', 'Expected annual loss (mean)'],
  ['sd', 'Standard deviation of the annual loss'],
  ['p50', 'Median annual loss (P50)'],
  ['p75', 'Annual loss at the 75th percentile (P75)'],
  ['p90', '1-in-10-year loss (P90)'],
  ['p95', '1-in-20-year loss (P95)'],
  ['p99', '1-in-100-year loss (P99)'],
  ['p995', '1-in-200-year loss (P99.5)'],
  ['max', 'Largest simulated annual loss'],
  ['var95', 'Value at risk at 95% (VaR95)'],
  ['var99', 'Value at risk at 99% (VaR99)'],
  ['tvar95', 'Tail value at risk at 95% (TVaR95, mean of the worst 5% of years)'],
  ['tvar99', 'Tail value at risk at 99% (TVaR99, mean of the worst 1% of years)'],
];

const EVENT: readonly (readonly [Exclude<keyof ScenarioResult['event'], 'count' | 'histogram'>, string])[] = [
  ['mean', 'Mean cost of one incident'],
  ['sd', 'Standard deviation of the cost of one incident'],
  ['p10', 'Cost of one incident at P10'],
  ['p50', 'Median cost of one incident (P50)'],
  ['p90', 'Cost of one incident at P90'],
  ['p95', 'Cost of one incident at P95'],
  ['p99', 'Cost of one incident at P99'],
  ['max', 'Largest simulated incident'],
];

const PERCENTILES = [
  ['mean', 'mean'],
  ['p50', 'P50'],
  ['p90', 'P90'],
  ['p95', 'P95'],
  ['p99', 'P99'],
] as const;

function measures(result: ScenarioResult, about: ExportAbout): Measure[] {
  const rows: Measure[] = [
    ['Scenario', 'scenario', result.scenario, 'text'],
    ['Currency of every amount', 'currency', result.currency, 'text'],
    ['Simulated years', 'trials', result.trials, 'count', 'years'],
    ['Random seed', 'seed', result.seed, 'number'],
  ];
  if (about.appVersion !== undefined) rows.push(['Aftermath version', 'appVersion', about.appVersion, 'text']);
  if (about.scenarioSha256 !== undefined) rows.push(['SHA-256 of the scenario file as the app saves it', 'scenarioSha256', about.scenarioSha256, 'text']);
  for (const [key, label] of ANNUAL_LOSS) rows.push([label, `annualLoss.${key}`, result.annualLoss[key], 'money']);
  rows.push(['Chance of any loss in a year', 'probabilityOfAnyLoss', result.probabilityOfAnyLoss, 'probability']);
  rows.push(['Incidents simulated', 'event.count', result.event.count, 'count', 'incidents']);
  for (const [key, label] of EVENT) rows.push([label, `event.${key}`, result.event[key], 'money']);
  rows.push(['People notified a year (mean)', 'impact.peopleNotifiedPerYear', result.impact.peopleNotifiedPerYear, 'decimal', 'people a year']);
  rows.push(['Days of outage a year (mean)', 'impact.outageDaysPerYear', result.impact.outageDaysPerYear, 'decimal', 'days a year']);
  rows.push(['Appointments cancelled a year (mean)', 'impact.appointmentsCancelledPerYear', result.impact.appointmentsCancelledPerYear, 'decimal', 'a year']);
  rows.push(['Procedures cancelled a year (mean)', 'impact.proceduresCancelledPerYear', result.impact.proceduresCancelledPerYear, 'decimal', 'a year']);
  const insurance = result.insurance;
  if (insurance) {
    rows.push(['Expected recovery from insurance a year', 'insurance.expectedRecovery', insurance.expectedRecovery, 'money']);
    rows.push(['Chance of a claim in a year', 'insurance.probabilityOfClaim', insurance.probabilityOfClaim, 'probability']);
    for (const [key, label] of PERCENTILES) rows.push([`Recovered from insurance a year (${label})`, `insurance.recovered.${key}`, insurance.recovered[key], 'money']);
    for (const [key, label] of PERCENTILES) rows.push([`Retained annual loss after insurance (${label})`, `insurance.retained.${key}`, insurance.retained[key], 'money']);
    if (insurance.totalPremium !== null) rows.push(['Premium of the whole tower', 'insurance.totalPremium', insurance.totalPremium, 'money']);
    rows.push(['Technical premium of the whole tower', 'insurance.totalTechnicalPremium', insurance.totalTechnicalPremium, 'money']);
  }
  if (result.appetite) rows.push(['Within the risk appetite', 'appetite.within', result.appetite.within, 'text']);
  return rows;
}

const UNIT_OF_KIND: Readonly<Record<ValueKind, string>> = { money: '', probability: 'probability', ratio: 'ratio', share: 'share', count: '', decimal: '', number: '', text: '' };

export function summaryTable(result: ScenarioResult, about: ExportAbout = {}): ExportTable {
  return {
    name: 'Summary',
    currency: result.currency,
    columns: [
      { header: 'Measure', width: 62, kind: 'text' },
      { header: 'Key', width: 36, kind: 'text' },
      { header: 'Value', width: 22, kind: 'money' },
      { header: 'Unit', width: 14, kind: 'text' },
    ],
    rows: measures(result, about).map(([label, key, value, kind, unit]): ExportCell[] => [
      label,
      key,
      typeof value === 'number' ? { value, kind } : value,
      unit ?? (kind === 'money' ? result.currency : UNIT_OF_KIND[kind]),
    ]),
  };
}
