/**
 * The simulation worker's protocol, run in-process with a stand-in for the worker global: a run
 * request gets progress and then a result; an invalid scenario gets its path-named problems; a
 * message that is not a run request gets an error; nothing throws.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkerReply } from '../../renderer/src/simulation/protocol';
import { regionalHospital } from '../../shared/presets/regionalHospital';

const replies: WorkerReply[] = [];
let deliver: (data: unknown) => void = () => undefined;

beforeAll(async () => {
  (globalThis as unknown as { self: unknown }).self = {
    addEventListener: (_type: string, listener: (event: { data: unknown }) => void) => {
      deliver = (data) => listener({ data });
    },
    postMessage: (reply: WorkerReply) => replies.push(reply),
  };
  await import('../../renderer/src/simulation/simulation.worker');
});

describe('simulation worker protocol', () => {
  it('answers a run with progress after each chunk and then the result for that request', () => {
    replies.length = 0;
    deliver({ type: 'run', id: 7, scenario: regionalHospital.scenario, trials: 20_000, seed: 1, thresholds: [1e6] });
    const progress = replies.filter((reply) => reply.type === 'progress');
    expect(progress.length).toBe(3);
    const last = replies[replies.length - 1]!;
    expect(last.type).toBe('result');
    if (last.type === 'result') {
      expect(last.id).toBe(7);
      expect(last.result.trials).toBe(20_000);
      expect(last.result.exceedanceAt[0]!.loss).toBe(1e6);
    }
  });

  it('answers an invalid scenario with its problems by path', () => {
    replies.length = 0;
    deliver({ type: 'run', id: 8, scenario: { ...regionalHospital.scenario, currency: 'dollars' }, trials: 1000, seed: 1, thresholds: [] });
    expect(replies).toEqual([{ type: 'invalid', id: 8, errors: [expect.stringMatching(/^currency must be a three-letter ISO 4217 code/)] }]);
  });

  it.each([null, 'run', { type: 'run' }, { type: 'stop', id: 1 }])('answers %j with an error', (message) => {
    replies.length = 0;
    deliver(message);
    expect(replies).toEqual([{ type: 'error', id: -1, message: expect.stringMatching(/does not understand/) }]);
  });

  it('gives the same numbers for the same seed, as the CLI does', () => {
    replies.length = 0;
    deliver({ type: 'run', id: 9, scenario: regionalHospital.scenario, trials: 5_000, seed: 3, thresholds: [] });
    deliver({ type: 'run', id: 10, scenario: regionalHospital.scenario, trials: 5_000, seed: 3, thresholds: [] });
    const results = replies.filter((reply) => reply.type === 'result');
    expect(results).toHaveLength(2);
    if (results[0]?.type === 'result' && results[1]?.type === 'result') expect(results[0].result).toEqual(results[1].result);
  });
});
