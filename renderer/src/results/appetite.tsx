/**
 * Risk appetite on the results: the verdict in plain words, and the tolerance points drawn on
 * an exceedance chart (a diamond at each "at most this chance of a year costing more than this").
 */
import { ReferenceDot } from 'recharts';
import type { AppetiteVerdict } from '../../../shared/appetite/verdict';
import type { Formatters } from './format';

/** One sentence per point, in plain words: within, or beyond and by how much. */
export function appetiteSentences(verdict: AppetiteVerdict, format: Formatters): string[] {
  return verdict.points.map((point) => {
    const tolerance = `at most ${format.probability(point.probability)} chance of a year costing more than ${format.moneyCompact(point.loss)}`;
    const simulated = format.probability(point.simulatedProbability);
    if (point.within) {
      return `Within appetite (${tolerance}): the chance is ${simulated}; a year that unlikely costs ${format.moneyCompact(point.lossAtProbability)}, ${format.moneyCompact(-point.lossExcess)} inside the limit.`;
    }
    return `Beyond appetite (${tolerance}): the chance is ${simulated}; a year that unlikely costs ${format.moneyCompact(point.lossAtProbability)}, ${format.moneyCompact(point.lossExcess)} over the limit.`;
  });
}

export function AppetiteBanner({ verdict, format }: Readonly<{ verdict: AppetiteVerdict; format: Formatters }>) {
  return (
    <div className={verdict.within ? 'banner banner-ok' : 'banner banner-alert'} role="note" aria-label="Risk appetite" data-testid="appetite-verdict">
      <strong>{verdict.within ? 'Within risk appetite.' : 'Beyond risk appetite.'}</strong>
      <ul>
        {appetiteSentences(verdict, format).map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
    </div>
  );
}

type Point = Readonly<{ loss: number; probability: number; within?: boolean }>;

/** Diamonds at the tolerance points, clipped to the chart's loss range; coloured by verdict when known. */
export function appetiteMarks(points: readonly Point[], low: number, high: number, format: Formatters) {
  return points
    .filter((point) => point.loss >= low && point.loss <= high)
    .map((point) => {
      const colour = point.within === undefined ? 'var(--text)' : point.within ? 'var(--insured)' : 'var(--danger)';
      return (
        <ReferenceDot
          key={`${point.loss}-${point.probability}`}
          x={point.loss}
          y={point.probability}
          r={7}
          fill={colour}
          stroke="var(--panel)"
          strokeWidth={2}
          shape={(props: { cx?: number; cy?: number }) => {
            const cx = props.cx ?? 0;
            const cy = props.cy ?? 0;
            return <path d={`M ${cx} ${cy - 8} L ${cx + 8} ${cy} L ${cx} ${cy + 8} L ${cx - 8} ${cy} Z`} fill={colour} stroke="var(--panel)" strokeWidth={2} />;
          }}
          label={{ value: `appetite: ${format.probability(point.probability)} > ${format.moneyCompact(point.loss)}`, position: 'right', fill: colour, fontSize: 12 }}
        />
      );
    });
}
