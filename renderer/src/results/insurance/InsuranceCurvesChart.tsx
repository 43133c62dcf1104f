/**
 * Gross, insured and retained annual loss as exceedance curves on one log axis: for each amount,
 * the chance that a year's gross loss, the insurance's payment, or what the organisation keeps
 * exceeds it. The gap between the gross and retained curves is what the cover takes off.
 */
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { InsuranceSummary } from '../../../../shared/insurance/summary';
import { ChartCard } from '../ChartCard';
import { logTicks } from '../ExceedanceChart';
import type { Formatters } from '../format';
import { useChartHeight } from '../chartHeight';
import { insuranceCurvesTable } from '../insuranceTables';

const SERIES = {
  gross: { name: 'Gross loss', stroke: 'var(--accent)' },
  retained: { name: 'Kept by the organisation', stroke: 'var(--retained)' },
  insured: { name: 'Paid by the insurance', stroke: 'var(--insured)' },
} as const;

export function InsuranceCurvesChart({ insurance, format, currency }: Readonly<{ insurance: InsuranceSummary; format: Formatters; currency: string }>) {
  const chartHeight = useChartHeight(360);
  const points = insurance.curves.filter((point) => point.loss > 0);
  const low = points[0]?.loss ?? 1;
  const high = points[points.length - 1]?.loss ?? 10;
  const description =
    `Exceedance curves of gross, insured and retained annual loss. The insurance pays something in ${format.probability(insurance.probabilityOfClaim)} of years, ` +
    `${format.money(insurance.expectedRecovery)} a year on average. What the organisation keeps exceeds ${format.money(insurance.retained.p95)} once in 20 years and ${format.money(insurance.retained.p99)} once in 100 years.`;
  return (
    <ChartCard
      title="With and without the cover"
      subtitle={<>Chance a year exceeds each amount: the gross loss, what the insurance pays, and what the organisation keeps.</>}
      description={description}
      table={insuranceCurvesTable(insurance, format)}
      tableCaption={`Chance a year's gross, insured and retained loss exceed each amount (${currency})`}
      numericColumns={[0, 1, 2, 3]}
      chartTestId="insurance-curves-chart"
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
            label={{ value: `Amount in a year (${currency}, log scale)`, position: 'insideBottom', offset: -14, fill: 'var(--muted)' }}
          />
          <YAxis type="number" domain={[0, 'auto']} tickFormatter={(value: number) => format.percentTick(value)} stroke="var(--axis)" width={64} />
          <Tooltip
            formatter={(value, name) => [format.probability(Number(value)), name]}
            labelFormatter={(label) => `More than ${format.money(Number(label))}`}
            contentStyle={{ background: 'var(--panel)', borderColor: 'var(--border)', color: 'var(--text)' }}
          />
          <Legend verticalAlign="top" height={28} />
          {insurance.towerTop >= low && insurance.towerTop <= high && (
            <ReferenceLine x={insurance.towerTop} stroke="var(--muted)" strokeDasharray="4 4" label={{ value: 'Top of the tower', position: 'insideTopRight', fill: 'var(--muted)', fontSize: 12 }} />
          )}
          {(['gross', 'retained', 'insured'] as const).map((key) => (
            <Line key={key} type="monotone" dataKey={key} name={SERIES[key].name} stroke={SERIES[key].stroke} strokeWidth={key === 'gross' ? 2.5 : 2} strokeDasharray={key === 'insured' ? '6 3' : '0'} dot={false} isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
