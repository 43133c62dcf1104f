/**
 * Runs quote jobs across worker threads, each organisation independent of the others, and
 * returns the outcomes in job order, so the result is the same whatever the number of workers.
 * A worker that crashes or exits mid-job fails that job only and is replaced; a worker that
 * cannot start at all fails the run (every job would fail the same way).
 */
import { Worker } from 'node:worker_threads';
import type { OrganisationQuote } from '../../shared/portfolio/quote';
import type { QuoteJob, WorkerReply } from './protocol';
import { workerUrl } from '../workerUrl';

export type JobOutcome = Readonly<{ ok: true; quote: OrganisationQuote }> | Readonly<{ ok: false; message: string }>;

export type PoolOptions = Readonly<{
  workers: number;
  /** The worker module; by default the built quoteWorker.js, or worker.ts when run from source. */
  workerUrl?: URL;
  /** Called after each job settles, with how many have. */
  onSettled?: (done: number) => void;
}>;

/** The worker to start: the built quoteWorker.js beside the built CLI, or worker.ts from source. */
export function defaultWorkerUrl(moduleUrl: string = import.meta.url): URL {
  return workerUrl(moduleUrl, 'quoteWorker.js', 'worker.ts');
}

export class WorkerStartError extends Error {
  constructor(detail: string) {
    super(`could not start a simulation worker: ${detail}`);
    this.name = 'WorkerStartError';
  }
}

export function runJobs(jobs: readonly QuoteJob[], options: PoolOptions): Promise<JobOutcome[]> {
  const outcomes: (JobOutcome | undefined)[] = new Array<JobOutcome | undefined>(jobs.length).fill(undefined);
  if (jobs.length === 0) return Promise.resolve([]);
  const url = options.workerUrl ?? defaultWorkerUrl();
  const live = new Set<Worker>();
  let next = 0;
  let settled = 0;
  let startError: Error | undefined;

  return new Promise<JobOutcome[]>((resolve, reject) => {
    const finishIfDone = (): void => {
      if (live.size > 0) return;
      if (startError) reject(startError);
      else if (settled === jobs.length) resolve(outcomes as JobOutcome[]);
    };
    const settle = (index: number, outcome: JobOutcome): void => {
      if (outcomes[index] !== undefined) return;
      outcomes[index] = outcome;
      settled += 1;
      options.onSettled?.(settled);
    };
    const failAll = (error: Error): void => {
      startError ??= error;
      for (const worker of live) void worker.terminate();
    };

    const start = (): void => {
      const worker = new Worker(url);
      live.add(worker);
      let ready = false;
      let current: number | undefined;
      const assign = (): void => {
        const job = startError ? undefined : jobs[next];
        if (job) {
          current = next;
          next += 1;
          worker.postMessage(job);
        } else {
          current = undefined;
          void worker.terminate();
        }
      };
      const failCurrent = (message: string): void => {
        if (current === undefined) return;
        const index = current;
        current = undefined;
        settle(index, { ok: false, message });
      };
      worker.on('message', (reply: WorkerReply) => {
        if (reply.type === 'ready') {
          ready = true;
          assign();
          return;
        }
        if (reply.index !== current) return;
        current = undefined;
        settle(reply.index, reply.type === 'quoted' ? { ok: true, quote: reply.quote } : { ok: false, message: reply.message });
        assign();
      });
      worker.on('messageerror', (error) => failCurrent(`its result could not be read (${error.message})`));
      worker.on('error', (error) => {
        if (!ready) failAll(new WorkerStartError(error.message));
        else failCurrent(`the simulation stopped unexpectedly: ${error.message}`);
      });
      worker.on('exit', (code) => {
        live.delete(worker);
        if (!ready) failAll(new WorkerStartError(`it exited with code ${code} before it was ready`));
        failCurrent(`the simulation worker stopped unexpectedly (exit code ${code})`);
        if (!startError && next < jobs.length) start();
        finishIfDone();
      });
    };

    const count = Math.max(1, Math.min(options.workers, jobs.length));
    for (let i = 0; i < count; i += 1) start();
  });
}
