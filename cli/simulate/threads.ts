/**
 * Simulates a prepared run on several threads: this one and worker threads share the run's
 * memory (SharedArrayBuffer) and each claims batches of chunks until none are left. Every chunk
 * draws from its own streams and the run is assembled in chunk order (shared/engine/runBuffers.ts),
 * so the result is the same, bit for bit, for any number of threads.
 *
 * The workers are started first (`startSimulateWorkers`), so that they load their code while this
 * thread reads and checks the scenario; each then gets the run in one message. A worker that fails
 * or stops leaves its batches undone; this thread simulates them at the end and says so, so a run
 * never depends on a worker starting.
 */
import { Worker } from 'node:worker_threads';
import { allocateRunBuffers, finishRun, runLayout, unfinishedBatches, type BatchOverflow, type RunBuffers, type RunLayout } from '../../shared/engine/runBuffers';
import type { SimulationRun } from '../../shared/engine/run';
import type { PreparedRun } from '../../shared/engine/runScenario';
import { Lane } from '../../shared/engine/simulate';
import type { Scenario } from '../../shared/scenario/schemaV1';
import { workerUrl } from '../workerUrl';
import type { LaneData, LaneReply } from './protocol';

export type ThreadOptions = Readonly<{
  /** Told why a worker's share was simulated in this thread instead. */
  warn?: (message: string) => void;
}>;

/** A worker thread waiting for its run; `reply` settles with its one answer, or a failure if it stops without one. */
type Started = Readonly<{ worker: Worker; reply: Promise<LaneReply> }>;

function startWorker(url: URL): Started {
  const worker = new Worker(url);
  const reply = new Promise<LaneReply>((resolve) => {
    let answer: LaneReply | undefined;
    worker.on('message', (message: LaneReply) => {
      answer ??= message;
    });
    worker.on('messageerror', (error) => {
      answer ??= { type: 'failed', message: `its answer could not be read (${error.message})` };
    });
    worker.on('error', (error) => {
      answer ??= { type: 'failed', message: error.message };
    });
    worker.on('exit', (code) => resolve(answer ?? { type: 'failed', message: `it stopped with exit code ${code}` }));
  });
  // An unused worker waiting for a run must not keep the process alive.
  worker.unref();
  return { worker, reply };
}

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

export class SimulateWorkers {
  private readonly started: Started[];

  /**
   * Starts `count` worker threads, each waiting for a run.
   * @param url the worker module; by default the built simulateWorker.js, or worker.ts from source
   */
  constructor(count: number, url: URL = workerUrl(import.meta.url, 'simulateWorker.js', 'worker.ts')) {
    this.started = Array.from({ length: count }, () => startWorker(url));
  }

  /** Simulates the run on this thread and the workers (as many as it has batches for); the others are stopped. */
  async simulate(scenario: Scenario, prepared: PreparedRun, options: ThreadOptions = {}): Promise<SimulationRun> {
    const { plan, trials, seed } = prepared;
    const layout = runLayout(plan, trials, seed, this.started.length + 1, prepared.eventCategories === 'all');
    const buffers = allocateRunBuffers(layout, (bytes) => new SharedArrayBuffer(bytes));
    const working = this.started.slice(0, Math.max(0, layout.batches - 1));
    const data: LaneData = { scenario, layout, buffers };
    for (const { worker } of working) {
      worker.ref();
      worker.postMessage(data);
    }
    this.close(working.length);
    try {
      const overflows = new Lane(plan, layout, buffers).run();
      const replies = await Promise.all(working.map((started) => started.reply));
      const failures: string[] = [];
      for (const reply of replies) {
        if (reply.type === 'done') overflows.push(...reply.overflows);
        else failures.push(reply.message);
      }
      const redone = simulateLeftovers(prepared, layout, buffers, overflows);
      if (failures.length > 0) {
        const batches = redone > 0 ? ` (${redone} batch${redone === 1 ? '' : 'es'} simulated again in the main thread)` : '';
        options.warn?.(`${failures.length} simulation worker${failures.length === 1 ? '' : 's'} failed: ${failures.join('; ')}${batches}`);
      }
      return finishRun(layout, buffers, overflows);
    } finally {
      this.close();
    }
  }

  /** Stops the workers from the `from`-th on (all by default); a stopped worker does nothing more. */
  close(from = 0): void {
    for (const { worker } of this.started.slice(from)) void worker.terminate();
  }
}
