/**
 * The page side of the app benchmark: functions Playwright runs inside the page (so each must be
 * self-contained: no imports, no outer variables). `installAppProbe` runs before the app's own
 * code and records every long task (PerformanceObserver 'longtask': a UI-thread task over 50 ms)
 * and long animation frame (with the scripts behind it), and when the simulation worker is sent a
 * run and when its result comes back. `armChange` and `awaitUpdate` time one input change: from the
 * input event to the first frame painted after the "Expected annual loss" figure shows new results.
 */

export type LongTaskRecord = Readonly<{ startMs: number; durationMs: number; name: string; attribution: readonly string[] }>;
export type FrameScript = Readonly<{ durationMs: number; invoker: string; source: string }>;
export type LongFrameRecord = Readonly<{ startMs: number; durationMs: number; blockingMs: number; renderStartMs: number; scripts: readonly FrameScript[] }>;
/** `threads`: how many threads simulated a main run, as its result says (renderer/src/simulation/protocol.ts). */
export type WorkerMessageRecord = Readonly<{ id: number; kind: string; atMs: number; decodedAtMs?: number; workerMs?: number; threads?: number }>;

export type ChangeTiming = Readonly<{
  /** The input event's timeStamp: when the change happened. */
  inputMs: number;
  /** The "Expected annual loss" figure's details changed (React committed the new results). */
  committedMs: number;
  /** The next animation frame began, and the task after it ran: that frame, with the new figures, was painted. */
  frameMs: number;
  shownMs: number;
  /** The figure's value and its details (the full-precision mean) after the change. */
  value: string;
  detail: string;
}>;

export type ProbeRecord = Readonly<{
  supported: Readonly<{ longTask: boolean; longAnimationFrame: boolean }>;
  /** Whether the page was cross-origin isolated (so its workers could share memory), and the workers it started, by name. */
  crossOriginIsolated: boolean;
  workers: readonly string[];
  /** When the headline figures first appeared after the page started loading. */
  firstFiguresMs: number | null;
  longTasks: readonly LongTaskRecord[];
  longFrames: readonly LongFrameRecord[];
  requests: readonly WorkerMessageRecord[];
  replies: readonly WorkerMessageRecord[];
}>;

type MutableProbe = {
  supported: { longTask: boolean; longAnimationFrame: boolean };
  workers: string[];
  firstFiguresMs: number | null;
  longTasks: LongTaskRecord[];
  longFrames: LongFrameRecord[];
  requests: WorkerMessageRecord[];
  replies: WorkerMessageRecord[];
  change: { before: string; inputMs: number | null; done: Promise<ChangeTiming> } | null;
};

type ProbeWindow = Window & { __aftermathBench?: MutableProbe };

/** The "Expected annual loss" figure: its value element has this test id, its group the details as title. */
export const FIGURE_TEST_ID = 'expected-annual-loss';

/** Installed with page.addInitScript: runs in the page before any of the app's scripts. */
export function installAppProbe(figureTestId: string): void {
  const probe: MutableProbe = {
    supported: { longTask: false, longAnimationFrame: false },
    workers: [],
    firstFiguresMs: null,
    longTasks: [],
    longFrames: [],
    requests: [],
    replies: [],
    change: null,
  };
  (window as ProbeWindow).__aftermathBench = probe;
  const types = PerformanceObserver.supportedEntryTypes;
  probe.supported.longTask = types.includes('longtask');
  probe.supported.longAnimationFrame = types.includes('long-animation-frame');
  if (probe.supported.longTask) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const attribution = ((entry as unknown as { attribution?: readonly Record<string, string>[] }).attribution ?? []).map((item) =>
          [item['containerType'], item['containerName'], item['containerSrc'], item['containerId']].filter((part) => part).join(' ') || (item['name'] ?? ''),
        );
        probe.longTasks.push({ startMs: entry.startTime, durationMs: entry.duration, name: entry.name, attribution });
      }
    }).observe({ type: 'longtask', buffered: true });
  }
  if (probe.supported.longAnimationFrame) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const frame = entry as unknown as { blockingDuration?: number; renderStart?: number; scripts?: readonly Record<string, unknown>[] };
        const scripts = (frame.scripts ?? []).map((script) => ({
          durationMs: Number(script['duration'] ?? 0),
          invoker: String(script['invoker'] ?? ''),
          source: `${String(script['sourceFunctionName'] ?? '')} ${String(script['sourceURL'] ?? '')}:${String(script['sourceCharPosition'] ?? '')}`.trim(),
        }));
        probe.longFrames.push({ startMs: entry.startTime, durationMs: entry.duration, blockingMs: frame.blockingDuration ?? 0, renderStartMs: frame.renderStart ?? 0, scripts });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  }
  // When the worker is sent a run, and when (and, after reading the message, how late) its result arrives.
  const NativeWorker = window.Worker;
  class TimedWorker extends NativeWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      probe.workers.push(options?.name ?? '');
      this.addEventListener('message', (event: MessageEvent) => {
        const atMs = performance.now();
        const data = event.data as { type?: string; id?: number; elapsedMs?: number; threads?: number } | null;
        if (data && (data.type === 'result' || data.type === 'sensitivity')) {
          const threads = typeof data.threads === 'number' ? { threads: data.threads } : {};
          probe.replies.push({ id: data.id ?? -1, kind: data.type, atMs, decodedAtMs: performance.now(), workerMs: data.elapsedMs ?? 0, ...threads });
        }
      });
    }
    override postMessage(message: unknown, options?: StructuredSerializeOptions | Transferable[]): void {
      const request = message as { type?: string; id?: number; kind?: string } | null;
      if (request && request.type === 'run') probe.requests.push({ id: request.id ?? -1, kind: request.kind ?? '', atMs: performance.now() });
      super.postMessage(message, options as StructuredSerializeOptions);
    }
  }
  window.Worker = TimedWorker;
  // When the headline figures first appear.
  const watchFirst = new MutationObserver(() => {
    if (probe.firstFiguresMs === null && document.querySelector(`[data-testid="${figureTestId}"]`)) {
      probe.firstFiguresMs = performance.now();
      watchFirst.disconnect();
    }
  });
  document.addEventListener('DOMContentLoaded', () => watchFirst.observe(document.body, { childList: true, subtree: true }));
}

/**
 * Arms the timing of the next change: the first input event anywhere starts the clock; the clock
 * stops at the first frame painted after the figure's details (the full-precision mean) change.
 */
export function armChange(arg: Readonly<{ figureTestId: string; timeoutMs: number }>): void {
  const probe = (window as ProbeWindow).__aftermathBench;
  if (!probe) throw new Error('the app probe is not installed');
  const group = (): HTMLElement | null => document.querySelector(`[data-testid="${arg.figureTestId}"]`)?.closest<HTMLElement>('[role="group"]') ?? null;
  const before = group()?.title ?? '';
  const change: NonNullable<MutableProbe['change']> = { before, inputMs: null, done: Promise.resolve(null as unknown as ChangeTiming) };
  change.done = new Promise<ChangeTiming>((resolve, reject) => {
    const timer = window.setTimeout(() => {
      observer.disconnect();
      reject(new Error(`the figure did not change within ${arg.timeoutMs} ms of the input`));
    }, arg.timeoutMs);
    document.addEventListener(
      'input',
      (event) => {
        change.inputMs = event.timeStamp;
      },
      { capture: true, once: true },
    );
    const observer = new MutationObserver(() => {
      const figure = group();
      if (change.inputMs === null || !figure || figure.title === before) return;
      const committedMs = performance.now();
      observer.disconnect();
      window.clearTimeout(timer);
      const inputMs = change.inputMs;
      const value = figure.querySelector(`[data-testid="${arg.figureTestId}"]`)?.textContent ?? '';
      requestAnimationFrame(() => {
        const frameMs = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ inputMs, committedMs, frameMs, shownMs: performance.now(), value, detail: figure.title });
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['title'] });
  });
  probe.change = change;
}

export function awaitUpdate(): Promise<ChangeTiming> {
  const change = (window as ProbeWindow).__aftermathBench?.change;
  if (!change) throw new Error('no change is armed');
  return change.done;
}

export function readProbe(): ProbeRecord {
  const probe = (window as ProbeWindow).__aftermathBench;
  if (!probe) throw new Error('the app probe is not installed');
  const { supported, workers, firstFiguresMs, longTasks, longFrames, requests, replies } = probe;
  return { supported, crossOriginIsolated: window.crossOriginIsolated, workers, firstFiguresMs, longTasks, longFrames, requests, replies };
}
