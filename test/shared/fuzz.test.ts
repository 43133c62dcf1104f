/**
 * Bad input of any kind: any JSON value at all, or a valid scenario with random damage, gives
 * either a valid scenario or a list of path-named errors; never a crash, a NaN or a hang.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario, parseScenarioText } from '../../shared/scenario/parse';
import { runScenario } from '../../shared/engine/runScenario';
import { regionalHospital } from '../../shared/presets/regionalHospital';
import { errorToText } from '../../shared/scenario/issues';

function checkOutcome(input: unknown): void {
  const result = parseScenario(input);
  if (result.ok) {
    const simulated = runScenario(result.scenario, { trials: 200, seed: 1 });
    expect(Number.isFinite(simulated.annualLoss.mean)).toBe(true);
    expect(Number.isFinite(simulated.annualLoss.max)).toBe(true);
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(typeof error.path).toBe('string');
    expect(error.message.length).toBeGreaterThan(0);
    expect(errorToText(error)).not.toMatch(/undefined|\[object Object\]|NaN/);
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Replaces the value at a random path of a JSON tree. */
function damage(tree: Json, path: readonly number[], replacement: Json, mode: 'replace' | 'delete' | 'add'): Json {
  if (path.length === 0 || tree === null || typeof tree !== 'object') return mode === 'replace' ? replacement : tree;
  const [step, ...rest] = path as [number, ...number[]];
  if (Array.isArray(tree)) {
    if (tree.length === 0) return tree;
    const index = step % tree.length;
    const copy = [...tree];
    if (rest.length === 0 && mode === 'delete') copy.splice(index, 1);
    else copy[index] = damage(copy[index] as Json, rest, replacement, mode);
    return copy;
  }
  const keys = Object.keys(tree);
  if (keys.length === 0) return tree;
  const key = keys[step % keys.length] as string;
  if (rest.length === 0 && mode === 'delete') return Object.fromEntries(Object.entries(tree).filter(([name]) => name !== key));
  const copy: { [key: string]: Json } = { ...tree };
  if (rest.length === 0 && mode === 'add') copy[`${key}_typo`] = replacement;
  else copy[key] = damage(copy[key] as Json, rest, replacement, mode);
  return copy;
}

describe('fuzzed input', () => {
  it('any JSON value gives a scenario or path-named errors', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => checkOutcome(value)), { numRuns: 500 });
  });

  it('objects shaped almost like a scenario give a scenario or path-named errors', () => {
    const almost = fc.record({
      format: fc.constantFrom('aftermath-scenario', 'other', 1),
      version: fc.constantFrom(1, 2, 0, '1', null),
      name: fc.oneof(fc.string(), fc.integer()),
      currency: fc.constantFrom('USD', 'usd', 'EURO', ''),
      organisation: fc.jsonValue(),
      threats: fc.oneof(fc.array(fc.jsonValue(), { maxLength: 3 }), fc.jsonValue()),
    });
    fc.assert(fc.property(almost, (value) => checkOutcome(value)), { numRuns: 500 });
  });

  it('a valid scenario with random damage gives a scenario or path-named errors', () => {
    const base = JSON.parse(JSON.stringify(regionalHospital.scenario)) as Json;
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        fc.jsonValue() as fc.Arbitrary<Json>,
        fc.constantFrom('replace' as const, 'delete' as const, 'add' as const),
        (path, replacement, mode) => checkOutcome(damage(base, path, replacement, mode)),
      ),
      { numRuns: 400 },
    );
  });

  it('any text gives a scenario or path-named errors', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parseScenarioText(text);
        if (!result.ok) expect(result.errors[0]!.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('extreme numbers within the limits keep every result finite', () => {
    const scenario = JSON.parse(JSON.stringify(regionalHospital.scenario));
    scenario.organisation.annualRevenue = 1e12;
    scenario.organisation.records.health = 1e10;
    scenario.threats[0].frequency = 20;
    scenario.threats[0].ransom.demand = { dist: 'lognormal', low: 1e-3, high: 1e12 };
    scenario.threats[0].disruption.outageDays = { dist: 'lognormal', low: 1, high: 365 };
    checkOutcome(scenario);
  });
});
