/**
 * The app benchmark's session, in a child process of the bench (it loads Vite and Playwright, so
 * no other measurement pays for them): builds the renderer, serves it on localhost and opens it in
 * the system Chromium as the end-to-end tests do (test/e2e/browser.ts), waits for the built-in
 * hospital's figures, then changes "Annual revenue" to a new value each time (a warm-up change,
 * then the timed ones) and times each from the input event to the first frame painted with the new
 * "Expected annual loss". Every long task of the whole session is recorded (appProbe.ts), and a
 * Chrome trace of the changes gives each UI-thread task's CPU time beside its wall time: on a
 * machine shared with other work, wall time includes waiting for a core, CPU time does not.
 */
import { writeFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { build } from 'vite';
import { startHarness, watchForErrors } from '../../test/e2e/browser';
import { FIGURE_TEST_ID, armChange, awaitUpdate, installAppProbe, readProbe, type ChangeTiming, type ProbeRecord } from './appProbe';
import { APP_DEFAULT_TRIALS, type AppSpec } from './appRunner';

export type AppChange = ChangeTiming & Readonly<{ index: number; warmUp: boolean; revenue: number }>;

/** A task from the trace, on the page's clock: when, how long, and how much of it on a CPU. */
export type TracedTask = Readonly<{ startMs: number; wallMs: number; cpuMs: number }>;

/** The page's UI-thread tasks, and its workers' (each worker thread's tasks in a list of its own). */
export type TracedThreads = Readonly<{ ui: readonly TracedTask[]; workers: readonly (readonly TracedTask[])[] }>;

export type AppSession =
  | Readonly<{
      ok: true;
      trials: number;
      userAgent: string;
      changes: readonly AppChange[];
      probe: ProbeRecord;
      /** UI-thread tasks of 5 ms or more while the changes were made. */
      tasks: readonly TracedTask[];
      /** The simulation workers' tasks of 5 ms or more, one list per worker thread. */
      workerTasks: readonly (readonly TracedTask[])[];
      problems: readonly string[];
    }>
  | Readonly<{ ok: false; error: string }>;

const UPDATE_TIMEOUT_MS = 60_000;
/** Pause after each update so its last effects settle before the next change. */
const SETTLE_MS = 600;

type TraceEvent = Readonly<{ name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: Readonly<{ name?: string; data?: Readonly<{ startTime?: number }> }> }>;

const TRACE_MARK = 'aftermath-bench-trace';
const TRACED_TASK_MS = 5;

/** Starts a trace of top-level tasks; the returned function ends it and gives the page's UI-thread and worker tasks. */
async function startTrace(page: Page): Promise<() => Promise<TracedThreads>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (event) => events.push(...(event.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'blink.user_timing'] } });
  await page.evaluate((name) => performance.mark(name), TRACE_MARK);
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    // The mark ties the trace's clock (microseconds) to the page's (performance.now) and names the UI thread.
    const mark = events.find((event) => event.name === TRACE_MARK && event.args?.data?.startTime !== undefined);
    if (!mark) return { ui: [], workers: [] };
    const offsetUs = mark.ts - (mark.args?.data?.startTime ?? 0) * 1000;
    const tasksOf = (tid: number): TracedTask[] =>
      events
        .filter((event) => event.pid === mark.pid && event.tid === tid && event.ph === 'X' && event.name === 'ThreadControllerImpl::RunTask' && (event.dur ?? 0) >= TRACED_TASK_MS * 1000)
        .map((event) => ({ startMs: (event.ts - offsetUs) / 1000, wallMs: (event.dur ?? 0) / 1000, cpuMs: (event.tdur ?? 0) / 1000 }));
    const workerThreads = events.filter((event) => event.pid === mark.pid && event.name === 'thread_name' && event.args?.name === 'DedicatedWorker thread').map((event) => event.tid);
    return { ui: tasksOf(mark.tid), workers: [...new Set(workerThreads)].map(tasksOf) };
  };
}

/** Revenue for change i: alternately above and below the preset's, never repeating, so each change is a new run. */
export function revenueFor(base: number, index: number): number {
  const step = Math.floor(index / 2) + 1;
  return Math.round(base * (1 + (index % 2 === 0 ? 1 : -1) * 0.01 * step));
}

async function session(spec: AppSpec): Promise<AppSession> {
  await build({ configFile: 'vite.renderer.config.ts', logLevel: 'warn' });
  const harness = await startHarness();
  try {
    const page = await harness.newPage();
    const problems = watchForErrors(page);
    await page.addInitScript(installAppProbe, FIGURE_TEST_ID);
    await page.goto(harness.baseUrl);
    const figure = page.getByRole('main', { name: 'Results' }).getByTestId(FIGURE_TEST_ID);
    await figure.waitFor({ timeout: UPDATE_TIMEOUT_MS });
    if (spec.trials !== APP_DEFAULT_TRIALS) {
      await page.locator('#section-simulation > summary').click();
      await page.evaluate(armChange, { figureTestId: FIGURE_TEST_ID, timeoutMs: UPDATE_TIMEOUT_MS });
      await page.getByLabel('Simulated years', { exact: true }).selectOption(String(spec.trials));
      await page.evaluate(awaitUpdate);
    }
    await page.waitForTimeout(SETTLE_MS);
    // Found once: a locator would search the page's accessibility tree again before every change,
    // a task of its own on the UI thread.
    const revenue = await page.getByRole('textbox', { name: /^Annual revenue/ }).elementHandle();
    if (!revenue) throw new Error('the workspace has no "Annual revenue" input');
    const base = Number((await revenue.inputValue()).replace(/[^\d.]/g, ''));
    if (!(base > 0)) throw new Error(`could not read the preset's annual revenue ("${await revenue.inputValue()}")`);
    const changes: AppChange[] = [];
    const endTrace = await startTrace(page);
    for (let index = 0; index <= spec.changes; index += 1) {
      const value = revenueFor(base, index);
      await page.evaluate(armChange, { figureTestId: FIGURE_TEST_ID, timeoutMs: UPDATE_TIMEOUT_MS });
      await revenue.fill(String(value));
      const timing = await page.evaluate(awaitUpdate);
      changes.push({ ...timing, index, warmUp: index === 0, revenue: value });
      process.stderr.write(`bench:   change ${index}${index === 0 ? ' (warm-up)' : ''}: ${(timing.shownMs - timing.inputMs).toFixed(0)} ms to ${timing.value}\n`);
      await page.waitForTimeout(SETTLE_MS);
    }
    const traced = await endTrace();
    const probe = await page.evaluate(readProbe);
    const userAgent = await page.evaluate(() => navigator.userAgent);
    return { ok: true, trials: spec.trials, userAgent, changes, probe, tasks: traced.ui, workerTasks: traced.workers, problems };
  } finally {
    await harness.close();
  }
}

/** The child's entry: runs the session, keeps the whole record in spec.sessionFile, prints it as one JSON line. */
export async function runAppChild(specJson: string): Promise<number> {
  let result: AppSession;
  try {
    const spec = JSON.parse(specJson) as AppSpec;
    result = await session(spec);
    writeFileSync(spec.sessionFile, `${JSON.stringify(result, null, 2)}\n`);
  } catch (error) {
    result = { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
  return result.ok ? 0 : 1;
}
