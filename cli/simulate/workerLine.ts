/**
 * A simulate worker thread and its answers, apart from the engine so that the CLI can start its
 * workers before it loads the rest of its code (prestart.ts).
 */
import { Worker } from 'node:worker_threads';
import { workerUrl } from '../workerUrl';

/** The simulate worker's module: the built simulateWorker.js, or worker.ts from source. */
export const SIMULATE_WORKER_URL: URL = workerUrl(import.meta.url, 'simulateWorker.js', 'worker.ts');

export type Failed = Readonly<{ type: 'failed'; message: string }>;

/**
 * A worker thread and its answers, in order: `next` gives the next message, or a failure once the
 * thread has failed or stopped without one. Listening starts with the thread, so an error while
 * it loads is not missed.
 */
export class WorkerLine {
  private readonly answers: unknown[] = [];
  private readonly waiting: Array<(answer: unknown) => void> = [];
  private ended: Failed | null = null;

  constructor(readonly worker: Worker) {
    worker.on('message', (message: unknown) => this.answer(message));
    worker.on('messageerror', (error) => this.end(`its answer could not be read (${error.message})`));
    worker.on('error', (error) => this.end(error.message));
    worker.on('exit', (code) => this.end(`it stopped with exit code ${code}`));
  }

  next<T>(): Promise<T | Failed> {
    if (this.answers.length > 0) return Promise.resolve(this.answers.shift() as T);
    if (this.ended) return Promise.resolve(this.ended);
    return new Promise((resolve) => this.waiting.push(resolve as (answer: unknown) => void));
  }

  private answer(message: unknown): void {
    const waiter = this.waiting.shift();
    if (waiter) waiter(message);
    else this.answers.push(message);
  }

  private end(message: string): void {
    this.ended ??= { type: 'failed', message };
    for (const waiter of this.waiting.splice(0)) waiter(this.ended);
  }
}

export function startWorker(url: URL): WorkerLine {
  const line = new WorkerLine(new Worker(url));
  // An unused worker waiting for a run must not keep the process alive.
  line.worker.unref();
  return line;
}
