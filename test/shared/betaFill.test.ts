/**
 * BetaTable.fill steps the generator in local variables instead of through the Rng's methods: it
 * must give exactly what sample() gives, draw for draw and bit for bit, and leave the generator
 * where sample() would (the next input's draws, and the next fill, start from there).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BetaTable } from '../../shared/random/betaTable';
import { Rng } from '../../shared/random/rng';

function bySample(table: BetaTable, rng: Rng, count: number, low: number, width: number): Float64Array {
  const out = new Float64Array(count);
  for (let i = 0; i < count; i += 1) out[i] = low + width * table.sample(rng);
  return out;
}

function byFill(table: BetaTable, rng: Rng, count: number, low: number, width: number): Float64Array {
  const out = new Float64Array(count);
  table.fill(rng, out, count, low, width);
  return out;
}

const sameBits = (a: Float64Array, b: Float64Array): boolean => Buffer.from(a.buffer).equals(Buffer.from(b.buffer));

describe('BetaTable.fill', () => {
  it.each([
    [1, 1],
    [1, 5],
    [5, 1],
    [3, 3],
    [1.0001, 4.9999],
    [1.6, 4.4],
    [40, 2],
  ])('gives the same draws as sample() and leaves the generator in the same state, Beta(%s, %s)', (alpha, beta) => {
    const table = new BetaTable(alpha, beta);
    const a = new Rng(7, 3, 11);
    const b = new Rng(7, 3, 11);
    expect(sameBits(byFill(table, a, 20_000, 10, 990), bySample(table, b, 20_000, 10, 990))).toBe(true);
    // The state afterwards: the next words and a second column agree too.
    expect(sameBits(byFill(table, a, 333, 0, 1), bySample(table, b, 333, 0, 1))).toBe(true);
    for (let i = 0; i < 8; i += 1) expect(a.nextUint32()).toBe(b.nextUint32());
  });

  it('agrees with sample() for any shape, seed, stream, count and scale', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 60, noNaN: true }),
        fc.double({ min: 1, max: 60, noNaN: true }),
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 300 }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        (alpha, beta, seed, stream, count, low, width) => {
          const table = new BetaTable(alpha, beta);
          const a = new Rng(seed, stream);
          const b = new Rng(seed, stream);
          const filled = byFill(table, a, count, low, width);
          const sampled = bySample(table, b, count, low, width);
          return sameBits(filled, sampled) && a.nextUint32() === b.nextUint32() && a.nextDouble() === b.nextDouble();
        },
      ),
      { numRuns: 200 },
    );
  });

  it('writes nothing past count', () => {
    const table = new BetaTable(2, 3);
    const out = new Float64Array(10).fill(-1);
    table.fill(new Rng(1), out, 4, 0, 1);
    expect(Array.from(out.subarray(4))).toEqual(new Array(6).fill(-1));
    expect(out.subarray(0, 4).every((x) => x >= 0 && x <= 1)).toBe(true);
  });
});
