/** What `aftermath simulate` gives its worker threads (workerData) and what each answers, once. */
import type { BatchOverflow, RunBuffers, RunLayout } from '../../shared/engine/runBuffers';
import type { Scenario } from '../../shared/scenario/schemaV1';

/**
 * The scenario as the main thread validated it (each thread builds its own plan from it, the
 * same plan), and the run's shared memory.
 */
export type LaneData = Readonly<{ scenario: Scenario; layout: RunLayout; buffers: RunBuffers }>;

export type LaneReply = Readonly<{ type: 'done'; overflows: BatchOverflow[] }> | Readonly<{ type: 'failed'; message: string }>;
