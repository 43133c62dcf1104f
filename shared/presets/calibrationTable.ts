/**
 * The calibration table in docs/model.md, computed: for each preset, its simulated figures next
 * to the published ones it is checked against. A test regenerates it and compares with the docs,
 * so the docs never drift from the model.
 */
import { runScenario } from '../engine/runScenario';
import { findBenchmark, type Benchmark } from '../benchmarks/benchmarks';
import { convert } from '../benchmarks/exchangeRates';
import { formatMoney } from '../format/numbers';
import { citeSource } from '../sources/sources';
import { PRESETS } from './index';

export const CALIBRATION_TRIALS = 100_000;
export const CALIBRATION_SEED = 1;

function money(value: number, currency: string): string {
  return formatMoney(value, currency, 'en-US', 'compact');
}

/** Four significant digits, so a replay's total reads like the published one (112.7M). */
function precise(value: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency, notation: 'compact', maximumSignificantDigits: 4 }).format(value);
}

function published(benchmark: Benchmark, currency: string): string {
  const local = convert(benchmark.value, benchmark.currency, currency) ?? benchmark.value;
  const converted = benchmark.currency === currency ? '' : ` (${money(benchmark.value, benchmark.currency)})`;
  return `${money(local, currency)}${converted} ${benchmark.statistic}, ${benchmark.label}`;
}

export function calibrationMarkdown(): string {
  const organisations: string[] = [
    '| preset | median event | mean event | 1-in-20 event | expected annual loss | published range for the median event |',
    '|---|---|---|---|---|---|',
  ];
  const replays: string[] = ['| replay | simulated mean | simulated 90% range | published |', '|---|---|---|---|'];
  const sources = new Set<string>();
  for (const preset of PRESETS) {
    const result = runScenario(preset.scenario, { trials: CALIBRATION_TRIALS, seed: CALIBRATION_SEED });
    const c = result.currency;
    const calibration = preset.calibration;
    if (calibration.kind === 'medianEvent') {
      const low = findBenchmark(calibration.low);
      const high = findBenchmark(calibration.high);
      if (!low || !high) throw new Error(`${preset.id}: unknown benchmark in its calibration`);
      sources.add(citeSource(low.source)).add(citeSource(high.source));
      organisations.push(
        `| ${preset.label} | ${money(result.event.p50, c)} | ${money(result.event.mean, c)} | ${money(result.event.p95, c)} | ${money(result.annualLoss.mean, c)} | ${published(low, c)} to ${published(high, c)} |`,
      );
    } else {
      const benchmark = findBenchmark(calibration.published);
      if (!benchmark) throw new Error(`${preset.id}: unknown benchmark in its calibration`);
      sources.add(citeSource(benchmark.source));
      replays.push(
        `| ${preset.label} | ${precise(result.annualLoss.mean, c)} | ${precise(result.event.p10, c)} to ${precise(result.event.p90, c)} | ${precise(benchmark.value, benchmark.currency)} |`,
      );
    }
  }
  return [
    `Simulated with ${CALIBRATION_TRIALS.toLocaleString('en-US')} years, seed ${CALIBRATION_SEED}. Pounds are converted from dollars at the assumed rate of 1 GBP = 1.27 USD, for comparison only.`,
    '',
    ...organisations,
    '',
    ...replays,
    '',
    'Sources of the published figures:',
    '',
    ...[...sources].sort().map((source) => `- ${source}`),
  ].join('\n');
}
