/**
 * How each thread of `aftermath simulate` spent its time, chunk by chunk (AFTERMATH_TIMING): a
 * thread's first chunks run while V8 is still compiling the engine (its warm-up), the rest at
 * the thread's steady pace. Comparing the steady pace on one thread and on two tells whether the
 * threads slow each other once warm; the warm-up tells what each thread pays before that.
 * A one-thread run's clock starts as `simulate` is called, so its first chunk also holds reserving
 * the run's memory and building its lane (well under a millisecond: no page is written); a
 * worker's, and the main thread's beside workers, as its lane starts. The time a thread spends
 * placing its last batch, after its last chunk, is not counted.
 */
import { MAX_BATCH_CHUNKS } from '../../shared/engine/runBuffers';
import { CHUNK_TRIALS } from '../../shared/engine/streams';

/** The chunks counted as a thread's warm-up: two of the largest batches, 131,072 years. */
export const WARM_CHUNKS = 2 * MAX_BATCH_CHUNKS;

/** Records the time since the previous tick (or since it was made) at each tick, in ms. */
export class ChunkClock {
  readonly chunkMs: number[] = [];
  private last: number;

  constructor(private readonly now: () => number = () => performance.now()) {
    this.last = now();
  }

  /** Call once after each chunk. */
  readonly tick = (): void => {
    const time = this.now();
    this.chunkMs.push(time - this.last);
    this.last = time;
  };
}

export type LanePace = Readonly<{
  chunks: number;
  /** The chunks counted as the warm-up: the thread's first ones. */
  warmChunks: number;
  /** How long they took, in ms. */
  warmMs: number;
  /**
   * The mean time of the chunks after them, in ms (a mean, not a median: the time a thread spends
   * between batches, placing them, falls into the next batch's first chunk); null when there are none.
   */
  steadyMsPerChunk: number | null;
}>;

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

/** A thread's warm-up (its first `warmChunks` chunks) and its steady pace (the mean of the rest). */
export function lanePace(chunkMs: readonly number[], warmChunks: number): LanePace {
  const warm = Math.min(warmChunks, chunkMs.length);
  const rest = chunkMs.slice(warm);
  return {
    chunks: chunkMs.length,
    warmChunks: warm,
    warmMs: sum(chunkMs.slice(0, warm)),
    steadyMsPerChunk: rest.length > 0 ? sum(rest) / rest.length : null,
  };
}

/**
 * One line for AFTERMATH_TIMING, e.g. "thread 1 of 2: 245 chunks of 8,192 years; the first 16 in
 * 0.317 s, then 4.12 ms a chunk on average". The benchmark reads these lines (PACE_LINE).
 */
export function describePace(thread: number, threads: number, pace: LanePace): string {
  const steady = pace.steadyMsPerChunk === null ? 'no chunks after them' : `then ${pace.steadyMsPerChunk.toFixed(2)} ms a chunk on average`;
  return `thread ${thread} of ${threads}: ${pace.chunks} chunk${pace.chunks === 1 ? '' : 's'} of ${CHUNK_TRIALS.toLocaleString('en-US')} years; the first ${pace.warmChunks} in ${(pace.warmMs / 1000).toFixed(3)} s, ${steady}`;
}

/**
 * Matches describePace's line when it has a steady pace: thread, threads, chunks, warm chunks,
 * warm seconds, steady ms a chunk. Global: read with `matchAll`, which does not keep its state.
 */
export const PACE_LINE = /thread (\d+) of (\d+): (\d+) chunks? of [\d,]+ years; the first (\d+) in (\d+\.\d+) s, then (\d+\.\d+) ms a chunk on average/g;
