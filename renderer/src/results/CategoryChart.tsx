/**
 * "Where the money goes": for each cost category, the mean cost a year next to the mean in the
 * worst 10% of years, as grouped horizontal bars in the category's colour (pale for the mean,
 * solid for the worst years). Also the category colours every result chart shares.
 */
import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import type { ScenarioResult } from '../../../shared/engine/runScenario';
import { CATEGORY_IDS, CATEGORY_LABELS, type CategoryId } from '../../../shared/model/categories';
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

/** A bar in its category's colour: rows are always in CATEGORY_IDS order (categoryRows). */
function categoryBar(bar: BarShapeProps, opacity: number) {
  const id = CATEGORY_IDS[bar.index];
  return <Rectangle x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={id ? CATEGORY_COLOURS[id] : 'var(--accent)'} fillOpacity={opacity} />;
}

// The same two shapes for every render: a shape made anew each render is a new component to
// React, which would unmount and mount every bar on each result.
const MeanBar = (bar: BarShapeProps) => categoryBar(bar, MEAN_OPACITY);
const WorstBar = (bar: BarShapeProps) => categoryBar(bar, 1);

/** Room beside the longest label: the tick line and its gap, as Recharts draws them (6 + 2 px). */
const AXIS_LABEL_ROOM = 8;
/** A width per character when text cannot be measured (no canvas, as in tests without a browser). */
const FALLBACK_CHARACTER_WIDTH = 8;

let axisWidth: number | null = null;

/**
 * The category axis's width: its longest label in the page's font, and room for the tick.
 * Measured once on a canvas (the labels never change): `width="auto"` measured the rendered
 * labels, a forced layout, and drew the chart twice on every update.
 */
function categoryAxisWidth(): number {
  if (axisWidth !== null) return axisWidth;
  const labels = CATEGORY_IDS.map((id) => CATEGORY_LABELS[id]);
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  let longest = Math.max(...labels.map((label) => label.length * FALLBACK_CHARACTER_WIDTH));
  if (context) {
    const style = getComputedStyle(document.body);
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    longest = Math.max(...labels.map((label) => context.measureText(label).width));
  }
  axisWidth = Math.ceil(longest) + AXIS_LABEL_ROOM;
  return axisWidth;
}

export function CategoryChart({ result, format }: Readonly<{ result: ScenarioResult; format: Formatters }>) {
  const chartHeight = useChartHeight(340);
  const rows = categoryRows(result);
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
          <YAxis type="category" dataKey="label" width={categoryAxisWidth()} stroke="var(--axis)" tick={{ fill: 'var(--text)' }} />
          <Tooltip
            formatter={(value, name) => [format.money(Number(value)), name]}
            contentStyle={{ background: 'var(--panel)', borderColor: 'var(--border)', color: 'var(--text)' }}
            cursor={{ fill: 'var(--grid)', fillOpacity: 0.5 }}
          />
          <Bar dataKey="meanAnnualLoss" name={SERIES.mean} shape={MeanBar} isAnimationActive={false}>
            <LabelList dataKey="meanAnnualLoss" position="right" formatter={compact} fill="var(--muted)" fontSize={12} />
          </Bar>
          <Bar dataKey="meanInWorst10" name={SERIES.worst} shape={WorstBar} isAnimationActive={false}>
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
