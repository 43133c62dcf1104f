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
    deliver({ type: 'run', kind: 'main', id: 7, scenario: regionalHospital.scenario, trials: 20_000, seed: 1, thresholds: [1e6] });
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
    deliver({ type: 'run', kind: 'main', id: 8, scenario: { ...regionalHospital.scenario, currency: 'dollars' }, trials: 1000, seed: 1, thresholds: [] });
    expect(replies).toEqual([{ type: 'invalid', id: 8, errors: [expect.stringMatching(/^currency must be a three-letter ISO 4217 code/)] }]);
  });

  it('values the controls when asked, and finds what drives the loss', () => {
    replies.length = 0;
    const scenario = { ...regionalHospital.scenario, controls: [{ id: 'mfa', status: 'proposed', annualCost: 30_000 }] };
    deliver({ type: 'run', kind: 'main', id: 11, scenario, trials: 2_000, seed: 1, thresholds: [] });
    deliver({ type: 'run', kind: 'controls', id: 12, scenario, trials: 2_000, seed: 1, thresholds: [] });
    const [main, controls] = replies.filter((reply) => reply.type === 'result');
    expect(main?.type === 'result' && main.result.controls).toBeNull();
    expect(controls?.type === 'result' && controls.result.controls?.[0]?.id).toBe('mfa');
    replies.length = 0;
    deliver({ type: 'run', kind: 'sensitivity', id: 13, scenario: regionalHospital.scenario, trials: 2_000, seed: 1, thresholds: [] });
    const last = replies[replies.length - 1];
    expect(last?.type).toBe('sensitivity');
    if (last?.type === 'sensitivity') expect(last.result.tornado.length).toBeGreaterThan(10);
    expect(replies.filter((reply) => reply.type === 'progress').length).toBeGreaterThan(0);
  });

  it.each([null, 'run', { type: 'run' }, { type: 'run', kind: 'everything', id: 1, trials: 100, seed: 1, thresholds: [] }, { type: 'stop', id: 1 }])('answers %j with an error', (message) => {
    replies.length = 0;
    deliver(message);
    expect(replies).toEqual([{ type: 'error', id: -1, message: expect.stringMatching(/does not understand/) }]);
  });

  it('gives the same numbers for the same seed, as the CLI does', () => {
    replies.length = 0;
    deliver({ type: 'run', kind: 'main', id: 9, scenario: regionalHospital.scenario, trials: 5_000, seed: 3, thresholds: [] });
    deliver({ type: 'run', kind: 'main', id: 10, scenario: regionalHospital.scenario, trials: 5_000, seed: 3, thresholds: [] });
    const results = replies.filter((reply) => reply.type === 'result');
    expect(results).toHaveLength(2);
    if (results[0]?.type === 'result' && results[1]?.type === 'result') expect(results[0].result).toEqual(results[1].result);
  });
});
