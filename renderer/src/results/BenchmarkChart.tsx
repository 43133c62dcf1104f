/**
 * "Against published figures": this scenario's median and mean incident next to the published
 * figures for its sector and size (benchmarks/benchmarks.ts), all in the scenario's currency,
 * as horizontal bars on a log scale, with the sources cited underneath.
 */
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Rectangle,
  ResponsiveContainer,
  Text,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type YAxisTickContentProps,
} from 'recharts';
import type { ScenarioResult } from '../../../shared/engine/runScenario';
import { useCallback, useMemo, useState } from 'react';
import { SECTOR_LABELS, type Sector } from '../../../shared/model/vocabulary';
import { ChartCard } from './ChartCard';
import { logTicks } from './ExceedanceChart';
import type { Formatters } from './format';
import { benchmarkComparison, benchmarkTable, comparisonRowName, type ComparisonRow } from './tables';

/** The label column takes this share of the chart's width, within the bounds below (pixels); labels wrap inside it. */
const LABEL_SHARE = 0.36;
const LABEL_MIN_PX = 150;
const LABEL_MAX_PX = 280;
const LABEL_FONT_PX = 12;
const LINE_HEIGHT_PX = 15;
/** One style object for every label, so Recharts' Text keeps its measured word widths from one update to the next. */
const LABEL_STYLE = { fontSize: `${LABEL_FONT_PX}px` } as const;
/** Average width of a character at the label size, in pixels, to estimate how many lines a label takes. */
const CHARACTER_WIDTH_PX = 6.2;

/** Height of one bar's row, in pixels: room for the longest label at the given column width. */
function rowHeightPx(labelWidthPx: number, longestLabel: number): number {
  const lines = Math.min(4, Math.max(1, Math.ceil((longestLabel * CHARACTER_WIDTH_PX) / labelWidthPx)));
  return Math.max(30, lines * LINE_HEIGHT_PX + 10);
}

/** Follows an element's width with a ResizeObserver; 0 until measured. */
function useWidthPx(): [(element: HTMLDivElement | null) => (() => void) | undefined, number] {
  const [widthPx, setWidthPx] = useState(0);
  const measure = useCallback((element: HTMLDivElement | null) => {
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(([entry]) => setWidthPx(Math.round(entry?.contentRect.width ?? 0)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [measure, widthPx];
}

/** The largest of 1, 2 or 5 times a power of ten not above an amount (the axis start, so the shortest bar shows). */
function niceStepAtMost(amount: number): number {
  const power = Math.pow(10, Math.floor(Math.log10(amount)));
  return [5, 2, 1].map((step) => step * power).find((value) => value <= amount) ?? power;
}

/** The smallest of 1, 2 or 5 times a power of ten not below an amount (the axis end, leaving room for labels). */
function niceStepAtLeast(amount: number): number {
  const power = Math.pow(10, Math.floor(Math.log10(amount)));
  return [1, 2, 5, 10].map((step) => step * power).find((value) => value >= amount) ?? 10 * power;
}

/**
 * Draws a row label wrapped to the label column. Recharts wraps by measuring words with the
 * text's style, which a plain tick object cannot set, so the label sets it here.
 */
function wrappedLabel(labelWidthPx: number) {
  return function renderLabel({ x, y, textAnchor, verticalAnchor, payload }: YAxisTickContentProps) {
    return (
      <Text
        x={x}
        y={y}
        textAnchor={textAnchor}
        verticalAnchor={verticalAnchor}
        width={labelWidthPx - 12}
        lineHeight={LINE_HEIGHT_PX}
        fill="var(--text)"
        fontSize={LABEL_FONT_PX}
        style={LABEL_STYLE}
      >
        {String(payload.value)}
      </Text>
    );
  };
}

type BenchmarkChartProps = Readonly<{
  result: ScenarioResult;
  sector: Sector;
  /** In the scenario's currency. */
  annualRevenue: number;
  currency: string;
  format: Formatters;
}>;

/**
 * This scenario's bars in the accent colour, published figures' in the benchmark colour. Made
 * once: a shape made anew each render is a new component to React, which would unmount and mount
 * every bar on each result.
 */
function BenchmarkBar(bar: BarShapeProps) {
  const row = bar.payload as Pick<ComparisonRow, 'source'> | undefined;
  return <Rectangle x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={row?.source === null ? 'var(--accent)' : 'var(--benchmark)'} />;
}

function describe(rows: readonly ComparisonRow[], sector: Sector, format: Formatters): string {
  const own = rows.filter((row) => row.source === null);
  const published = rows.filter((row) => row.source !== null).sort((a, b) => a.amount - b.amount);
  const ownText = own.map((row) => `${row.statistic} incident ${format.money(row.amount)}`).join(', ');
  const low = published[0];
  const high = published[published.length - 1];
  const range =
    low && high
      ? ` It is compared with ${published.length} published figures for ${SECTOR_LABELS[sector].toLowerCase()} organisations of this size, from ${format.money(low.amount)} (${comparisonRowName(low)}) to ${format.money(high.amount)} (${comparisonRowName(high)}).`
      : ' No published figures could be compared.';
  return `Horizontal bar chart on a log scale of the cost of one incident. This scenario: ${ownText}.${range}`;
}

export function BenchmarkChart({ result, sector, annualRevenue, currency, format }: BenchmarkChartProps) {
  const organisation = { sector, annualRevenue, currency };
  const comparison = benchmarkComparison(result, organisation);
  const drawn = comparison.rows.filter((row) => row.amount > 0).map((row) => ({ ...row, name: comparisonRowName(row) }));
  const amounts = drawn.map((row) => row.amount);
  const low = amounts.length > 0 ? niceStepAtMost(Math.min(...amounts) / 2) : 1;
  const high = amounts.length > 0 ? niceStepAtLeast(Math.max(...amounts) * 1.5) : 10;
  const converted = comparison.rows.some((row) => row.publishedCurrency !== currency);
  const [measure, chartWidthPx] = useWidthPx();
  const labelWidthPx = chartWidthPx > 0 ? Math.min(LABEL_MAX_PX, Math.max(LABEL_MIN_PX, Math.round(chartWidthPx * LABEL_SHARE))) : LABEL_MAX_PX;
  const rowPx = rowHeightPx(labelWidthPx, Math.max(0, ...drawn.map((row) => row.name.length)));
  const tick = useMemo(() => wrappedLabel(labelWidthPx), [labelWidthPx]);
  const notes = (
    <div className="chart-notes">
      <p>
        Published figures measure different things: IBM&rsquo;s survey averages (breaches of 2,500 to 115,000 records, including
        estimated lost business) run about ten times insurance claim severities (NetDiligence) and public-record medians (IRIS).
      </p>
      {comparison.revenueUsd === null ? (
        <p>There is no exchange rate for {currency}, so no published figures can be compared.</p>
      ) : converted ? (
        <p>Figures published in another currency are converted at approximate 2024 average exchange rates.</p>
      ) : null}
      {comparison.citations.length > 0 ? (
        <>
          <h3>Sources</h3>
          <ul className="citations">
            {comparison.citations.map((citation) => (
              <li key={citation}>{citation}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
  return (
    <ChartCard
      title="Against published figures"
      subtitle={`The cost of one incident here, next to published figures for ${SECTOR_LABELS[sector].toLowerCase()} organisations of this size, in ${currency}.`}
      description={describe(comparison.rows, sector, format)}
      table={benchmarkTable(result, organisation, format)}
      tableCaption={`This scenario's incident cost and published figures, in ${currency}`}
      numericColumns={[2, 3]}
      chartTestId="benchmark-chart"
      className="chart-wide"
      notes={notes}
    >
      <div ref={measure}>
        <ResponsiveContainer width="100%" height={drawn.length * rowPx + 72}>
          <BarChart data={drawn} layout="vertical" margin={{ top: 8, right: 72, bottom: 24, left: 8 }} barCategoryGap="20%">
            <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" horizontal={false} />
            <XAxis
              type="number"
              dataKey="amount"
              scale="log"
              domain={[low, high]}
              ticks={logTicks(low, high)}
              allowDataOverflow
              tickFormatter={(value: number) => format.moneyCompact(value)}
              stroke="var(--axis)"
              label={{ value: `Cost of one incident (${currency}, log scale)`, position: 'insideBottom', offset: -14, fill: 'var(--muted)' }}
            />
            <YAxis
              type="category"
              dataKey="name"
              width={labelWidthPx}
              stroke="var(--axis)"
              tick={tick}
              interval={0}
            />
            <Tooltip
              formatter={(value) => [format.money(Number(value)), `In ${currency}`]}
              contentStyle={{ background: 'var(--panel)', borderColor: 'var(--border)', color: 'var(--text)' }}
              cursor={{ fill: 'var(--grid)', fillOpacity: 0.5 }}
            />
            <Bar dataKey="amount" shape={BenchmarkBar} isAnimationActive={false}>
              <LabelList dataKey="amount" position="right" formatter={(value: unknown) => format.moneyCompact(Number(value))} fill="var(--text)" fontSize={12} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ul className="chart-legend">
        <li>
          <span className="legend-swatch legend-swatch-scenario" aria-hidden="true" />
          This scenario
        </li>
        <li>
          <span className="legend-swatch legend-swatch-benchmark" aria-hidden="true" />
          Published figure
        </li>
      </ul>
    </ChartCard>
  );
}
