/**
 * The coverage gap: where the mean year's gross loss goes, as horizontal bars: what the
 * insurance pays, then each reason part of the loss stays with the organisation (exclusions,
 * the waiting period, the retention, coinsurance, sublimits, limits too low).
 */
import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import type { InsuranceSummary } from '../../../../shared/insurance/summary';
import { ChartCard } from '../ChartCard';
import type { Formatters } from '../format';
import { useChartHeight } from '../chartHeight';
import { gapLabel, gapRows, gapTable } from '../insuranceTables';

export function CoverageGapChart({ insurance, format, currency }: Readonly<{ insurance: InsuranceSummary; format: Formatters; currency: string }>) {
  const rows = gapRows(insurance).map((row) => ({ ...row, text: gapLabel(row, format) }));
  const chartHeight = useChartHeight(Math.max(200, 56 + rows.length * 40));
  const kept = rows.filter((row) => row.id !== 'recovered');
  const largest = [...kept].sort((a, b) => b.amount - a.amount)[0];
  const keptShare = kept.reduce((sum, row) => sum + row.share, 0);
  const description =
    `Where an average year's loss goes. The insurance pays ${format.money(insurance.expectedRecovery)} a year (${format.share(rows[0]?.share ?? 0)}); ` +
    `the organisation keeps ${format.share(keptShare)}` +
    (largest ? `, most of it ${largest.label.toLowerCase()} (${format.money(largest.amount)} a year).` : '.');
  const paint = (bar: BarShapeProps) => {
    const row = rows[bar.index];
    return <Rectangle x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={row?.id === 'recovered' ? 'var(--insured)' : 'var(--retained)'} fillOpacity={row?.id === 'recovered' ? 1 : 0.85} />;
  };
  return (
    <ChartCard
      title="What stays with the organisation"
      subtitle="An average year's gross loss, split into what the insurance pays and why the rest is kept."
      description={description}
      table={gapTable(insurance, format)}
      tableCaption={`Where an average year's loss goes, ${currency} a year`}
      numericColumns={[1, 2]}
      chartTestId="coverage-gap-chart"
    >
      <ResponsiveContainer width="100%" height={chartHeight}>
        <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 120, bottom: 24, left: 8 }} barCategoryGap="24%">
          <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            tickFormatter={(value: number) => format.moneyCompact(value)}
            stroke="var(--axis)"
            label={{ value: `Mean a year (${currency})`, position: 'insideBottom', offset: -14, fill: 'var(--muted)' }}
          />
          <YAxis type="category" dataKey="label" width="auto" stroke="var(--axis)" tick={{ fill: 'var(--text)' }} />
          <Tooltip
            formatter={(value) => [format.money(Number(value)), 'Mean a year']}
            contentStyle={{ background: 'var(--panel)', borderColor: 'var(--border)', color: 'var(--text)' }}
            cursor={{ fill: 'var(--grid)', fillOpacity: 0.5 }}
          />
          <Bar dataKey="amount" name="Mean a year" shape={paint} isAnimationActive={false}>
            <LabelList dataKey="text" position="right" fill="var(--text)" fontSize={12} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
