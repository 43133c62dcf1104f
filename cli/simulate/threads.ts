/**
 * Simulates a prepared run on several threads: this one and worker threads share the run's
 * memory (SharedArrayBuffer) and each claims batches of chunks until none are left. Every chunk
 * draws from its own streams and the run is assembled in chunk order (shared/engine/runBuffers.ts),
 * so the result is the same, bit for bit, for any number of threads.
 *
 * The workers are started first (as the process starts, prestart.ts), so that they load their
 * code while this thread reads and checks the scenario; each then gets the run in one message. A worker that fails
 * or stops leaves its batches undone; this thread simulates them at the end and says so, so a run
 * never depends on a worker starting.
 */
import { allocateRunBuffers, finishRun, runLayout, unfinishedBatches, type BatchOverflow, type RunBuffers, type RunLayout } from '../../shared/engine/runBuffers';
import type { SimulationRun } from '../../shared/engine/run';
import type { PreparedRun } from '../../shared/engine/runScenario';
import { Lane } from '../../shared/engine/simulate';
import type { Scenario } from '../../shared/scenario/schemaV1';
import { ChunkClock } from './chunkClock';
import { SIMULATE_WORKER_URL, startWorker, type WorkerLine } from './workerLine';
import type { InsuranceSummary } from '../../shared/insurance/summary';
import type { InsuranceCurveRequest, InsuranceReply, InsuranceYearsRequest, LaneData, LaneReply } from './protocol';

export type ThreadOptions = Readonly<{
  /** Told why a worker's share was simulated in this thread instead. */
  warn?: (message: string) => void;
  /** Given how long each chunk took on each thread that simulated (this one first), in ms (AFTERMATH_TIMING). */
  chunkTimes?: (threads: readonly (readonly number[])[]) => void;
}>;

/** Simulates the batches no thread finished, in this thread, keeping all their events' categories. */
function simulateLeftovers(prepared: PreparedRun, layout: RunLayout, buffers: RunBuffers, overflows: BatchOverflow[]): number {
  const left = unfinishedBatches(layout, buffers);
  if (left.length === 0) return 0;
  // A stopped worker may have counted some of its years into the tail bound already: counting them
  // again could raise the bound too far, so these batches keep every event's categories instead.
  const lane = new Lane(prepared.plan, { ...layout, allCategories: true }, buffers);
  for (const batch of left) {
    const overflow = lane.runBatch(batch);
    if (overflow) overflows.push(overflow);
  }
  return left.length;
}

/** An insurance summary a worker has started: `complete` hands it the gross curve and waits for it. */
export type InsuranceOnWorker = Readonly<{
  complete: (curve: Omit<InsuranceCurveRequest, 'type'>) => Promise<InsuranceSummary | null>;
}>;

export class SimulateWorkers {
  private readonly started: WorkerLine[];
  /** A worker whose lane is done, kept to make the insurance summary. */
  private summariser: WorkerLine | null = null;

  /**
   * `count` worker threads, each waiting for a run: those already started (`ready`, from
   * prestart.ts) first, then new ones; ready ones beyond `count` are stopped.
   * @param url the worker module; by default the built simulateWorker.js, or worker.ts from source
   */
  constructor(count: number, url: URL = SIMULATE_WORKER_URL, ready: readonly WorkerLine[] = []) {
    this.started = [...ready.slice(0, count), ...Array.from({ length: Math.max(0, count - ready.length) }, () => startWorker(url))];
    this.stop(ready.slice(count));
  }

  /** Simulates the run on this thread and the workers (as many as it has batches for); the others are stopped. */
  async simulate(scenario: Scenario, prepared: PreparedRun, options: ThreadOptions = {}): Promise<SimulationRun> {
    const { plan, trials, seed } = prepared;
    const layout = runLayout(plan, trials, seed, this.started.length + 1, prepared.eventCategories === 'all');
    const buffers = allocateRunBuffers(layout, (bytes) => new SharedArrayBuffer(bytes));
    const working = this.started.slice(0, Math.max(0, layout.batches - 1));
    const data: LaneData = { scenario, layout, buffers, ...(options.chunkTimes ? { timeChunks: true } : {}) };
    for (const { worker } of working) {
      worker.ref();
      worker.postMessage(data);
    }
    this.stop(this.started.slice(working.length));
    try {
      const clock = options.chunkTimes ? new ChunkClock() : null;
      const overflows = new Lane(plan, layout, buffers).run(clock?.tick);
      const replies = await Promise.all(working.map((line) => line.next<LaneReply>()));
      if (clock) options.chunkTimes?.([clock.chunkMs, ...replies.map((reply) => (reply.type === 'done' ? (reply.chunkMs ?? []) : []))]);
      const failures: string[] = [];
      replies.forEach((reply, i) => {
        if (reply.type === 'done') {
          overflows.push(...reply.overflows);
          this.summariser ??= working[i] ?? null;
        } else {
          failures.push(reply.message);
        }
      });
      const redone = simulateLeftovers(prepared, layout, buffers, overflows);
      if (failures.length > 0) {
        const batches = redone > 0 ? ` (${redone} batch${redone === 1 ? '' : 'es'} simulated again in the main thread)` : '';
        options.warn?.(`${failures.length} simulation worker${failures.length === 1 ? '' : 's'} failed: ${failures.join('; ')}${batches}`);
      }
      return finishRun(layout, buffers, overflows);
    } finally {
      this.stop(this.started.filter((line) => line !== this.summariser));
    }
  }

  /**
   * Starts the insurance summary of the run just simulated on a worker whose lane is done: it
   * reads the years at once, while this thread sorts the gross losses, and completes the summary
   * once `complete` gives it their curve. `complete` gives null if no worker can make it (none
   * finished its lane, or it failed: `warn` is told why), and the caller makes it itself. Ends
   * the worker.
   */
  startInsuranceSummary(years: Omit<InsuranceYearsRequest, 'type'>, warn?: (message: string) => void): InsuranceOnWorker {
    const line = this.summariser;
    this.summariser = null;
    if (!line) return { complete: () => Promise.resolve(null) };
    line.worker.postMessage({ type: 'insuranceYears', ...years } satisfies InsuranceYearsRequest);
    return {
      complete: async (curve) => {
        try {
          line.worker.postMessage({ type: 'insuranceCurve', ...curve } satisfies InsuranceCurveRequest);
          const reply = await line.next<InsuranceReply>();
          if (reply.type === 'insurance') return reply.summary;
          warn?.(`the worker making the insurance summary failed (${reply.message}); it was made in the main thread instead`);
          return null;
        } finally {
          this.stop([line]);
        }
      },
    };
  }

  /** Stops every worker; a stopped worker does nothing more. */
  close(): void {
    this.summariser = null;
    this.stop(this.started);
  }

  private stop(lines: readonly WorkerLine[]): void {
    for (const { worker } of lines) void worker.terminate();
  }
}
