/**
 * Every figure of the golden runs (test/shared/goldenRuns.ts) stays what the engine gave before
 * the memory and parallel work of issue 9: the whole result, compared number by number.
 *
 * One change was made on purpose: the run's sums over all events (per category, cost line,
 * threat, impact measure and insurance reason) are now added per chunk, each chunk's from zero,
 * and the chunks' sums then added in chunk order, so that any number of threads gives the same
 * bits. The figures made from those sums moved in their last digits (at most 8e-15 relative in
 * these runs); they are held to 1e-13 relative, every other figure to the bit.
 *
 * A second on purpose, for programmes without sublimits: the insurance ledger adds up each year's
 * covered cost and retentions as two totals rather than bucket by bucket, and the insurance
 * summary its means as sums rather than Welford's running means. Its figures moved in their last
 * digits (at most 2e-15 relative in these runs) and are held to 1e-12 relative; the coverage
 * gap's reasons, some of them rounding noise about zero, to 1e-12 of the whole gap.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOLDEN_CASES, goldenJson } from './goldenRuns';

const golden = JSON.parse(readFileSync(new URL('../fixtures/golden-runs.json', import.meta.url), 'utf8')) as Record<string, unknown>;

/** The figures made from the run's sums over all events, added per chunk since (see above). */
const SUMMED_PER_CHUNK = [
  /^\.categories\.\w+\.(mean|share)$/,
  /^\.costLines\.\w+$/,
  /^\.timeline\.\d+\.(byCategory\.\w+|total)$/,
  /^\.threats\.\d+\.(meanAnnualLoss|meanEventLoss)$/,
  /^\.impact\.\w+$/,
];

/** The insurance figures, summed in another order since (see above), and the coverage gap's reasons among them. */
const INSURANCE = /^\.insurance\./;
const GAP = /^\.insurance\.gap\./;

function agrees(path: string, expected: unknown, actual: unknown, gapScale: number): boolean {
  if (Object.is(expected, actual)) return true;
  if (typeof expected !== 'number' || typeof actual !== 'number') return false;
  if (INSURANCE.test(path)) return Math.abs(actual - expected) <= 1e-12 * Math.max(Math.abs(expected), GAP.test(path) ? gapScale : 0);
  if (!SUMMED_PER_CHUNK.some((pattern) => pattern.test(path))) return false;
  return Math.abs(actual - expected) <= 1e-13 * Math.abs(expected);
}

/** The whole coverage gap and the recovery of a golden result (about its mean gross loss); 0 without insurance. */
function gapScaleOf(result: unknown): number {
  const insurance = (result as { insurance?: { gap: Record<string, number>; expectedRecovery: number } | null }).insurance;
  if (!insurance) return 0;
  return Object.values(insurance.gap).reduce((sum, value) => sum + Math.abs(value), Math.abs(insurance.expectedRecovery));
}

/** Paths where two JSON values differ, at most `limit` of them, each with both values. */
function differences(expected: unknown, actual: unknown, gapScale: number, path = '', found: string[] = [], limit = 10): string[] {
  if (found.length >= limit) return found;
  if (typeof expected === 'object' && expected !== null && typeof actual === 'object' && actual !== null) {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    for (const key of keys) {
      differences((expected as Record<string, unknown>)[key], (actual as Record<string, unknown>)[key], gapScale, `${path}.${key}`, found, limit);
    }
  } else if (!agrees(path, expected, actual, gapScale)) {
    found.push(`${path}: ${JSON.stringify(expected)} before, ${JSON.stringify(actual)} now`);
  }
  return found;
}

describe('golden runs', () => {
  it('keeps one golden result per case', () => {
    expect(Object.keys(golden)).toEqual(GOLDEN_CASES.map((goldenCase) => goldenCase.name));
  });

  for (const goldenCase of GOLDEN_CASES) {
    it(`gives every figure of ${goldenCase.name} as before`, () => {
      const actual = JSON.parse(goldenJson(goldenCase)) as unknown;
      const expected = golden[goldenCase.name];
      expect(differences(expected, actual, gapScaleOf(expected))).toEqual([]);
    });
  }
});
