/**
 * The insurance tower drawn to scale: each layer stacked where it attaches, labelled with its
 * expected loss and how often it pays and is used up, any stretch below or between layers that
 * stays with the organisation, and lines at the loss the tower would face in a 1-in-20 and a
 * 1-in-100 year.
 */
import { Bar, BarChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { InsuranceSummary } from '../../../../shared/insurance/summary';
import { ChartCard } from '../ChartCard';
import type { Formatters } from '../format';
import { useChartHeight } from '../chartHeight';
import { linearTicks } from '../linearTicks';
import { towerSegments, towerTable, type TowerSegment } from '../insuranceTables';

const LAYER_FILLS = ['var(--layer-a)', 'var(--layer-b)'] as const;

type LabelProps = Readonly<{ x?: number | string | undefined; y?: number | string | undefined; width?: number | string | undefined; height?: number | string | undefined }>;

function segmentLines(segment: TowerSegment, insurance: InsuranceSummary, format: Formatters): string[] {
  const layer = segment.layerIndex === null ? undefined : insurance.layers[segment.layerIndex];
  if (!layer) return [`${segment.label}: ${format.moneyCompact(segment.to - segment.from)}`];
  return [
    `${layer.name}: ${format.moneyCompact(layer.limit)} xs ${format.moneyCompact(layer.attachment)}`,
    `Expected loss ${format.moneyCompact(layer.expectedLoss)} a year`,
    `Pays in ${format.probability(layer.probabilityOfAttachment)} of years; used up in ${format.probability(layer.probabilityOfExhaustion)}`,
  ];
}

function describe(insurance: InsuranceSummary, format: Formatters): string {
  const layers = insurance.layers
    .map((layer) => `${layer.name}, ${format.money(layer.limit)} excess of ${format.money(layer.attachment)}: expected loss ${format.money(layer.expectedLoss)} a year, pays in ${format.probability(layer.probabilityOfAttachment)} of years, used up in ${format.probability(layer.probabilityOfExhaustion)}.`)
    .join(' ');
  const [p95, p99] = insurance.adequacy;
  return `Insurance tower reaching ${format.money(insurance.towerTop)}. ${layers} A 1-in-20 year puts ${format.money(p95?.limitNeeded ?? 0)} on the tower; a 1-in-100 year ${format.money(p99?.limitNeeded ?? 0)}.`;
}

/** What the organisation keeps before the tower responds, in words. */
export function belowTheTower(insurance: InsuranceSummary, format: Formatters): string {
  const terms = insurance.terms;
  const parts = [`a retention of ${format.money(terms.retention)} on each incident`];
  if (terms.annualAggregateRetention !== null) parts[0] += ` (at most ${format.money(terms.annualAggregateRetention)} a year in all)`;
  if (terms.coinsurance > 0) parts.push(`${format.share(terms.coinsurance)} of the rest as coinsurance`);
  if (terms.waitingPeriodHours > 0) parts.push(`business interruption in the first ${terms.waitingPeriodHours.toLocaleString()} hours of an outage`);
  parts.push('anything excluded or above a sublimit');
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
  const bottom = insurance.layers[0]?.attachment ?? 0;
  const start = bottom > 0 ? ` The bottom layer attaches at ${format.money(bottom)}, so the first ${format.money(bottom)} of what is left each year is kept too.` : '';
  return `Before the tower pays, the organisation keeps ${list}.${start} The layers then pay in order, each up to its limit a year.`;
}

/** Whether the tower reaches the loss it would face in a 1-in-20 and a 1-in-100 year, in words. */
export function adequacySentence(insurance: InsuranceSummary, format: Formatters): string {
  const [p95, p99] = insurance.adequacy;
  if (!p95 || !p99) return '';
  const at = (label: string, need: number, short: number) =>
    short > 0 ? `a ${label} year puts ${format.moneyCompact(need)} on it and ${format.moneyCompact(short)} of that is not paid` : `a ${label} year (${format.moneyCompact(need)}) is paid in full`;
  return `The tower reaches ${format.moneyCompact(insurance.towerTop)}. Measured after retention, coinsurance, exclusions and sublimits, ${at('1-in-20', p95.limitNeeded, p95.shortfall)}; ${at('1-in-100', p99.limitNeeded, p99.shortfall)}.`;
}

export function TowerChart({ insurance, format, currency }: Readonly<{ insurance: InsuranceSummary; format: Formatters; currency: string }>) {
  const chartHeight = useChartHeight(380);
  const segments = towerSegments(insurance);
  const [p95, p99] = insurance.adequacy;
  const ticks = linearTicks(Math.max(insurance.towerTop, p95?.limitNeeded ?? 0, p99?.limitNeeded ?? 0) * 1.04);
  const yMax = ticks[ticks.length - 1] ?? 1;
  const row = Object.fromEntries([['name', 'Tower'], ...segments.map((segment, i) => [`s${i}`, segment.to - segment.from])]);
  let layerCount = 0;
  const fills = segments.map((segment) => (segment.kind === 'kept' ? 'var(--kept)' : (LAYER_FILLS[layerCount++ % LAYER_FILLS.length] ?? 'var(--accent)')));
  const renderLabel = (segment: TowerSegment) =>
    function SegmentLabel(props: LabelProps) {
      const x = Number(props.x ?? 0);
      const y = Number(props.y ?? 0);
      const width = Number(props.width ?? 0);
      const height = Number(props.height ?? 0);
      const lines = segmentLines(segment, insurance, format);
      const shown = height >= 44 ? lines : lines.slice(0, 1);
      const top = y + height / 2 - ((shown.length - 1) * 16) / 2;
      return (
        <g>
          {shown.map((line, i) => (
            <text key={line} x={x + width + 12} y={top + i * 16} dominantBaseline="middle" fill={i === 0 ? 'var(--text)' : 'var(--muted)'} fontSize={i === 0 ? 13 : 12} fontWeight={i === 0 ? 600 : 400}>
              {line}
            </text>
          ))}
        </g>
      );
    };
  return (
    <ChartCard
      title="The insurance tower"
      subtitle={adequacySentence(insurance, format)}
      description={describe(insurance, format)}
      table={towerTable(insurance, format)}
      tableCaption={`Layers of the tower, ${currency}`}
      numericColumns={[1, 2, 3, 4, 5, 6]}
      chartTestId="tower-chart"
      notes={<p className="chart-notes">{belowTheTower(insurance, format)}</p>}
    >
      <ResponsiveContainer width="100%" height={chartHeight}>
        <BarChart data={[row]} margin={{ top: 16, right: 280, bottom: 8, left: 8 }} barCategoryGap={0}>
          <XAxis dataKey="name" hide />
          <YAxis type="number" domain={[0, yMax]} ticks={ticks} tickFormatter={(value: number) => format.moneyCompact(value)} stroke="var(--axis)" width={72} />
          {segments.map((segment, i) => (
            <Bar
              key={`s${i}`}
              dataKey={`s${i}`}
              name={segment.label}
              stackId="tower"
              fill={fills[i] ?? 'var(--accent)'}
              stroke="var(--panel)"
              strokeWidth={1}
              barSize={110}
              isAnimationActive={false}
              label={renderLabel(segment)}
            />
          ))}
          {p95 && (
            <ReferenceLine y={p95.limitNeeded} stroke="var(--accent-2)" strokeDasharray="5 4" label={{ value: `1 in 20 years: ${format.moneyCompact(p95.limitNeeded)}`, position: 'insideTopLeft', fill: 'var(--accent-2)', fontSize: 12 }} />
          )}
          {p99 && (
            <ReferenceLine y={p99.limitNeeded} stroke="var(--danger)" strokeDasharray="5 4" label={{ value: `1 in 100 years: ${format.moneyCompact(p99.limitNeeded)}`, position: 'insideTopLeft', fill: 'var(--danger)', fontSize: 12 }} />
          )}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
