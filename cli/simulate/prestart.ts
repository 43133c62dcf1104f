/**
 * Starts `aftermath simulate`'s worker threads as the process starts, before the CLI loads the
 * rest of its code. A worker takes about as long to start as the CLI takes to load its modules
 * (a tenth of a second each on the benchmark's machine), so the two now overlap and the workers
 * join the run sooner. This only guesses from the arguments how many workers the run will want;
 * the command's own parser decides, and SimulateWorkers stops any it does not want and starts any
 * missing. It imports nothing of the engine, so that the workers start before that is loaded.
 */
import { availableParallelism } from 'node:os';
import { SIMULATE_WORKER_URL, startWorker, type WorkerLine } from './workerLine';

let ready: WorkerLine[] = [];

/**
 * How many worker threads (besides the main thread) `aftermath simulate` with these arguments
 * will likely want, at most one per core but the main thread's: 0 for any other command, or for a
 * --workers value the parser would refuse.
 */
export function likelyWorkers(argv: readonly string[], cores: number): number {
  if (argv[0] !== 'simulate') return 0;
  let given = false;
  let raw: string | undefined;
  for (let i = 1; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--workers') [given, raw] = [true, argv[i + 1]];
    else if (arg.startsWith('--workers=')) [given, raw] = [true, arg.slice('--workers='.length)];
  }
  const threads = given ? Number(raw) : cores;
  return Number.isInteger(threads) && threads > 1 ? Math.min(threads, cores) - 1 : 0;
}

/** Starts the workers `aftermath simulate` with these arguments will likely want. */
export function prestartSimulateWorkers(argv: readonly string[], url: URL = SIMULATE_WORKER_URL, cores: number = availableParallelism()): void {
  const count = likelyWorkers(argv, cores);
  ready = Array.from({ length: count }, () => startWorker(url));
}

/** The workers started early, handed over once (to SimulateWorkers); none if none were started. */
export function takeReadyWorkers(): WorkerLine[] {
  const taken = ready;
  ready = [];
  return taken;
}
