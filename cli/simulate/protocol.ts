/** What `aftermath simulate` gives its worker threads (workerData) and what each answers, once. */
import type { BatchOverflow, RunBuffers, RunLayout } from '../../shared/engine/runBuffers';

/** The validated scenario (each thread builds its own plan from it) and the run's shared memory. */
export type LaneData = Readonly<{ scenario: unknown; layout: RunLayout; buffers: RunBuffers }>;

export type LaneReply = Readonly<{ type: 'done'; overflows: BatchOverflow[] }> | Readonly<{ type: 'failed'; message: string }>;
