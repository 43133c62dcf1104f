/**
 * "What drives the loss": a tornado of the inputs with the largest swings. Each input has two
 * horizontal bars running out from the expected annual loss with every input uncertain: to the
 * expected annual loss with the input at its low (pale) and at its high (solid), every other
 * input keeping its range and every run using the same seed. The subtitle names the top three.
 */
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SensitivityResult } from '../../../../shared/sensitivity/analyse';
import { topDriversSentence } from '../../../../shared/sensitivity/sentence';
import { ChartCard } from '../ChartCard';
import type { Formatters } from '../format';
import { useChartHeight } from '../chartHeight';
import { TORNADO_SHOWN, tornadoBars, tornadoTable, tornadoTicks } from './tornadoTable';

const SERIES = { low: 'Input at its low', high: 'Input at its high' } as const;
const LOW_FILL = 'var(--accent)';
const HIGH_FILL = 'var(--accent-2)';
const LOW_OPACITY = 0.55;

function describe(result: SensitivityResult, shown: number, sentence: string, format: Formatters): string {
  return (
    `Tornado chart of the ${shown} of ${result.tornado.length} uncertain inputs that move the expected annual loss most, for ${result.scenario}. ` +
    `Each input's bars run from the expected annual loss with every input uncertain, ${format.money(result.base.mean)}, to the expected annual loss with the input at its low and at its high. ` +
    sentence
  );
}

export function TornadoChart({ result, format, limit = TORNADO_SHOWN }: Readonly<{ result: SensitivityResult; format: Formatters; limit?: number }>) {
  const bars = tornadoBars(result, limit);
  const chartHeight = useChartHeight(Math.max(220, 64 + bars.length * 40));
  const ticks = tornadoTicks(bars, result.base.mean);
  const sentence = topDriversSentence(result.tornado, format.moneyCompact);
  return (
    <ChartCard
      title="What drives the loss"
      subtitle={sentence}
      description={describe(result, bars.length, sentence, format)}
      table={tornadoTable(result, format)}
      tableCaption={`Each uncertain input at its low and at its high, largest swing first, ${result.currency} a year`}
      numericColumns={[1, 2, 3, 4, 5, 6, 7]}
      chartTestId="tornado-chart"
      notes={
        <p className="chart-notes">
          {`The chart shows the ${bars.length} of ${result.tornado.length} uncertain inputs with the largest swings. Each bar starts at the expected annual loss with every input uncertain (${format.moneyCompact(result.base.mean)}); every other input keeps its range, and every run uses the same ${format.count(result.trials)} simulated years (seed ${result.seed}).`}
        </p>
      }
    >
      {bars.length === 0 ? (
        <p className="chart-notes">No input of this scenario is uncertain.</p>
      ) : (
        <>
          <ResponsiveContainer width="100%" height={chartHeight}>
            <BarChart data={bars} layout="vertical" margin={{ top: 8, right: 24, bottom: 24, left: 8 }} barGap={2} barCategoryGap="24%">
              <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" horizontal={false} />
              <XAxis
                type="number"
                domain={[ticks[0] ?? 0, ticks[ticks.length - 1] ?? 1]}
                ticks={ticks}
                tickFormatter={(value: number) => format.moneyCompact(value)}
                stroke="var(--axis)"
                label={{ value: `Expected annual loss (${result.currency})`, position: 'insideBottom', offset: -14, fill: 'var(--muted)' }}
              />
              <YAxis type="category" dataKey="label" width="auto" stroke="var(--axis)" tick={{ fill: 'var(--text)' }} />
              <Tooltip
                formatter={(_value, name, item) => {
                  const bar = item.payload as (typeof bars)[number];
                  return [format.money(name === SERIES.low ? bar.lowMean : bar.highMean), name];
                }}
                contentStyle={{ background: 'var(--panel)', borderColor: 'var(--border)', color: 'var(--text)' }}
                cursor={{ fill: 'var(--grid)', fillOpacity: 0.5 }}
              />
              <Bar dataKey="lowBar" name={SERIES.low} fill={LOW_FILL} fillOpacity={LOW_OPACITY} isAnimationActive={false} />
              <Bar dataKey="highBar" name={SERIES.high} fill={HIGH_FILL} isAnimationActive={false} />
              <ReferenceLine x={result.base.mean} stroke="var(--text)" strokeWidth={1.5} />
            </BarChart>
          </ResponsiveContainer>
          <ul className="chart-legend">
            <li>
              <span className="legend-swatch" style={{ background: LOW_FILL, opacity: LOW_OPACITY }} aria-hidden="true" />
              {SERIES.low}
            </li>
            <li>
              <span className="legend-swatch" style={{ background: HIGH_FILL }} aria-hidden="true" />
              {SERIES.high}
            </li>
          </ul>
        </>
      )}
    </ChartCard>
  );
}
