/**
 * "What one incident costs": how the simulated incidents spread over log-spaced cost ranges
 * (each range a fixed multiple of the one before), with a line at the median incident.
 */
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ScenarioResult } from '../../../shared/engine/runScenario';
import { ChartCard } from './ChartCard';
import type { Formatters } from './format';
import { useChartHeight } from './chartHeight';
import { binIndexOf, incidentBins, incidentHistogramTable } from './tables';

export function IncidentHistogram({ result, format }: Readonly<{ result: ScenarioResult; format: Formatters }>) {
  const chartHeight = useChartHeight(340);
  const bins = incidentBins(result, format);
  const { p50, mean, p90, count } = result.event;
  const medianIndex = binIndexOf(result.event.histogram, p50);
  const description =
    bins.length === 0
      ? `Histogram of the cost of one incident for ${result.scenario}: no simulated incident cost anything.`
      : `Histogram of the cost of one incident over ${format.count(count)} simulated incidents for ${result.scenario}, on ranges from ${format.moneyCompact(bins[0]?.from ?? 0)} to ${format.moneyCompact(bins[bins.length - 1]?.to ?? 0)}. ` +
        `The median incident costs ${format.money(p50)}, the mean ${format.money(mean)}, and 1 in 10 incidents costs more than ${format.money(p90)} (90th percentile).`;
  return (
    <ChartCard
      title="What one incident costs"
      subtitle={`Share of incidents in each cost range. Half cost less than ${format.moneyCompact(p50)}; the mean is ${format.moneyCompact(mean)}.`}
      description={description}
      table={incidentHistogramTable(result, format)}
      tableCaption={`Simulated incidents by cost of one incident (${result.currency})`}
      numericColumns={[1, 2]}
      chartTestId="incident-histogram"
    >
      {bins.length === 0 ? (
        <p className="chart-empty">No simulated incident cost anything, so there is nothing to draw.</p>
      ) : (
        <ResponsiveContainer width="100%" height={chartHeight}>
          <BarChart data={bins} margin={{ top: 28, right: 24, bottom: 8, left: 8 }} barCategoryGap={1}>
            <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey="index"
              type="category"
              interval="equidistantPreserveStart"
              minTickGap={12}
              tickFormatter={(index: number) => bins[index]?.label ?? ''}
              tick={{ fill: 'var(--text)', fontSize: 12 }}
              height={48}
              stroke="var(--axis)"
              label={{ value: `Cost of one incident (${result.currency}, log scale)`, position: 'insideBottom', offset: 0, fill: 'var(--muted)' }}
            />
            <YAxis tickFormatter={(value: number) => format.share(value)} stroke="var(--axis)" width={56} />
            <Tooltip
              labelFormatter={(index) => {
                const bin = bins[Number(index)];
                return bin ? `${bin.label}: ${format.count(bin.incidents)} incidents` : '';
              }}
              formatter={(value) => [format.share(Number(value)), 'Share of incidents']}
              contentStyle={{ background: 'var(--panel)', borderColor: 'var(--border)', color: 'var(--text)' }}
              cursor={{ fill: 'var(--grid)', fillOpacity: 0.5 }}
            />
            <Bar dataKey="share" name="Share of incidents" fill="var(--accent)" isAnimationActive={false} />
            {medianIndex >= 0 ? (
              <ReferenceLine
                x={medianIndex}
                stroke="var(--accent-2)"
                strokeWidth={2}
                strokeDasharray="4 4"
                label={{ value: `Median ${format.moneyCompact(p50)}`, position: 'top', fill: 'var(--accent-2)' }}
              />
            ) : null}
          </BarChart>
        </ResponsiveContainer>
      )}
    </ChartCard>
  );
}
