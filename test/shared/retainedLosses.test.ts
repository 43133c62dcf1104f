/**
 * The insurance summary's retained losses without an array of them (retainedLosses.ts): the
 * listed years' own and, for the years with no loss to the tower, the gross loss never below 0.
 * Their order statistics, quantiles and curve counts must be exactly those of the plain array,
 * bit for bit (Object.is), on arbitrary years: zero, negative, -0, NaN, subnormal and infinite
 * gross losses; losses to the tower that are positive, negative, NaN (all listed) or ±0 (quiet);
 * NaN among the listed years' retained losses; the listed years anywhere.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countRetained, retainedArray, retainedValues, type RetainedLosses } from '../../shared/insurance/retainedLosses';
import { ExceedanceCounter } from '../../shared/stats/exceedanceCounter';
import { orderStatistics, orderStatisticsOf } from '../../shared/stats/orderStatistics';
import { quantilesOf, quantilesOfValues } from '../../shared/stats/quantiles';
import { RADIX_MIN_LENGTH } from '../../shared/stats/radixSort';

const gross: fc.Arbitrary<number> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(0) },
  { weight: 6, arbitrary: fc.double({ min: 1, max: 5e7, noNaN: true }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 2_000_000 }) },
  { weight: 1, arbitrary: fc.constantFrom(-0, -1, -5e-324, 5e-324, Number.MAX_VALUE, Infinity, NaN) },
);

/** A listed year's loss to the tower: never 0 (that would make it quiet), sometimes negative or NaN. */
const towerLoss = fc.oneof(
  { weight: 8, arbitrary: fc.double({ min: 1, max: 5e7, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(-3, NaN, 5e-324) },
);

/** A year: its gross loss, whether it is listed, its loss to the tower if so, and the share of its gross loss it keeps (NaN now and then). */
const year = fc.tuple(gross, fc.boolean(), towerLoss, fc.oneof({ weight: 20, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) }, { weight: 1, arbitrary: fc.constant(NaN) }));

/** Years from a small pool, many of them (past the radix sort's minimum length now and then). */
const years: fc.Arbitrary<RetainedLosses> = fc
  .tuple(fc.array(year, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 3 * RADIX_MIN_LENGTH }), fc.nat())
  .map(([pool, length, seed]) => {
    let state = seed + 1;
    const grossLosses = new Float64Array(length);
    const tower = new Float64Array(length);
    const listed: number[] = [];
    for (let i = 0; i < length; i += 1) {
      state = (state * 1103515245 + 12345) >>> 0;
      const [loss, claims, toTower, keptShare] = pool[state % pool.length]!;
      grossLosses[i] = loss;
      tower[i] = claims ? toTower : i % 7 === 0 ? -0 : 0;
      if (claims) listed.push(Math.max(0, loss * keptShare));
    }
    return { listed: Float64Array.from(listed), gross: grossLosses, tower };
  });

/** The plain array, built the way the summary built it before: every year's max(0, gross), the listed ones overwritten. */
function plain({ listed, gross: grossLosses, tower }: RetainedLosses): Float64Array {
  const out = grossLosses.map((loss) => Math.max(0, loss));
  let next = 0;
  tower.forEach((loss, i) => {
    if (loss !== 0) out[i] = listed[next++]!;
  });
  return out;
}

function sameBits(actual: readonly number[], expected: readonly number[]): boolean {
  return actual.length === expected.length && actual.every((value, i) => Object.is(value, expected[i]));
}

describe('the retained losses read from the gross ones', () => {
  it('lay out as the plain array', () => {
    fc.assert(
      fc.property(years, (retained) => {
        expect(sameBits([...retainedArray(retained)], [...plain(retained)])).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('give the plain array’s order statistics and quantiles, bit for bit', () => {
    fc.assert(
      fc.property(years, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }), (retained, shares) => {
        const values = plain(retained);
        const ranks = shares.map((share) => Math.min(values.length - 1, Math.floor(share * values.length)));
        expect(sameBits(orderStatisticsOf(retainedValues(retained), ranks), orderStatistics(values, ranks))).toBe(true);
        expect(sameBits(orderStatisticsOf(retainedValues(retained), ranks), ranks.map((rank) => Float64Array.from(values).sort()[rank]!))).toBe(true);
        const ps = [0.5, 0.9, 0.95, 0.99];
        expect(sameBits(quantilesOfValues(retainedValues(retained), ps), quantilesOf(values, ps))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('count on a curve as the plain array does', () => {
    fc.assert(
      fc.property(years, fc.array(gross, { minLength: 1, maxLength: 12 }), (retained, thresholds) => {
        const split = new ExceedanceCounter(thresholds);
        countRetained(split, retained);
        const whole = new ExceedanceCounter(thresholds);
        whole.addAll(plain(retained));
        expect(split.counts()).toEqual(whole.counts());
      }),
      { numRuns: 200 },
    );
  });

  it('count a quiet year with a negative gross loss as keeping nothing', () => {
    // Years 0 and 2 quiet (gross -50 and 30), year 1 listed (keeps 20).
    const retained = { listed: Float64Array.of(20), gross: Float64Array.of(-50, 100, 30), tower: Float64Array.of(0, 80, 0) };
    const curve = new ExceedanceCounter([-10, 0, 25]);
    countRetained(curve, retained);
    expect(curve.counts()).toEqual([3, 2, 1]);
    expect([...retainedArray(retained)]).toEqual([0, 20, 30]);
  });

  it('fall back to sorting whole when a listed year keeps NaN, as the plain array does', () => {
    const length = 2 * RADIX_MIN_LENGTH;
    const grossLosses = Float64Array.from({ length }, (_, i) => (i % 3) * 1000);
    const tower = Float64Array.from({ length }, (_, i) => (i % 5 === 0 ? 500 : 0));
    const listed = Float64Array.from({ length: Math.ceil(length / 5) }, (_, j) => (j === 3 ? NaN : j * 10));
    const retained = { listed, gross: grossLosses, tower };
    const ranks = [0, length >> 1, length - 1];
    expect(sameBits(orderStatisticsOf(retainedValues(retained), ranks), orderStatistics(plain(retained), ranks))).toBe(true);
    expect(Number.isNaN(orderStatisticsOf(retainedValues(retained), ranks)[2])).toBe(true);
  });
});
