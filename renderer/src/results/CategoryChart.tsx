/**
 * "Where the money goes": for each cost category, the mean cost a year next to the mean in the
 * worst 10% of years, as grouped horizontal bars in the category's colour (pale for the mean,
 * solid for the worst years). Also the category colours every result chart shares.
 */
import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import type { ScenarioResult } from '../../../shared/engine/runScenario';
import type { CategoryId } from '../../../shared/model/categories';
import { ChartCard } from './ChartCard';
import type { Formatters } from './format';
import { useChartHeight } from './chartHeight';
import { categoryRows, categoryTable, type CategoryRow } from './tables';

/** One colour per category, defined for light and dark themes in styles.css. */
export const CATEGORY_COLOURS: Readonly<Record<CategoryId, string>> = {
  detection: 'var(--category-detection)',
  notification: 'var(--category-notification)',
  response: 'var(--category-response)',
  disruption: 'var(--category-disruption)',
  recovery: 'var(--category-recovery)',
  lostBusiness: 'var(--category-lost-business)',
};

/** Opacity of the mean-a-year bars; the worst-10% bars are solid. */
const MEAN_OPACITY = 0.45;

const SERIES = { mean: 'Mean a year', worst: 'Mean in the worst 10% of years' } as const;

function describe(rows: readonly CategoryRow[], result: ScenarioResult, format: Formatters): string {
  const byMean = [...rows].sort((a, b) => b.meanAnnualLoss - a.meanAnnualLoss);
  const byWorst = [...rows].sort((a, b) => b.meanInWorst10 - a.meanInWorst10);
  const first = byMean[0];
  const second = byMean[1];
  const worst = byWorst[0];
  if (!first || !second || !worst) return 'Bar chart of losses by cost category: no categories.';
  return (
    `Bar chart of the mean loss a year in each of ${rows.length} cost categories, next to the mean in the worst 10% of years, for ${result.scenario}. ` +
    `Largest on average: ${first.label}, ${format.money(first.meanAnnualLoss)} a year (${format.share(first.share)} of the total), then ${second.label}, ${format.money(second.meanAnnualLoss)}. ` +
    `In the worst 10% of years the largest is ${worst.label}, ${format.money(worst.meanInWorst10)} a year.`
  );
}

export function CategoryChart({ result, format }: Readonly<{ result: ScenarioResult; format: Formatters }>) {
  const chartHeight = useChartHeight(340);
  const rows = categoryRows(result);
  const paint = (opacity: number) =>
    function CategoryBar(bar: BarShapeProps) {
      const row = rows[bar.index];
      return <Rectangle x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={row ? CATEGORY_COLOURS[row.id] : 'var(--accent)'} fillOpacity={opacity} />;
    };
  const compact = (value: unknown): string => format.moneyCompact(Number(value));
  return (
    <ChartCard
      title="Where the money goes"
      subtitle="What each kind of cost adds up to in an average year, and in the worst one year in ten."
      description={describe(rows, result, format)}
      table={categoryTable(result, format)}
      tableCaption={`Losses by cost category, ${result.currency} a year`}
      numericColumns={[1, 2, 3]}
      chartTestId="category-chart"
    >
      <ResponsiveContainer width="100%" height={chartHeight}>
        <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 64, bottom: 24, left: 8 }} barGap={2} barCategoryGap="22%">
          <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            tickFormatter={(value: number) => format.moneyCompact(value)}
            stroke="var(--axis)"
            label={{ value: `Loss a year (${result.currency})`, position: 'insideBottom', offset: -14, fill: 'var(--muted)' }}
          />
          <YAxis type="category" dataKey="label" width="auto" stroke="var(--axis)" tick={{ fill: 'var(--text)' }} />
          <Tooltip
            formatter={(value, name) => [format.money(Number(value)), name]}
            contentStyle={{ background: 'var(--panel)', borderColor: 'var(--border)', color: 'var(--text)' }}
            cursor={{ fill: 'var(--grid)', fillOpacity: 0.5 }}
          />
          <Bar dataKey="meanAnnualLoss" name={SERIES.mean} shape={paint(MEAN_OPACITY)} isAnimationActive={false}>
            <LabelList dataKey="meanAnnualLoss" position="right" formatter={compact} fill="var(--muted)" fontSize={12} />
          </Bar>
          <Bar dataKey="meanInWorst10" name={SERIES.worst} shape={paint(1)} isAnimationActive={false}>
            <LabelList dataKey="meanInWorst10" position="right" formatter={compact} fill="var(--text)" fontSize={12} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <ul className="chart-legend">
        <li>
          <span className="legend-swatch legend-swatch-pale" aria-hidden="true" />
          {SERIES.mean}
        </li>
        <li>
          <span className="legend-swatch" aria-hidden="true" />
          {SERIES.worst}
        </li>
      </ul>
    </ChartCard>
  );
}
