/**
 * Messages between the UI thread and the simulation worker. Each run carries an id; replies
 * for any id other than the latest are stale and dropped. A run is one of three jobs: the main
 * results, the valuation of the scenario's controls (the main results with every control
 * valued), or what drives the loss (the tornado). Where the page may share memory, the worker is
 * first given a port to a helper worker that simulates half of each main run (lanes.ts).
 */
import type { ScenarioResult } from '../../../shared/engine/runScenario';
import type { SensitivityResult } from '../../../shared/sensitivity/analyse';

/** `raw`: the main results with every simulated year's loss kept, for the raw export. */
export const JOB_KINDS = ['main', 'controls', 'sensitivity', 'raw'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export type RunRequest = Readonly<{
  type: 'run';
  id: number;
  kind: JobKind;
  scenario: unknown;
  trials: number;
  seed: number;
  thresholds: readonly number[];
}>;

export type WorkerReply =
  | Readonly<{ type: 'progress'; id: number; done: number }>
  /** `threads`: how many threads simulated the run (2 when a helper took part, lanes.ts). */
  | Readonly<{ type: 'result'; id: number; result: ScenarioResult; elapsedMs: number; threads: 1 | 2 }>
  | Readonly<{ type: 'sensitivity'; id: number; result: SensitivityResult; elapsedMs: number }>
  | Readonly<{ type: 'invalid'; id: number; errors: readonly string[] }>
  | Readonly<{ type: 'error'; id: number; message: string }>;

/** Sets up the pair: `helper` gives the simulation worker its end of the channel, `serve-lanes` the helper its end. */
export type PairMessage = Readonly<{ type: 'helper' | 'serve-lanes'; port: MessagePort }>;

export function isPairMessage(value: unknown): value is PairMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  return (message['type'] === 'helper' || message['type'] === 'serve-lanes') && message['port'] instanceof MessagePort;
}

export function isRunRequest(value: unknown): value is RunRequest {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  return (
    message['type'] === 'run' &&
    typeof message['id'] === 'number' &&
    (JOB_KINDS as readonly unknown[]).includes(message['kind']) &&
    typeof message['trials'] === 'number' &&
    typeof message['seed'] === 'number' &&
    Array.isArray(message['thresholds'])
  );
}
