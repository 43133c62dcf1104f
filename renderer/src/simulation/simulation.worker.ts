/**
 * The simulation worker: validates the scenario it is sent (an input boundary like any other),
 * runs the job asked for with the shared engine and posts progress and the result. Never runs
 * on the UI thread. Given a helper (protocol.ts), it simulates main runs on two threads (short ones
 * on two cores excepted, lanes.ts usesHelper); the same script serves as that helper.
 */
import { buildPlan } from '../../../shared/model/plan';
import { prepareRun, runScenario, scenarioResult, type RunOptions } from '../../../shared/engine/runScenario';
import { TORNADO_TRIALS_CAP, analyseSensitivity } from '../../../shared/sensitivity/analyse';
import { parseScenario } from '../../../shared/scenario/parse';
import { errorToText } from '../../../shared/scenario/issues';
import { SharedRun, coreCount, serveLanes, usesHelper } from './lanes';
import { isPairMessage, isRunRequest, type RunRequest, type WorkerReply } from './protocol';

const post = (reply: WorkerReply): void => (self as unknown as { postMessage(message: WorkerReply): void }).postMessage(reply);

let sharedRun: SharedRun | null = null;

/** The helper's plan of a scenario, checked as every scenario this worker is sent is. */
function planOf(scenario: unknown) {
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new Error(parsed.errors.map(errorToText).join('; '));
  return buildPlan(parsed.scenario);
}

async function run(request: RunRequest): Promise<void> {
  const parsed = parseScenario(request.scenario);
  if (!parsed.ok) {
    post({ type: 'invalid', id: request.id, errors: parsed.errors.map(errorToText) });
    return;
  }
  const started = performance.now();
  const onProgress = (done: number) => post({ type: 'progress', id: request.id, done });
  try {
    if (request.kind === 'sensitivity') {
      const result = analyseSensitivity(parsed.scenario, { seed: request.seed, trials: Math.min(request.trials, TORNADO_TRIALS_CAP), onProgress });
      post({ type: 'sensitivity', id: request.id, result, elapsedMs: performance.now() - started });
      return;
    }
    const options: RunOptions = {
      trials: request.trials,
      seed: request.seed,
      thresholds: request.thresholds,
      analyseControls: request.kind === 'controls',
      keepAnnualLosses: request.kind === 'raw',
      onProgress,
    };
    let result;
    let threads: 1 | 2 = 1;
    if (request.kind === 'main' && sharedRun && usesHelper(request.trials, coreCount())) {
      const prepared = prepareRun(parsed.scenario, options);
      const simulated = await sharedRun.simulate(request.scenario, prepared, onProgress);
      result = scenarioResult(parsed.scenario, prepared, simulated.run, options);
      threads = simulated.threads;
      // The result is figures only: the run's shared memory can serve the next run.
      sharedRun.reclaim(simulated.run);
    } else {
      result = runScenario(parsed.scenario, options);
    }
    post({ type: 'result', id: request.id, result, elapsedMs: performance.now() - started, threads });
  } catch (error) {
    post({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = event.data;
  if (isPairMessage(message)) {
    if (message.type === 'helper') sharedRun = new SharedRun(message.port);
    else serveLanes(message.port, planOf);
    return;
  }
  if (!isRunRequest(message)) {
    post({ type: 'error', id: -1, message: 'The simulation worker received a message it does not understand.' });
    return;
  }
  void run(message);
});
