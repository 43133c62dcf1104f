/**
 * A run split into batches and lanes (shared/engine/runBuffers.ts) is the same run, bit for bit,
 * whichever lane simulates which batch and in which order, when batches overflow their regions,
 * and when a batch is simulated twice (as after a worker thread stops).
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../shared/model/plan';
import { regionalHospital } from '../../shared/presets/regionalHospital';
import { allocateRunBuffers, finishRun, runLayout, type BatchOverflow, type RunLayout } from '../../shared/engine/runBuffers';
import { Lane, simulate } from '../../shared/engine/simulate';
import type { SimulationRun } from '../../shared/engine/run';

const plan = buildPlan(regionalHospital.scenario);
const TRIALS = 70_001;
const SEED = 11;
const serial = simulate(plan, { trials: TRIALS, seed: SEED });

/** The run with its batches simulated in `order`, batch i by lane i % lanes. */
function split(layout: RunLayout, order: readonly number[], lanes: number): SimulationRun {
  const buffers = allocateRunBuffers(layout);
  const workers = Array.from({ length: lanes }, () => new Lane(plan, layout, buffers));
  const overflows: BatchOverflow[] = [];
  order.forEach((batch, i) => {
    const overflow = workers[i % lanes]!.runBatch(batch);
    if (overflow) overflows.push(overflow);
  });
  return finishRun(layout, buffers, overflows);
}

function expectSameRun(actual: SimulationRun, expected: SimulationRun): void {
  const bytes = (array: ArrayBufferView) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);
  for (const key of ['annualLoss', 'eventLoss', 'eventTrial', 'eventThreat', 'categoryTotals', 'lineTotals', 'threatLoss', 'threatEvents', 'threatTrialsHit', 'impactTotals'] as const) {
    expect(bytes(actual[key]).equals(bytes(expected[key])), key).toBe(true);
  }
  expect(bytes(actual.tailEvents.trial).equals(bytes(expected.tailEvents.trial))).toBe(true);
  expect(bytes(actual.tailEvents.categoryLoss).equals(bytes(expected.tailEvents.categoryLoss))).toBe(true);
  expect(bytes(actual.insurance!.towerLoss).equals(bytes(expected.insurance!.towerLoss))).toBe(true);
  expect(bytes(actual.insurance!.withheldTotals).equals(bytes(expected.insurance!.withheldTotals))).toBe(true);
}

describe('batches and lanes', () => {
  it('cuts 70,001 years into several batches, the last chunk partial', () => {
    const layout = runLayout(plan, TRIALS, SEED, 3, true);
    expect(layout.chunks).toBe(9);
    expect(layout.batches).toBeGreaterThan(3);
    expect(serial.eventLoss.length).toBeGreaterThan(20_000);
  });

  it('gives the same run whichever lane simulates which batch, in any order', () => {
    const layout = runLayout(plan, TRIALS, SEED, 3, true);
    const backwards = Array.from({ length: layout.batches }, (_, b) => layout.batches - 1 - b);
    expectSameRun(split(layout, backwards, 3), serial);
  });

  it('gives the same run when the run\'s arrays have no room for the events', () => {
    const layout = { ...runLayout(plan, TRIALS, SEED, 2, true), capacity: 7 };
    expectSameRun(split(layout, Array.from({ length: layout.batches }, (_, b) => b), 2), serial);
  });

  it('gives the same run when a batch is simulated again over its first attempt', () => {
    const layout = runLayout(plan, TRIALS, SEED, 2, true);
    const order = Array.from({ length: layout.batches }, (_, b) => b);
    expectSameRun(split(layout, [...order, 1, 0], 2), serial);
  });

  it('keeps the categories of every event of every year from tailEvents.fromLoss, which the worst 10% reach', () => {
    const years = Math.ceil(TRIALS * 0.1);
    const threshold = Float64Array.from(serial.annualLoss).sort()[TRIALS - years]!;
    const fromThreshold = (run: SimulationRun, fromLoss: number) => {
      const trials: number[] = [];
      const categories: number[] = [];
      run.tailEvents.trial.forEach((trial, i) => {
        if (!(run.annualLoss[trial]! >= fromLoss)) return;
        trials.push(trial);
        categories.push(...run.tailEvents.categoryLoss.subarray(i * 6, i * 6 + 6));
      });
      return { trials, categories };
    };
    const layout = runLayout(plan, TRIALS, SEED, 3, false);
    const backwards = Array.from({ length: layout.batches }, (_, b) => layout.batches - 1 - b);
    for (const run of [simulate(plan, { trials: TRIALS, seed: SEED, eventCategories: 'worstYears' }), split(layout, backwards, 3)]) {
      const { fromLoss } = run.tailEvents;
      expect(fromLoss).toBeGreaterThan(0);
      expect(fromLoss).toBeLessThanOrEqual(threshold);
      expect(run.tailEvents.trial.length).toBeLessThan(serial.tailEvents.trial.length * 0.8);
      expect(fromThreshold(run, fromLoss)).toEqual(fromThreshold(serial, fromLoss));
    }
  });

  it('refuses to finish a run with a batch missing', () => {
    const layout = runLayout(plan, TRIALS, SEED, 2, true);
    const buffers = allocateRunBuffers(layout);
    new Lane(plan, layout, buffers).runBatch(0);
    expect(() => finishRun(layout, buffers, [])).toThrow(/incomplete: \d+ of \d+ batches were not simulated/);
  });
});
