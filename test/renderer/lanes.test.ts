/**
 * A main run on two threads (renderer/src/simulation/lanes.ts), in one process: the run gives the
 * same figures, bit for bit, as runScenario on one thread; a helper that has not started when the
 * worker has finished every batch skips the run rather than redo it; which runs take the helper. (In
 * the browser, test/e2e/twoThreads.test.ts runs a long main run this way, the helper in its own worker.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildPlan } from '../../shared/model/plan';
import { prepareRun, runScenario, scenarioResult } from '../../shared/engine/runScenario';
import { regionalHospital } from '../../shared/presets/regionalHospital';
import { SharedRun, serveLanes, usesHelper, type LaneReply } from '../../renderer/src/simulation/lanes';
import { LONG_RUN_TRIALS } from '../../renderer/src/simulation/runQueue';

const channels: MessageChannel[] = [];
afterEach(() => {
  for (const channel of channels.splice(0)) {
    channel.port1.close();
    channel.port2.close();
  }
});

function pair(): Readonly<{ run: SharedRun; helperReplies: LaneReply[] }> {
  const channel = new MessageChannel();
  channels.push(channel);
  const helperReplies: LaneReply[] = [];
  channel.port1.addEventListener('message', (event: MessageEvent<LaneReply>) => helperReplies.push(event.data));
  serveLanes(channel.port2, (scenario) => buildPlan(scenario as typeof regionalHospital.scenario));
  return { run: new SharedRun(channel.port1), helperReplies };
}

describe('a main run on two threads', () => {
  it('gives the same result as one thread, and the helper skips a run already done', async () => {
    const scenario = regionalHospital.scenario;
    const options = { trials: 20_000, seed: 3, thresholds: [1e6], analyseControls: false };
    const { run, helperReplies } = pair();
    const prepared = prepareRun(scenario, options);
    const progress: number[] = [];
    const simulated = await run.simulate(scenario, prepared, (done) => progress.push(done));
    expect(scenarioResult(scenario, prepared, simulated.run, options)).toEqual(runScenario(scenario, options));
    // The helper had not started when every batch was done: one thread simulated the run.
    expect(simulated.threads).toBe(1);
    expect(progress[progress.length - 1]).toBe(1);
    await expect.poll(() => helperReplies).toEqual([{ type: 'lane-skipped', id: 1 }]);
  });

  it('gives the same results run after run on the memory it reclaims, also when runs overlap', async () => {
    const scenario = regionalHospital.scenario;
    const { run } = pair();
    const settings = [
      { trials: 30_000, seed: 1 },
      { trials: 12_345, seed: 2 },
      { trials: 30_001, seed: 3 },
    ].map((base) => ({ ...base, thresholds: [5e6], analyseControls: false }));
    for (const options of settings) {
      const prepared = prepareRun(scenario, options);
      const { run: simulated } = await run.simulate(scenario, prepared);
      expect(scenarioResult(scenario, prepared, simulated, options)).toEqual(runScenario(scenario, options));
      run.reclaim(simulated);
    }
    // Two runs at once (the worker takes a new request while one awaits its helper): each has its own memory.
    const [a, b] = settings;
    const preparedA = prepareRun(scenario, a!);
    const preparedB = prepareRun(scenario, b!);
    const [{ run: runA }, { run: runB }] = await Promise.all([run.simulate(scenario, preparedA), run.simulate(scenario, preparedB)]);
    expect(runA.annualLoss.buffer).not.toBe(runB.annualLoss.buffer);
    expect(scenarioResult(scenario, preparedA, runA, a)).toEqual(runScenario(scenario, a));
    expect(scenarioResult(scenario, preparedB, runB, b)).toEqual(runScenario(scenario, b));
  });
});

describe('which main runs take the helper', () => {
  it('keeps a short run on one thread on two cores, so the page keeps a core while it draws', () => {
    expect(usesHelper(100_000, 2)).toBe(false);
    expect(usesHelper(LONG_RUN_TRIALS - 1, 2)).toBe(false);
  });

  it('never takes one on a single core', () => {
    expect(usesHelper(5_000_000, 1)).toBe(false);
  });

  it('shares a long run on two cores, and every run on more', () => {
    expect(usesHelper(LONG_RUN_TRIALS, 2)).toBe(true);
    expect(usesHelper(5_000_000, 2)).toBe(true);
    expect(usesHelper(10_000, 4)).toBe(true);
  });
});
