/**
 * The greedy best combination of proposed controls: as annual spending on controls grows (each
 * step adds the control with the most further saving per unit of cost), what expected annual
 * loss and 1-in-20-year loss remain. Flattening shows where overlapping controls stop paying.
 */
import { CartesianGrid, LabelList, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ScenarioResult } from '../../../../shared/engine/runScenario';
import { ChartCard } from '../ChartCard';
import type { Formatters } from '../format';
import { useChartHeight } from '../chartHeight';
import { combinationTable } from './controlsTables';

export function CombinationChart({ result, format }: Readonly<{ result: ScenarioResult; format: Formatters }>) {
  const chartHeight = useChartHeight(340);
  const steps = (result.controlPortfolio?.combination ?? []).map((step, index) => ({ ...step, name: index === 0 ? 'In place only' : `+ ${step.label}`, mark: index === 0 ? '0' : String(index) }));
  const description = `Line chart of the best combination of proposed controls: ${steps
    .map((step) => `${step.name}, ${format.money(step.cumulativeAnnualisedCost)} a year, expected annual loss ${format.money(step.expectedAnnualLoss)}`)
    .join('; ')}.`;
  return (
    <ChartCard
      title="The best combination, step by step"
      subtitle="Each step adds the proposed control that saves most for its cost, given those already added."
      description={description}
      table={combinationTable(result, format)}
      tableCaption={`The best combination of proposed controls, ${result.currency} a year`}
      numericColumns={[1, 2, 3]}
      chartTestId="combination-chart"
    >
      <ResponsiveContainer width="100%" height={chartHeight}>
        <LineChart data={steps} margin={{ top: 24, right: 16, bottom: 24, left: 16 }}>
          <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" />
          <XAxis
            dataKey="cumulativeAnnualisedCost"
            type="number"
            domain={[0, 'auto']}
            tickFormatter={(value: number) => format.moneyCompact(value)}
            stroke="var(--axis)"
            label={{ value: `Spent on proposed controls (${result.currency} a year)`, position: 'insideBottom', offset: -14, fill: 'var(--muted)' }}
          />
          <YAxis yAxisId="mean" type="number" domain={[0, 'auto']} tickFormatter={(value: number) => format.moneyCompact(value)} stroke="var(--accent)" width={72} />
          <YAxis yAxisId="p95" orientation="right" type="number" domain={[0, 'auto']} tickFormatter={(value: number) => format.moneyCompact(value)} stroke="var(--accent-2)" width={72} />
          <Tooltip
            formatter={(value, name) => [format.money(Number(value)), name]}
            labelFormatter={(label) => `Spending ${format.money(Number(label))} a year`}
            contentStyle={{ background: 'var(--panel)', borderColor: 'var(--border)', color: 'var(--text)' }}
          />
          <Legend verticalAlign="top" height={28} />
          <Line yAxisId="p95" type="linear" dataKey="p95" name="1-in-20-year loss (right axis)" stroke="var(--accent-2)" strokeWidth={2} strokeDasharray="6 3" dot isAnimationActive={false} />
          <Line yAxisId="mean" type="linear" dataKey="expectedAnnualLoss" name="Expected annual loss (left axis)" stroke="var(--accent)" strokeWidth={2.5} dot={{ r: 4 }} isAnimationActive={false}>
            <LabelList dataKey="mark" position="top" offset={10} fill="var(--text)" fontSize={12} fontWeight={600} />
          </Line>
        </LineChart>
      </ResponsiveContainer>
      <ol className="combination-steps" start={0}>
        {steps.map((step) => (
          <li key={step.mark}>
            {step.name}: {format.moneyCompact(step.cumulativeAnnualisedCost)} a year, expected annual loss {format.moneyCompact(step.expectedAnnualLoss)}
          </li>
        ))}
      </ol>
    </ChartCard>
  );
}
