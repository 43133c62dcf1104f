/**
 * The app workload of npm run bench without a browser: how a session's record becomes a
 * measurement (update times, where the time went, long tasks and their CPU time), how the two
 * app targets are judged, and that every change asks for a new run. No timed tests.
 */
import { describe, expect, it } from 'vitest';
import { appMeasurement, measureApp, whileSimulating } from '../../scripts/bench/appRunner';
import type { AppChange, AppSession } from '../../scripts/bench/appSession';
import { revenueFor } from '../../scripts/bench/appSession';
import { judgeTargets, type Target } from '../../scripts/bench/targets';

type Session = Extract<AppSession, { ok: true }>;

function change(index: number, inputMs: number, shownMs: number, detail: string): AppChange {
  return { index, warmUp: index === 0, revenue: 1000 + index, inputMs, committedMs: shownMs - 5, frameMs: shownMs - 2, shownMs, value: '$1M', detail };
}

function session(longTasks: Session['probe']['longTasks'] = []): Session {
  return {
    ok: true,
    trials: 100_000,
    userAgent: 'HeadlessChrome/156',
    changes: [change(0, 1000, 1400, 'a'), change(1, 2000, 2120, 'b'), change(2, 3000, 3100, 'c'), change(3, 4000, 4140, 'd')],
    probe: {
      supported: { longTask: true, longAnimationFrame: true },
      crossOriginIsolated: true,
      workers: ['aftermath-simulation', 'aftermath-simulation-helper'],
      firstFiguresMs: 800,
      longTasks,
      longFrames: [],
      requests: [
        { id: 1, kind: 'main', atMs: 1010 },
        { id: 2, kind: 'main', atMs: 2010 },
        { id: 3, kind: 'main', atMs: 3010 },
        { id: 4, kind: 'main', atMs: 4010 },
      ],
      replies: [
        { id: 1, kind: 'result', atMs: 1380, decodedAtMs: 1381, workerMs: 360 },
        { id: 2, kind: 'result', atMs: 2100, decodedAtMs: 2101, workerMs: 80, threads: 1 },
        { id: 3, kind: 'result', atMs: 3080, decodedAtMs: 3081, workerMs: 60, threads: 2 },
        { id: 4, kind: 'result', atMs: 4120, decodedAtMs: 4121, workerMs: 100 },
      ],
    },
    tasks: [{ startMs: 2200, wallMs: 90, cpuMs: 30 }],
    workerTasks: [
      [{ startMs: 2010, wallMs: 85, cpuMs: 50 }],
      [{ startMs: 2012, wallMs: 80, cpuMs: 45 }],
    ],
    problems: [],
  };
}

const byId = (targets: readonly Target[], id: string): Target => targets.find((target) => target.id === id)!;

describe('the app measurement', () => {
  it('times each change after the warm-up from its input event to the frame painted with new figures, and splits the time', () => {
    const m = appMeasurement(100_000, session(), 'out/bench/app-session.json');
    expect(m.seconds?.all).toEqual([0.12, 0.1, 0.14]);
    expect(m.seconds?.median).toBeCloseTo(0.12, 12);
    expect(m.coldSeconds).toBeCloseTo(0.4, 12);
    expect(m.phases['wait']?.median).toBeCloseTo(0.01, 12);
    expect(m.phases['simulate']?.median).toBeCloseTo(0.09, 12);
    expect(m.phases['render']?.median).toBeCloseTo(0.019, 12);
    expect(m.extra).toMatchObject({ changes: 3, longTasks: 0, maxLongTaskSeconds: 0, workerSeconds: 0.08, maxTaskCpuSeconds: 0.03 });
    // The threads each timed run took, as its result said ('?' for a result that did not say), and the workers started.
    expect(m.extra).toMatchObject({ runThreads: '1 2 ?', workersStarted: 2 });
    // The two worker threads' CPU during change 1's run (0.095 s); the other changes' runs had none traced.
    expect(m.extra['simulateCpuSeconds']).toBeCloseTo(0, 12);
    expect(m.checks.every((check) => check.pass)).toBe(true);
  });

  it('counts long tasks from the first change on, with their CPU time, and those while loading apart', () => {
    const m = appMeasurement(
      100_000,
      session([
        { startMs: 300, durationMs: 400, name: 'self', attribution: ['window'] },
        { startMs: 2200, durationMs: 90, name: 'self', attribution: ['window'] },
      ]),
      'x',
    );
    expect(m.extra).toMatchObject({ longTasks: 1, maxLongTaskSeconds: 0.09, longTasksAtLoad: 1, maxLongTaskAtLoadSeconds: 0.4 });
    expect(m.extra['longestTask']).toContain('90 ms, 30 ms on a CPU');
    // Change 1's run was answered at 2100 ms: the task at 2200 ms rendered its result, after the simulation.
    expect(m.extra).toMatchObject({ longTasksWhileSimulating: 0, maxLongTaskWhileSimulatingSeconds: 0 });
  });

  it('counts the long tasks that overlap a run, from its request to its reply, as while simulating', () => {
    const probe = session().probe;
    const task = (startMs: number, durationMs: number) => ({ startMs, durationMs, name: 'self', attribution: ['window'] });
    // Run 2 simulated from 2010 to 2100 ms.
    expect(whileSimulating(task(2020, 60), probe)).toBe(true);
    expect(whileSimulating(task(1990, 60), probe)).toBe(true);
    expect(whileSimulating(task(2090, 60), probe)).toBe(true);
    expect(whileSimulating(task(2100, 60), probe)).toBe(false);
    expect(whileSimulating(task(1940, 60), probe)).toBe(false);
    // A run never answered simulates until the next request, or to the end of the session if it was the last.
    const unanswered = { ...probe, requests: [...probe.requests, { id: 5, kind: 'main', atMs: 5000 }] };
    expect(whileSimulating(task(9000, 60), unanswered)).toBe(true);
    const stopped = { ...probe, replies: probe.replies.filter((reply) => reply.id !== 2) };
    expect(whileSimulating(task(2500, 60), stopped)).toBe(true);
    expect(whileSimulating(task(3200, 60), stopped)).toBe(false);
    const m = appMeasurement(100_000, session([task(2020, 70), task(2200, 90)]), 'x');
    expect(m.extra).toMatchObject({ longTasks: 2, maxLongTaskSeconds: 0.09, longTasksWhileSimulating: 1, maxLongTaskWhileSimulatingSeconds: 0.07 });
  });

  it('fails its check when a change shows no new figures', () => {
    const same = session();
    const changes = same.changes.map((item) => ({ ...item, detail: 'same' }));
    expect(appMeasurement(100_000, { ...same, changes }, 'x').checks.find((check) => check.name === 'figures changed')?.pass).toBe(false);
  });

  it('measures only the years the app offers', () => {
    expect(measureApp('.', 12_345, 1, () => undefined)).toMatchObject({ status: 'not-measured' });
  });

  it('asks for a new revenue at every change, alternately above and below the preset', () => {
    const values = Array.from({ length: 11 }, (_, index) => revenueFor(1_000_000, index));
    expect(new Set(values).size).toBe(values.length);
    expect(values.slice(0, 4)).toEqual([1_010_000, 990_000, 1_020_000, 980_000]);
  });
});

describe('the app targets', () => {
  it('passes the update target on the median and the long-task targets only with none', () => {
    const good = judgeTargets([appMeasurement(100_000, session(), 'x')]);
    expect(byId(good, 'app-update')).toMatchObject({ pass: true, value: 0.12 });
    expect(byId(good, 'app-long-tasks')).toMatchObject({ pass: true, value: 0 });
    expect(byId(good, 'app-long-tasks-session')).toMatchObject({ pass: true, value: 0 });
    // A long task rendering a result after its run: the target holds, our stricter one does not.
    const janky = judgeTargets([appMeasurement(100_000, session([{ startMs: 2200, durationMs: 90, name: 'self', attribution: ['window'] }]), 'x')]);
    expect(byId(janky, 'app-long-tasks')).toMatchObject({ pass: true, value: 0 });
    expect(byId(janky, 'app-long-tasks-session')).toMatchObject({ pass: false, value: 0.09 });
    expect(byId(janky, 'app-long-tasks-session').note).toContain('30.0 ms');
    // One while a run simulates fails both.
    const blocked = judgeTargets([appMeasurement(100_000, session([{ startMs: 2020, durationMs: 70, name: 'self', attribution: ['window'] }]), 'x')]);
    expect(byId(blocked, 'app-long-tasks')).toMatchObject({ pass: false, value: 0.07 });
    expect(byId(blocked, 'app-long-tasks').measured).toBe('1 long task while simulating, the longest 70.0 ms');
    expect(byId(blocked, 'app-long-tasks-session').pass).toBe(false);
  });
});
