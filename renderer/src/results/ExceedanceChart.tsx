/**
 * The annual loss exceedance curve: for each loss on a log axis, the chance that a year's
 * losses exceed it. Markers show the 1-in-20 and 1-in-100-year losses and any thresholds the
 * user marked (with the chance of exceeding each). Also the log-axis ticks the other log-scale
 * charts use.
 */
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ScenarioResult } from '../../../shared/engine/runScenario';
import { ChartCard } from './ChartCard';
import type { Formatters } from './format';
import { useChartHeight } from './chartHeight';
import { exceedanceTable } from './tables';
import { appetiteMarks } from './appetite';

/** Ticks at 1, 2 and 5 times each power of ten inside the domain, thinned to at most about 8. */
export function logTicks(low: number, high: number): number[] {
  if (!(low > 0) || !(high > low)) return [];
  const ticks: number[] = [];
  for (let exponent = Math.floor(Math.log10(low)); exponent <= Math.ceil(Math.log10(high)); exponent += 1) {
    for (const step of [1, 2, 5]) {
      const tick = step * Math.pow(10, exponent);
      if (tick >= low && tick <= high) ticks.push(tick);
    }
  }
  if (ticks.length <= 8) return ticks;
  return ticks.filter((tick) => Math.abs(Math.log10(tick) - Math.round(Math.log10(tick))) < 1e-9);
}

export function ExceedanceChart({ result, format }: Readonly<{ result: ScenarioResult; format: Formatters }>) {
  const chartHeight = useChartHeight(360);
  const points = result.exceedance.filter((point) => point.loss > 0);
  const low = points[0]?.loss ?? 1;
  const high = points[points.length - 1]?.loss ?? 10;
  const p95 = result.annualLoss.p95;
  const p99 = result.annualLoss.p99;
  const marked = result.exceedanceAt.filter((point) => point.loss > 0);
  const markedText = marked.map((point) => ` They exceed ${format.money(point.loss)} with a ${format.probability(point.probability)} chance.`).join('');
  const appetiteText = (result.appetite?.points ?? [])
    .map((point) => ` Risk appetite: at most ${format.probability(point.probability)} chance of more than ${format.money(point.loss)}; simulated ${format.probability(point.simulatedProbability)}, ${point.within ? 'within' : 'beyond'}.`)
    .join('');
  const description = `Annual loss exceedance curve for ${result.scenario}. A year's losses exceed ${format.money(p95)} with a 5% chance (1 in 20 years) and ${format.money(p99)} with a 1% chance (1 in 100 years).${markedText}${appetiteText}`;
  return (
    <ChartCard
      title="How likely is a year this costly?"
      subtitle={
        <>
          Chance that a year&rsquo;s losses exceed each amount. {format.probability(result.probabilityOfAnyLoss)} of years have at
          least one costly incident.
        </>
      }
      description={description}
      table={exceedanceTable(result, format)}
      tableCaption={`Chance that a year's losses exceed each amount (${result.currency})`}
      numericColumns={[0, 1]}
      chartTestId="exceedance-chart"
    >
      <ResponsiveContainer width="100%" height={chartHeight}>
        <LineChart data={points} margin={{ top: 24, right: 32, bottom: 24, left: 16 }}>
          <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" />
          <XAxis
            dataKey="loss"
            type="number"
            scale="log"
            domain={[low, high]}
            ticks={logTicks(low, high)}
            tickFormatter={(value: number) => format.moneyCompact(value)}
            stroke="var(--axis)"
            label={{ value: `Annual loss (${result.currency}, log scale)`, position: 'insideBottom', offset: -14, fill: 'var(--muted)' }}
          />
          <YAxis
            dataKey="probability"
            type="number"
            domain={[0, 'auto']}
            tickFormatter={(value: number) => format.percentTick(value)}
            stroke="var(--axis)"
            width={64}
          />
          <Tooltip
            formatter={(value) => [format.probability(Number(value)), 'Chance of exceeding']}
            labelFormatter={(label) => `Loss ${format.money(Number(label))}`}
            contentStyle={{ background: 'var(--panel)', borderColor: 'var(--border)', color: 'var(--text)' }}
          />
          {/* The two labels lean away from each other (1 in 20 to the left of its line, 1 in 100 to the right), so they never overlap however close the lines. */}
          <ReferenceLine x={p95} stroke="var(--accent-2)" strokeDasharray="4 4" label={{ value: '1 in 20', position: 'insideTopRight', fill: 'var(--accent-2)' }} />
          <ReferenceLine x={p99} stroke="var(--danger)" strokeDasharray="4 4" label={{ value: '1 in 100', position: 'insideTopLeft', fill: 'var(--danger)' }} />
 {marked.map((point) => (
            <ReferenceLine
              key={point.loss}
              x={Math.min(Math.max(point.loss, low), high)}
              stroke="var(--series-3)"
              strokeWidth={1.5}
              label={{ value: `${format.moneyCompact(point.loss)}: ${format.probability(point.probability)}`, position: 'insideTopRight', fill: 'var(--series-3)', fontSize: 12 }}
            />
          ))}
          <Line type="monotone" dataKey="probability" stroke="var(--accent)" strokeWidth={2.5} dot={false} isAnimationActive={false} />
          {appetiteMarks(result.appetite?.points ?? [], low, high, format)}
        </LineChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
