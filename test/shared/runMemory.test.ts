/**
 * Runs on memory an earlier run gave back (RunMemory, shared/engine/runBuffers.ts) are the runs
 * they would be on fresh memory, bit for bit: after a larger run, a smaller one, one with a tower
 * after one without, in either worst-years or all-events mode; and nothing of a result depends on
 * the memory after it is reclaimed.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../shared/model/plan';
import { findPreset } from '../../shared/presets';
import { regionalHospital } from '../../shared/presets/regionalHospital';
import { RunMemory } from '../../shared/engine/runBuffers';
import { simulate, type SimulateOptions } from '../../shared/engine/simulate';
import { runScenario } from '../../shared/engine/runScenario';
import { sortedCopy, sortedInto } from '../../shared/stats/quantiles';
import type { SimulationRun } from '../../shared/engine/run';
import type { Scenario } from '../../shared/scenario/schemaV1';

const hospital = regionalHospital.scenario;
const uninsured: Scenario = { ...hospital, insurance: undefined } as Scenario;

/** Every array and sum of a run, copied out (a run's arrays are views of its memory). */
function snapshot(run: SimulationRun): string {
  const copy = (view: ArrayBufferView) => Buffer.from(view.buffer, view.byteOffset, view.byteLength).toString('base64');
  return JSON.stringify({
    trials: run.trials,
    annualLoss: copy(run.annualLoss),
    eventLoss: copy(run.eventLoss),
    eventTrial: copy(run.eventTrial),
    eventThreat: copy(run.eventThreat),
    eventCategoryLoss: copy(run.eventCategoryLoss),
    tailFrom: run.tailEvents.fromLoss,
    tailTrial: copy(run.tailEvents.trial),
    tailCategoryLoss: copy(run.tailEvents.categoryLoss),
    sums: [run.categoryTotals, run.lineTotals, run.impactTotals, run.threatLoss, run.threatEvents, run.threatTrialsHit].map(copy),
    tower: run.insurance ? [copy(run.insurance.towerLoss), copy(run.insurance.withheldTotals)] : null,
  });
}

describe('RunMemory', () => {
  const sequence: Array<[Scenario, SimulateOptions]> = [
    [hospital, { trials: 60_000, seed: 3, eventCategories: 'worstYears' }],
    [hospital, { trials: 20_001, seed: 4, eventCategories: 'worstYears' }],
    [uninsured, { trials: 20_000, seed: 5, eventCategories: 'all' }],
    [hospital, { trials: 30_000, seed: 5, eventCategories: 'all' }],
    [hospital, { trials: 59_999, seed: 6, eventCategories: 'worstYears' }],
    [findPreset('saas-company')?.scenario as Scenario, { trials: 25_000, seed: 1 }],
    [hospital, { trials: 61_000, seed: 3, eventCategories: 'worstYears' }],
  ];

  it('gives each run of a sequence exactly what fresh memory gives', () => {
    const memory = new RunMemory();
    for (const [scenario, options] of sequence) {
      const plan = buildPlan(scenario);
      const run = simulate(plan, { ...options, memory });
      const reused = snapshot(run);
      memory.reclaim(run.annualLoss);
      expect(reused).toBe(snapshot(simulate(plan, options)));
    }
  });

  it('offers memory again only once reclaimed, and keeps none above its limit', () => {
    const plan = buildPlan(hospital);
    const memory = new RunMemory();
    const first = simulate(plan, { trials: 10_000, seed: 1, memory });
    const inner = simulate(plan, { trials: 10_000, seed: 2, memory });
    // Lent twice without a reclaim: the second run had memory of its own.
    expect(first.annualLoss.buffer).not.toBe(inner.annualLoss.buffer);
    memory.reclaim(inner.annualLoss);
    const again = simulate(plan, { trials: 10_000, seed: 3, memory });
    expect(again.annualLoss.buffer).toBe(inner.annualLoss.buffer);
    // The first run's memory, reclaimed while the third holds the second's, is offered next.
    memory.reclaim(first.annualLoss);
    expect(simulate(plan, { trials: 10_000, seed: 4, memory }).annualLoss.buffer).toBe(first.annualLoss.buffer);
    // Memory never lent from here is not taken.
    memory.reclaim(new Float64Array(10_000));

    const small = new RunMemory(undefined, 1000);
    const kept = simulate(plan, { trials: 10_000, seed: 1, memory: small });
    small.reclaim(kept.annualLoss);
    expect(simulate(plan, { trials: 10_000, seed: 1, memory: small }).annualLoss.buffer).not.toBe(kept.annualLoss.buffer);
  });

  it('lets runScenario hand out annual losses that later runs never write over', () => {
    const kept = runScenario(hospital, { trials: 12_000, seed: 8, keepAnnualLosses: true });
    const copy = Float64Array.from(kept.annualLosses!);
    runScenario(hospital, { trials: 12_000, seed: 9 });
    runScenario(hospital, { trials: 12_000, seed: 10 });
    expect(Buffer.from(kept.annualLosses!.buffer).equals(Buffer.from(copy.buffer))).toBe(true);
  });

  it('gives runScenario the same results run after run as a first run', () => {
    const first = JSON.stringify(runScenario(hospital, { trials: 15_000, seed: 2 }));
    runScenario(hospital, { trials: 40_000, seed: 5 });
    expect(JSON.stringify(runScenario(hospital, { trials: 15_000, seed: 2 }))).toBe(first);
  });
});

describe('sortedInto', () => {
  it('sorts into memory it is given, bit for bit what a fresh sort gives, whatever the memory held', () => {
    const values = runScenario(hospital, { trials: 20_000, seed: 4, keepAnnualLosses: true }).annualLosses!;
    const memory = new Float64Array(30_000).fill(123.5);
    const sorted = sortedInto(values, memory);
    expect(sorted.buffer).toBe(memory.buffer);
    expect(Buffer.from(sorted.buffer, 0, sorted.byteLength).equals(Buffer.from(sortedCopy(values).buffer))).toBe(true);
    // Too little memory: fresh memory instead.
    expect(sortedInto(values, new Float64Array(10)).buffer).not.toBe(memory.buffer);
  });
});
