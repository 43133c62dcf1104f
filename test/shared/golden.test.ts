/**
 * Every figure of the golden runs (test/shared/goldenRuns.ts) stays what the engine gave before
 * the memory and parallel work of issue 9: the whole result, compared number by number.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOLDEN_CASES, goldenJson } from './goldenRuns';

const golden = JSON.parse(readFileSync(new URL('../fixtures/golden-runs.json', import.meta.url), 'utf8')) as Record<string, unknown>;

/** Paths where two JSON values differ, at most `limit` of them, each with both values. */
function differences(expected: unknown, actual: unknown, path = '', found: string[] = [], limit = 10): string[] {
  if (found.length >= limit) return found;
  if (typeof expected === 'object' && expected !== null && typeof actual === 'object' && actual !== null) {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    for (const key of keys) {
      differences((expected as Record<string, unknown>)[key], (actual as Record<string, unknown>)[key], `${path}.${key}`, found, limit);
    }
  } else if (!Object.is(expected, actual)) {
    found.push(`${path}: ${JSON.stringify(expected)} before, ${JSON.stringify(actual)} now`);
  }
  return found;
}

describe('golden runs', () => {
  it('keeps one golden result per case', () => {
    expect(Object.keys(golden)).toEqual(GOLDEN_CASES.map((goldenCase) => goldenCase.name));
  });

  for (const goldenCase of GOLDEN_CASES) {
    it(`gives every figure of ${goldenCase.name} bit for bit`, () => {
      const actual = JSON.parse(goldenJson(goldenCase)) as unknown;
      expect(differences(golden[goldenCase.name], actual)).toEqual([]);
    });
  }
});
