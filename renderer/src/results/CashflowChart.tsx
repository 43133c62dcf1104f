/**
 * "When the money is paid": an average year's losses spread over the four periods after an
 * incident (first month, rest of year one, years two and three), stacked by cost category in
 * the category colours.
 */
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis, type LegendPayload } from 'recharts';
import type { ScenarioResult } from '../../../shared/engine/runScenario';
import { CATEGORY_IDS, CATEGORY_LABELS, type CategoryId } from '../../../shared/model/categories';
import { CATEGORY_COLOURS } from './CategoryChart';
import { ChartCard } from './ChartCard';
import type { Formatters } from './format';
import { useChartHeight } from './chartHeight';
import { cashflowRows, cashflowTable, type CashflowRow } from './tables';

type CashflowBar = Readonly<Record<CategoryId, number> & { label: string; total: number }>;

function toBar(row: CashflowRow): CashflowBar {
  return { ...row.byCategory, label: row.label, total: row.total };
}

/** Legend entries in category order, not alphabetical. */
function categoryOrder(item: LegendPayload): number {
  return CATEGORY_IDS.findIndex((id) => id === item.dataKey);
}

function describe(rows: readonly CashflowRow[], result: ScenarioResult, format: Formatters): string {
  const total = rows.reduce((sum, row) => sum + row.total, 0);
  const periods = rows.map((row) => `${row.label} ${format.money(row.total)}`).join(', ');
  return `Stacked bar chart of when an average year's losses of ${format.money(total)} are paid, by cost category, for ${result.scenario}: ${periods}.`;
}

export function CashflowChart({ result, format }: Readonly<{ result: ScenarioResult; format: Formatters }>) {
  const chartHeight = useChartHeight(340);
  const rows = cashflowRows(result);
  return (
    <ChartCard
      title="When the money is paid"
      subtitle="How an average year's losses fall due over the three years after the incidents, by kind of cost."
      description={describe(rows, result, format)}
      table={cashflowTable(result, format)}
      tableCaption={`An average year's losses by when they are paid and by cost category (${result.currency})`}
      numericColumns={[1, 2, 3, 4, 5, 6, 7]}
      chartTestId="cashflow-chart"
      className="chart-wide"
    >
      <ResponsiveContainer width="100%" height={chartHeight}>
        <BarChart data={rows.map(toBar)} margin={{ top: 8, right: 24, bottom: 8, left: 8 }} barCategoryGap="28%" maxBarSize={140}>
          <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" stroke="var(--axis)" tick={{ fill: 'var(--text)' }} />
          {/* A fixed width, as the other money axes (CombinationChart): "auto" measures the tick labels and draws the chart twice on every update, half of this chart's cost. */}
          <YAxis tickFormatter={(value: number) => format.moneyCompact(value)} stroke="var(--axis)" width={72} />
          <Tooltip
            formatter={(value, name) => [format.money(Number(value)), name]}
            contentStyle={{ background: 'var(--panel)', borderColor: 'var(--border)', color: 'var(--text)' }}
            cursor={{ fill: 'var(--grid)', fillOpacity: 0.5 }}
          />
          <Legend
            itemSorter={categoryOrder}
            formatter={(value: string) => <span className="legend-text">{value}</span>}
            wrapperStyle={{ paddingTop: 8, paddingLeft: 16 }}
          />
          {CATEGORY_IDS.map((id) => (
            <Bar key={id} dataKey={id} name={CATEGORY_LABELS[id]} stackId="paid" fill={CATEGORY_COLOURS[id]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
