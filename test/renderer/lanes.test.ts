/**
 * A main run on two threads (renderer/src/simulation/lanes.ts), in one process: the run gives the
 * same figures, bit for bit, as runScenario on one thread; a helper that has not started when the
 * worker has finished every batch skips the run rather than redo it. (In the browser, the end-to-end
 * tests run every main run this way, the helper in its own worker.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildPlan } from '../../shared/model/plan';
import { prepareRun, runScenario, scenarioResult } from '../../shared/engine/runScenario';
import { regionalHospital } from '../../shared/presets/regionalHospital';
import { SharedRun, serveLanes, type LaneReply } from '../../renderer/src/simulation/lanes';

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
    const shared = scenarioResult(scenario, prepared, await run.simulate(scenario, prepared, (done) => progress.push(done)), options);
    expect(shared).toEqual(runScenario(scenario, options));
    expect(progress[progress.length - 1]).toBe(1);
    await expect.poll(() => helperReplies).toEqual([{ type: 'lane-skipped', id: 1 }]);
  });
});
