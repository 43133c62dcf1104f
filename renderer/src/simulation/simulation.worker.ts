/**
 * The simulation worker: validates the scenario it is sent (an input boundary like any other),
 * runs the job asked for with the shared engine and posts progress and the result. Never runs
 * on the UI thread.
 */
import { runScenario } from '../../../shared/engine/runScenario';
import { TORNADO_TRIALS_CAP, analyseSensitivity } from '../../../shared/sensitivity/analyse';
import { parseScenario } from '../../../shared/scenario/parse';
import { errorToText } from '../../../shared/scenario/issues';
import { isRunRequest, type WorkerReply } from './protocol';

const post = (reply: WorkerReply): void => (self as unknown as { postMessage(message: WorkerReply): void }).postMessage(reply);

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = event.data;
  if (!isRunRequest(request)) {
    post({ type: 'error', id: -1, message: 'The simulation worker received a message it does not understand.' });
    return;
  }
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
    const result = runScenario(parsed.scenario, {
      trials: request.trials,
      seed: request.seed,
      thresholds: request.thresholds,
      analyseControls: request.kind === 'controls',
      keepAnnualLosses: request.kind === 'raw',
      onProgress,
    });
    post({ type: 'result', id: request.id, result, elapsedMs: performance.now() - started });
  } catch (error) {
    post({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
});
