/**
 * The `app` workload: the workspace in the system Chromium, as a user drives it. A child process
 * of the bench runs the session (appSession.ts: build, serve, load, one warm-up change and
 * 2 x repeats timed changes of "Annual revenue"); this turns its record into a measurement: the
 * seconds from each input event to the first frame painted with the new "Expected annual loss",
 * where that time went (the edit pause, the simulation, reading the result, rendering), and the
 * long tasks (over 50 ms) on the UI thread while a run was simulating, from the first change on
 * (rendering results included), and while loading, each with
 * its CPU time from the trace (wall time includes waiting for a core when other work shares the
 * machine; CPU time does not).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { AppChange, AppSession, TracedTask } from './appSession';
import type { LongTaskRecord, ProbeRecord } from './appProbe';
import { unmeasured, type Check, type Measurement } from './measurement';
import { spreadOf, type Spread } from './spread';

/** The years the app's Simulation section offers (renderer/src/shell/SimulationSettings.tsx). */
export const APP_TRIAL_CHOICES: readonly number[] = [10_000, 100_000, 1_000_000, 5_000_000];
export const APP_DEFAULT_TRIALS = 100_000;
export const APP_CHILD_ENV = 'AFTERMATH_BENCH_APP';

export type AppSpec = Readonly<{ trials: number; changes: number; sessionFile: string }>;

function lastLine(text: string): string {
  const lines = text.trim().split('\n').filter((line) => line.trim() !== '');
  return lines[lines.length - 1] ?? '';
}

function runSession(spec: AppSpec, root: string): AppSession {
  const script = process.argv[1];
  if (script === undefined) return { ok: false, error: 'cannot find the bench script to start a child with' };
  const child = spawnSync(process.execPath, [...process.execArgv, script], {
    cwd: root,
    env: { ...process.env, [APP_CHILD_ENV]: JSON.stringify(spec) },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.error) return { ok: false, error: `could not start a child process: ${child.error.message}` };
  try {
    return JSON.parse(lastLine(child.stdout)) as AppSession;
  } catch {
    return { ok: false, error: `the app session ${child.signal ? `was killed by ${child.signal}` : `exited with code ${String(child.status)}`}` };
  }
}

type ChangePhases = Readonly<{ wait: number; simulate: number; read: number; render: number; workerMs: number; simulateCpuMs: number | null; threads: number | null }>;

/** CPU time of the workers' tasks that started while a run was simulating, summed over the worker threads; null without a trace of them. */
function workerCpuMs(workerTasks: readonly (readonly TracedTask[])[], fromMs: number, toMs: number): number | null {
  if (workerTasks.length === 0) return null;
  return workerTasks.flat().reduce((sum, task) => (task.startMs >= fromMs - 1 && task.startMs < toMs ? sum + task.cpuMs : sum), 0);
}

/** Where one change's time went, from the worker messages around it; null if its run is not found. */
function phasesOf(change: AppChange, probe: ProbeRecord, workerTasks: readonly (readonly TracedTask[])[] = []): ChangePhases | null {
  const request = probe.requests.find((item) => item.kind === 'main' && item.atMs >= change.inputMs && item.atMs <= change.shownMs);
  const reply = request ? probe.replies.find((item) => item.id === request.id) : undefined;
  if (!request || !reply || reply.decodedAtMs === undefined) return null;
  return {
    wait: (request.atMs - change.inputMs) / 1000,
    simulate: (reply.atMs - request.atMs) / 1000,
    read: (reply.decodedAtMs - reply.atMs) / 1000,
    render: (change.shownMs - reply.decodedAtMs) / 1000,
    workerMs: reply.workerMs ?? 0,
    simulateCpuMs: workerCpuMs(workerTasks, request.atMs, reply.atMs),
    threads: reply.threads ?? null,
  };
}

const ms = (value: number): string => `${value.toFixed(0)} ms`;

/** The traced task a long task is, matched by its start; undefined when the trace does not cover it. */
function tracedOf(task: LongTaskRecord, tasks: readonly TracedTask[]): TracedTask | undefined {
  return tasks.find((traced) => Math.abs(traced.startMs - task.startMs) < 2 && Math.abs(traced.wallMs - task.durationMs) < 5);
}

/** A long task in words: its length (and CPU time), when, what the page says ran in it, and the longest scripts of its frame. */
export function describeLongTask(task: LongTaskRecord, probe: ProbeRecord, tasks: readonly TracedTask[] = []): string {
  const frame = probe.longFrames.find((item) => task.startMs >= item.startMs - 1 && task.startMs <= item.startMs + item.durationMs);
  const scripts = [...(frame?.scripts ?? [])]
    .sort((a, b) => b.durationMs - a.durationMs)
    .slice(0, 3)
    .map((script) => `${script.invoker}${script.source ? ` (${script.source})` : ''} ${ms(script.durationMs)}`);
  const traced = tracedOf(task, tasks);
  const cpu = traced ? `, ${ms(traced.cpuMs)} on a CPU` : '';
  return `${ms(task.durationMs)}${cpu} at ${(task.startMs / 1000).toFixed(2)} s (${task.attribution.join(', ') || task.name})${scripts.length > 0 ? `: ${scripts.join('; ')}` : ''}`;
}

/**
 * Whether a task ran while a run was being simulated: it overlaps the time from a request to the
 * worker to its reply. A run with no reply noted (stopped by a newer edit, or answered with an
 * error, which the probe does not note) counts until the next request, or to the end of the
 * session if it was the last.
 */
export function whileSimulating(task: LongTaskRecord, probe: ProbeRecord): boolean {
  return probe.requests.some((request) => {
    const replied = probe.replies.find((reply) => reply.id === request.id)?.atMs;
    const next = probe.requests.find((later) => later.atMs > request.atMs)?.atMs;
    const until = replied ?? next ?? Number.POSITIVE_INFINITY;
    return task.startMs < until && task.startMs + task.durationMs > request.atMs;
  });
}

function longest(tasks: readonly LongTaskRecord[]): LongTaskRecord | undefined {
  return tasks.reduce<LongTaskRecord | undefined>((top, task) => (top === undefined || task.durationMs > top.durationMs ? task : top), undefined);
}

export function appMeasurement(trials: number, session: Extract<AppSession, { ok: true }>, sessionFile: string): Measurement {
  const { probe, changes } = session;
  const timed = changes.filter((change) => !change.warmUp);
  const updateSeconds = timed.map((change) => (change.shownMs - change.inputMs) / 1000);
  const phases = timed.map((change) => phasesOf(change, probe, session.workerTasks));
  const known = phases.filter((item): item is ChangePhases => item !== null);
  const phaseSpread = (read: (item: ChangePhases) => number): Spread | null => (known.length > 0 ? spreadOf(known.map(read)) : null);
  const firstInput = changes[0]?.inputMs ?? Number.POSITIVE_INFINITY;
  const interactive = probe.longTasks.filter((task) => task.startMs + task.durationMs > firstInput);
  const loading = probe.longTasks.filter((task) => task.startMs + task.durationMs <= firstInput);
  const simulating = interactive.filter((task) => whileSimulating(task, probe));
  const top = longest(interactive);
  const topSimulating = longest(simulating);
  const topAtLoad = longest(loading);
  const tasks = session.tasks;
  const busiest = tasks.reduce((most, task) => Math.max(most, task.cpuMs), 0);
  const warmUp = changes.find((change) => change.warmUp);
  const allChanged = changes.every((change, index) => index === 0 || change.detail !== changes[index - 1]?.detail);
  const checks: Check[] = [
    {
      name: 'figures changed',
      pass: allChanged,
      detail: allChanged ? `each of ${changes.length} changes showed a new expected annual loss` : 'a change did not show new figures',
    },
    {
      name: 'long tasks observed',
      pass: probe.supported.longTask,
      detail: probe.supported.longTask ? `PerformanceObserver 'longtask' in ${session.userAgent}` : 'this Chromium does not report long tasks',
    },
    { name: 'no page errors', pass: session.problems.length === 0, detail: session.problems.join('; ') || 'none' },
  ];
  const byPhase: Record<string, Spread> = {};
  const entries: readonly (readonly [string, (item: ChangePhases) => number])[] = [
    ['wait', (item) => item.wait],
    ['simulate', (item) => item.simulate],
    ['read', (item) => item.read],
    ['render', (item) => item.render],
  ];
  for (const [name, read] of entries) {
    const spread = phaseSpread(read);
    if (spread) byPhase[name] = spread;
  }
  const worker = phaseSpread((item) => item.workerMs / 1000);
  const cpu = known.every((item) => item.simulateCpuMs !== null) ? phaseSpread((item) => (item.simulateCpuMs ?? 0) / 1000) : null;
  return {
    workload: 'app',
    trials,
    status: 'ok',
    message: null,
    seconds: spreadOf(updateSeconds),
    cpuSeconds: null,
    trialsPerSecond: null,
    minorPageFaults: null,
    coldSeconds: warmUp ? (warmUp.shownMs - warmUp.inputMs) / 1000 : null,
    peakRssBytes: null,
    phases: byPhase,
    mean: null,
    checks,
    extra: {
      changes: timed.length,
      updateMaxSeconds: Math.max(...updateSeconds),
      ...(worker ? { workerSeconds: worker.median } : {}),
      ...(cpu ? { simulateCpuSeconds: cpu.median } : {}),
      longTasks: interactive.length,
      maxLongTaskSeconds: top ? top.durationMs / 1000 : 0,
      ...(top ? { longestTask: describeLongTask(top, probe, tasks) } : {}),
      longTasksWhileSimulating: simulating.length,
      maxLongTaskWhileSimulatingSeconds: topSimulating ? topSimulating.durationMs / 1000 : 0,
      ...(topSimulating ? { longestTaskWhileSimulating: describeLongTask(topSimulating, probe, tasks) } : {}),
      ...(tasks.length > 0 ? { maxTaskCpuSeconds: busiest / 1000 } : {}),
      longTasksAtLoad: loading.length,
      maxLongTaskAtLoadSeconds: topAtLoad ? topAtLoad.durationMs / 1000 : 0,
      ...(topAtLoad ? { longestTaskAtLoad: describeLongTask(topAtLoad, probe) } : {}),
      ...(probe.firstFiguresMs !== null ? { firstFiguresSeconds: probe.firstFiguresMs / 1000 } : {}),
      browser: session.userAgent,
      // Workers the page started, and how many threads simulated each timed change's run.
      workersStarted: probe.workers.length,
      runThreads: known.map((item) => (item.threads === null ? '?' : String(item.threads))).join(' '),
      crossOriginIsolated: probe.crossOriginIsolated,
      sessionFile,
    },
  };
}

export function measureApp(root: string, trials: number, repeats: number, log: (text: string) => void): Measurement {
  if (!APP_TRIAL_CHOICES.includes(trials)) {
    return unmeasured('app', trials, 'not-measured', `the app offers ${APP_TRIAL_CHOICES.map((choice) => choice.toLocaleString('en-US')).join(', ')} simulated years`);
  }
  const sessionFile = path.join(root, 'out', 'bench', 'app-session.json');
  log(`  building the renderer, then 1 warm-up and ${2 * repeats} timed changes in Chromium...`);
  const session = runSession({ trials, changes: 2 * repeats, sessionFile }, root);
  if (!session.ok) {
    const missing = session.error.includes('No Chromium found') || session.error.includes('CHROMIUM_PATH');
    return unmeasured('app', trials, missing ? 'not-measured' : 'failed', session.error);
  }
  return appMeasurement(trials, session, path.relative(root, sessionFile));
}
