/**
 * Variants side by side: the headline figures in a table (differences from the first variant
 * in brackets) and the annual loss exceedance curves overlaid on one chart.
 */
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ScenarioResult } from '../../../shared/engine/runScenario';
import type { Formatters } from '../results/format';
import { logTicks } from '../results/ExceedanceChart';
import { appetiteMarks } from '../results/appetite';

export type ComparedVariant = Readonly<{ id: string; name: string; result: ScenarioResult | undefined; valid: boolean; stale: boolean }>;

const SERIES_COLOURS = ['var(--accent)', 'var(--accent-2)', 'var(--series-3)', 'var(--series-4)', 'var(--series-5)', 'var(--series-6)'];

type Row = Readonly<{ label: string; value: (result: ScenarioResult) => number; kind: 'money' | 'probability' }>;

const ROWS: readonly Row[] = [
  { label: 'Expected annual loss', value: (r) => r.annualLoss.mean, kind: 'money' },
  { label: '1-in-20-year loss', value: (r) => r.annualLoss.p95, kind: 'money' },
  { label: '1-in-100-year loss', value: (r) => r.annualLoss.p99, kind: 'money' },
  { label: 'Chance of an incident this year', value: (r) => r.probabilityOfAnyLoss, kind: 'probability' },
  { label: 'Typical cost of one incident', value: (r) => r.event.p50, kind: 'money' },
];

/** Each tolerance point once, whichever variants state it. */
function uniquePoints(points: readonly Readonly<{ loss: number; probability: number }>[]): { loss: number; probability: number }[] {
  const seen = new Map<string, { loss: number; probability: number }>();
  for (const point of points) seen.set(`${point.loss}:${point.probability}`, { loss: point.loss, probability: point.probability });
  return [...seen.values()];
}

/** A variant's appetite verdict in a few words: within, or the worst point beyond and by how much. */
function appetiteCell(result: ScenarioResult | undefined, format: Formatters): string {
  if (!result) return 'simulating…';
  const verdict = result.appetite;
  if (!verdict) return 'not set';
  if (verdict.within) return 'within';
  const worst = [...verdict.points].filter((point) => !point.within).sort((a, b) => b.lossExcess - a.lossExcess)[0];
  return worst ? `beyond: ${format.probability(worst.simulatedProbability)} > ${format.moneyCompact(worst.loss)} (limit ${format.probability(worst.probability)})` : 'beyond';
}

export function CompareView({ variants, format }: Readonly<{ variants: readonly ComparedVariant[]; format: Formatters }>) {
  const baseline = variants[0]?.result;
  const withResults = variants.filter((variant): variant is ComparedVariant & { result: ScenarioResult } => variant.result !== undefined);
  const losses = withResults.flatMap((variant) => variant.result.exceedance.map((point) => point.loss)).filter((loss) => loss > 0);
  const low = losses.length > 0 ? Math.min(...losses) : 1;
  const high = losses.length > 0 ? Math.max(...losses) : 10;
  const tolerancePoints = uniquePoints(withResults.flatMap((variant) => variant.result.appetite?.points ?? []));
  const show = (row: Row, result: ScenarioResult) => (row.kind === 'money' ? format.moneyCompact(row.value(result)) : format.probability(row.value(result)));
  const difference = (row: Row, result: ScenarioResult) => {
    if (!baseline || result === baseline) return '';
    const delta = row.value(result) - row.value(baseline);
    if (delta === 0) return ' (same)';
    const sign = delta > 0 ? '+' : '−';
    return row.kind === 'money' ? ` (${sign}${format.moneyCompact(Math.abs(delta))})` : ` (${sign}${format.probability(Math.abs(delta))})`;
  };
  return (
    <section className="compare" aria-label="Compare variants">
      <h2>Compare variants</h2>
      <div className="chart-table-wrap">
        <table className="chart-table">
          <caption>Headline figures for each variant; brackets show the difference from {variants[0]?.name ?? 'the first'}.</caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              {variants.map((variant) => (
                <th key={variant.id} scope="col" className="numeric">
                  {variant.name}
                  {!variant.valid ? ' (inputs need attention)' : variant.stale && variant.result ? ' (earlier inputs)' : ''}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ROWS.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {variants.map((variant) => (
                  <td key={variant.id} className="numeric">
                    {variant.result ? `${show(row, variant.result)}${difference(row, variant.result)}` : 'simulating…'}
                  </td>
                ))}
              </tr>
            ))}
            {variants.some((variant) => variant.result?.appetite) && (
              <tr>
                <th scope="row">Risk appetite</th>
                {variants.map((variant) => (
                  <td key={variant.id} className="numeric">
                    {appetiteCell(variant.result, format)}
                  </td>
                ))}
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <figure className="chart" aria-labelledby="compare-curves-title">
        <figcaption>
          <h3 id="compare-curves-title">Annual loss exceedance, all variants</h3>
        </figcaption>
        <div className="chart-body" role="img" aria-label={`Exceedance curves of ${withResults.map((variant) => variant.name).join(', ')} on one chart.`} data-testid="compare-chart">
          <ResponsiveContainer width="100%" height={340}>
            <LineChart margin={{ top: 16, right: 32, bottom: 24, left: 16 }}>
              <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" />
              <XAxis dataKey="loss" type="number" scale="log" domain={[low, high]} ticks={logTicks(low, high)} tickFormatter={(value: number) => format.moneyCompact(value)} stroke="var(--axis)" allowDuplicatedCategory={false} />
              <YAxis type="number" domain={[0, 'auto']} tickFormatter={(value: number) => format.percentTick(value)} stroke="var(--axis)" width={56} />
              <Tooltip formatter={(value) => format.probability(Number(value))} labelFormatter={(label) => format.money(Number(label))} />
              <Legend />
              {appetiteMarks(tolerancePoints, low, high, format)}
              {withResults.map((variant, index) => (
                <Line
                  key={variant.id}
                  data={variant.result.exceedance.filter((point) => point.loss > 0)}
                  dataKey="probability"
                  name={variant.name}
                  stroke={SERIES_COLOURS[index % SERIES_COLOURS.length] ?? 'var(--accent)'}
                  strokeWidth={2.5}
                  dot={false}
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </div>
      </figure>
    </section>
  );
}
