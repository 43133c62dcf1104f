/**
 * Runs the wanted scenarios in the simulation worker (never on the UI thread) and returns their
 * results by key, the latest finished result of each group (a variant), the progress of the run
 * in progress, and a way to cancel it. A newer request stops a long run that is no longer first
 * in line by terminating the worker; a short one finishes first (runQueue.ts). Where the page may
 * share memory between workers, a helper worker simulates half of each main run (lanes.ts).
 * Results are kept (up to a limit) because a seed gives the same numbers every time: asking
 * again for a scenario already run answers at once.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ScenarioResult } from '../../../shared/engine/runScenario';
import type { Scenario } from '../../../shared/scenario/schemaV1';
import type { SensitivityResult } from '../../../shared/sensitivity/analyse';
import { canShareMemory, coreCount } from './lanes';
import type { JobKind, PairMessage, RunRequest, WorkerReply } from './protocol';
import type { RunSettings } from './runKey';
import { LONG_RUN_TRIALS, nextRun } from './runQueue';

export type WantedRun = Readonly<{ key: string; group: string; kind: JobKind; scenario: Scenario; settings: RunSettings }>;

export type Finished = Readonly<{ key: string; result: ScenarioResult; scenario: Scenario }>;
export type FinishedSensitivity = Readonly<{ key: string; result: SensitivityResult; scenario: Scenario }>;

export type ResultsState = Readonly<{
  results: ReadonlyMap<string, ScenarioResult>;
  latestByGroup: ReadonlyMap<string, Finished>;
  /** Tornado results by key, and the latest of each group. */
  sensitivities: ReadonlyMap<string, SensitivityResult>;
  latestSensitivityByGroup: ReadonlyMap<string, FinishedSensitivity>;
  running: Readonly<{ key: string; progress: number }> | null;
  /** Runs that failed, with the reason. */
  errors: ReadonlyMap<string, string>;
  /** Runs the user cancelled; they do not start again until retried. */
  cancelled: ReadonlySet<string>;
  cancel: () => void;
  /** Forget a failure or a cancellation so the run starts again. */
  retry: (key: string) => void;
}>;

const KEEP_RESULTS = 24;

/** Adds a result, most recent last, keeping at most KEEP_RESULTS. */
function remember<T>(previous: ReadonlyMap<string, T>, key: string, value: T): ReadonlyMap<string, T> {
  const next = new Map(previous);
  next.delete(key);
  next.set(key, value);
  while (next.size > KEEP_RESULTS) {
    const oldest = next.keys().next().value;
    if (oldest === undefined) break;
    next.delete(oldest);
  }
  return next;
}

/** The simulation worker, and its helper for main runs where memory can be shared and there is a second core. */
type Workers = Readonly<{ simulation: Worker; helper: Worker | null }>;

function spawn(name: string): Worker {
  return new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module', name });
}

function createWorkers(): Workers {
  const simulation = spawn('aftermath-simulation');
  if (!canShareMemory() || coreCount() < 2) return { simulation, helper: null };
  const helper = spawn('aftermath-simulation-helper');
  const channel = new MessageChannel();
  simulation.postMessage({ type: 'helper', port: channel.port1 } satisfies PairMessage, [channel.port1]);
  helper.postMessage({ type: 'serve-lanes', port: channel.port2 } satisfies PairMessage, [channel.port2]);
  return { simulation, helper };
}

function terminate(workers: Workers | null): void {
  workers?.simulation.terminate();
  workers?.helper?.terminate();
}

export function useResults(wanted: readonly WantedRun[]): ResultsState {
  const [results, setResults] = useState<ReadonlyMap<string, ScenarioResult>>(() => new Map());
  const [latestByGroup, setLatest] = useState<ReadonlyMap<string, Finished>>(() => new Map());
  const [sensitivities, setSensitivities] = useState<ReadonlyMap<string, SensitivityResult>>(() => new Map());
  const [latestSensitivityByGroup, setLatestSensitivity] = useState<ReadonlyMap<string, FinishedSensitivity>>(() => new Map());
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(() => new Map());
  const [running, setRunning] = useState<ResultsState['running']>(null);
  const [cancelled, setCancelled] = useState<ReadonlySet<string>>(() => new Set());
  const worker = useRef<Workers | null>(null);
  const current = useRef<Readonly<{ id: number; run: WantedRun }> | null>(null);
  const nextId = useRef(1);
  // The runs wanted now, for replies: a run left to finish after it stopped being wanted keeps its
  // result (asked again, it answers at once) but never becomes what its group shows.
  const wantedNow = useRef(wanted);
  useEffect(() => {
    wantedNow.current = wanted;
  }, [wanted]);

  const stop = useCallback(() => {
    terminate(worker.current);
    worker.current = null;
    current.current = null;
    setRunning(null);
  }, []);

  /** The worker itself failed (a script error, or a message it could not read): the run in progress fails. */
  const onWorkerFailure = useCallback((message: string) => {
    const active = current.current;
    terminate(worker.current);
    worker.current = null;
    current.current = null;
    setRunning(null);
    if (active) setErrors((previous) => new Map(previous).set(active.run.key, message));
  }, []);

  const onReply = useCallback((event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    const active = current.current;
    if (!active || reply.id !== active.id) return;
    if (reply.type === 'progress') {
      // A short main run shows no progress bar, only that it is updating: its first report is
      // all the page needs, and later ones would render the workspace again for nothing.
      const short = active.run.kind === 'main' && active.run.settings.trials < LONG_RUN_TRIALS;
      setRunning((previous) => (short && previous?.key === active.run.key ? previous : { key: active.run.key, progress: reply.done }));
      return;
    }
    current.current = null;
    setRunning(null);
    const stillWanted = wantedNow.current.some((run) => run.key === active.run.key);
    if (reply.type === 'result') {
      setResults((previous) => remember(previous, active.run.key, reply.result));
      if (stillWanted) setLatest((previous) => new Map(previous).set(active.run.group, { key: active.run.key, result: reply.result, scenario: active.run.scenario }));
    } else if (reply.type === 'sensitivity') {
      setSensitivities((previous) => remember(previous, active.run.key, reply.result));
      if (stillWanted) setLatestSensitivity((previous) => new Map(previous).set(active.run.group, { key: active.run.key, result: reply.result, scenario: active.run.scenario }));
    } else {
      setErrors((previous) => new Map(previous).set(active.run.key, reply.type === 'invalid' ? reply.errors.join('\n') : reply.message));
    }
  }, []);

  useEffect(() => {
    const list = wanted.filter((run) => !cancelled.has(run.key));
    const inProgress = current.current?.run;
    const decision = nextRun(
      list.map((run) => run.key),
      (key) => results.has(key) || sensitivities.has(key) || errors.has(key),
      inProgress?.key ?? null,
      inProgress !== undefined && inProgress.kind === 'main' && inProgress.settings.trials < LONG_RUN_TRIALS,
    );
    if (decision.action !== 'start') return;
    if (decision.stopCurrent) stop();
    const run = list.find((item) => item.key === decision.key);
    if (!run) return;
    if (!worker.current) {
      worker.current = createWorkers();
      const { simulation, helper } = worker.current;
      simulation.addEventListener('message', onReply);
      for (const each of helper ? [simulation, helper] : [simulation]) {
        each.addEventListener('error', (event) => {
          event.preventDefault();
          onWorkerFailure(`The simulation stopped with an error: ${event.message || 'unknown error'}`);
        });
      }
      simulation.addEventListener('messageerror', () => onWorkerFailure('The simulation sent back a result that could not be read.'));
    }
    const id = nextId.current;
    nextId.current += 1;
    current.current = { id, run };
    const request: RunRequest = { type: 'run', id, kind: run.kind, scenario: run.scenario, ...run.settings };
    worker.current.simulation.postMessage(request);
  }, [wanted, results, sensitivities, errors, cancelled, stop, onReply, onWorkerFailure]);

  useEffect(() => () => terminate(worker.current), []);

  const cancel = useCallback(() => {
    const key = current.current?.run.key;
    stop();
    if (key) setCancelled((previous) => new Set(previous).add(key));
  }, [stop]);

  const retry = useCallback((key: string) => {
    setErrors((previous) => {
      if (!previous.has(key)) return previous;
      const next = new Map(previous);
      next.delete(key);
      return next;
    });
    setCancelled((previous) => {
      if (!previous.has(key)) return previous;
      const next = new Set(previous);
      next.delete(key);
      return next;
    });
  }, []);

  return { results, latestByGroup, sensitivities, latestSensitivityByGroup, running, errors, cancelled, cancel, retry };
}
