/**
 * Messages between the UI thread and the simulation worker. Each run carries an id; replies
 * for any id other than the latest are stale and dropped.
 */
import type { ScenarioResult } from '../../../shared/engine/runScenario';

export type RunRequest = Readonly<{
  type: 'run';
  id: number;
  scenario: unknown;
  trials: number;
  seed: number;
  thresholds: readonly number[];
}>;

export type WorkerReply =
  | Readonly<{ type: 'progress'; id: number; done: number }>
  | Readonly<{ type: 'result'; id: number; result: ScenarioResult; elapsedMs: number }>
  | Readonly<{ type: 'invalid'; id: number; errors: readonly string[] }>
  | Readonly<{ type: 'error'; id: number; message: string }>;

export function isRunRequest(value: unknown): value is RunRequest {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  return (
    message['type'] === 'run' &&
    typeof message['id'] === 'number' &&
    typeof message['trials'] === 'number' &&
    typeof message['seed'] === 'number' &&
    Array.isArray(message['thresholds'])
  );
}
