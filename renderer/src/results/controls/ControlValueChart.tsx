/**
 * What each control saves against what it costs: per control, the expected annual loss it
 * saves (or, in place, would cost to take away) beside its annualised cost, best value first.
 */
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ScenarioResult } from '../../../../shared/engine/runScenario';
import { ChartCard } from '../ChartCard';
import type { Formatters } from '../format';
import { useChartHeight } from '../chartHeight';
import { controlsSentence, controlsTable, orderedControls, rosiText } from './controlsTables';

export function ControlValueChart({ result, format }: Readonly<{ result: ScenarioResult; format: Formatters }>) {
  const rows = orderedControls(result).map((control) => ({
    label: control.status === 'inPlace' ? `${control.label} (in place)` : control.label,
    saves: control.aleReduction,
    cost: control.annualisedCost,
    verdict:
      control.rosi === null
        ? `${format.moneyCompact(control.aleReduction)} · no cost given`
        : `${format.moneyCompact(control.aleReduction)} · return ${rosiText(control, format)} · ${format.percentPrecise(control.probabilityRosiPositive)} chance it pays`,
  }));
  const chartHeight = useChartHeight(Math.max(220, 70 + rows.length * 56));
  const description =
    `Bar chart of what each of ${rows.length} controls saves a year against what it costs. ` +
    orderedControls(result)
      .map((control) => `${control.label}: saves ${format.money(control.aleReduction)}, costs ${format.money(control.annualisedCost)}.`)
      .join(' ');
  return (
    <ChartCard
      title="What each control is worth"
      subtitle={controlsSentence(result, format)}
      description={description}
      table={controlsTable(result, format)}
      tableCaption={`Each control's value and return, ${result.currency} a year`}
      numericColumns={[2, 3, 4, 5, 6]}
      chartTestId="control-value-chart"
      className="chart-wide"
    >
      <ResponsiveContainer width="100%" height={chartHeight}>
        <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 300, bottom: 24, left: 8 }} barGap={2} barCategoryGap="24%">
          <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={(value: number) => format.moneyCompact(value)} stroke="var(--axis)" label={{ value: `${result.currency} a year`, position: 'insideBottom', offset: -14, fill: 'var(--muted)' }} />
          <YAxis type="category" dataKey="label" width="auto" stroke="var(--axis)" tick={{ fill: 'var(--text)' }} />
          <Tooltip formatter={(value, name) => [format.money(Number(value)), name]} contentStyle={{ background: 'var(--panel)', borderColor: 'var(--border)', color: 'var(--text)' }} cursor={{ fill: 'var(--grid)', fillOpacity: 0.5 }} />
          <Legend verticalAlign="top" height={28} />
          <Bar dataKey="saves" name="Expected loss saved a year" fill="var(--insured)" isAnimationActive={false}>
            <LabelList dataKey="verdict" position="right" fill="var(--text)" fontSize={12} />
          </Bar>
          <Bar dataKey="cost" name="Cost a year (annualised)" fill="var(--kept)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
