/**
 * Runs a scenario in the simulation worker and tracks its state. A newer run supersedes an
 * older one: the worker still busy with the old run is terminated and a fresh one started, so
 * a stale result can never overwrite a newer one.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ScenarioResult } from '../../../shared/engine/runScenario';
import type { RunRequest, WorkerReply } from './protocol';

export type SimulationState =
  | Readonly<{ status: 'idle' }>
  | Readonly<{ status: 'running'; progress: number; previous: ScenarioResult | null }>
  | Readonly<{ status: 'done'; result: ScenarioResult; elapsedMs: number }>
  | Readonly<{ status: 'failed'; message: string; previous: ScenarioResult | null }>;

export type RunSettings = Readonly<{ trials: number; seed: number; thresholds: readonly number[] }>;

function createWorker(): Worker {
  return new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module', name: 'aftermath-simulation' });
}

function lastResult(state: SimulationState): ScenarioResult | null {
  if (state.status === 'done') return state.result;
  if (state.status === 'running' || state.status === 'failed') return state.previous;
  return null;
}

export function useSimulation(): Readonly<{ state: SimulationState; run: (scenario: unknown, settings: RunSettings) => void; cancel: () => void }> {
  const [state, setState] = useState<SimulationState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);
  const busy = useRef(false);
  const latestId = useRef(0);

  const onReply = useCallback((event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    if (reply.id !== latestId.current) return;
    switch (reply.type) {
      case 'progress':
        setState((current) => ({ status: 'running', progress: reply.done, previous: lastResult(current) }));
        break;
      case 'result':
        busy.current = false;
        setState({ status: 'done', result: reply.result, elapsedMs: reply.elapsedMs });
        break;
      case 'invalid':
        busy.current = false;
        setState((current) => ({ status: 'failed', message: reply.errors.join('\n'), previous: lastResult(current) }));
        break;
      case 'error':
        busy.current = false;
        setState((current) => ({ status: 'failed', message: reply.message, previous: lastResult(current) }));
        break;
    }
  }, []);

  const ensureWorker = useCallback((): Worker => {
    if (worker.current && busy.current) {
      worker.current.terminate();
      worker.current = null;
    }
    if (!worker.current) {
      worker.current = createWorker();
      worker.current.addEventListener('message', onReply);
    }
    return worker.current;
  }, [onReply]);

  const run = useCallback(
    (scenario: unknown, settings: RunSettings) => {
      const target = ensureWorker();
      latestId.current += 1;
      busy.current = true;
      const request: RunRequest = { type: 'run', id: latestId.current, scenario, ...settings };
      setState((current) => ({ status: 'running', progress: 0, previous: lastResult(current) }));
      target.postMessage(request);
    },
    [ensureWorker],
  );

  const cancel = useCallback(() => {
    if (!busy.current) return;
    worker.current?.terminate();
    worker.current = null;
    busy.current = false;
    latestId.current += 1;
    setState((current) => {
      const previous = lastResult(current);
      return previous ? { status: 'done', result: previous, elapsedMs: 0 } : { status: 'idle' };
    });
  }, []);

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );

  return { state, run, cancel };
}
