/** What `aftermath simulate` gives its worker threads and what each answers. */
import type { BatchOverflow, RunBuffers, RunLayout } from '../../shared/engine/runBuffers';
import type { GrossReadings, InsuranceSummary } from '../../shared/insurance/summary';
import type { Scenario } from '../../shared/scenario/schemaV1';

/**
 * The first message: the scenario as the main thread validated it (each thread builds its own
 * plan from it, the same plan), and the run's shared memory.
 */
export type LaneData = Readonly<{ scenario: Scenario; layout: RunLayout; buffers: RunBuffers }>;

export type LaneReply = Readonly<{ type: 'done'; overflows: BatchOverflow[] }> | Readonly<{ type: 'failed'; message: string }>;

/**
 * The second message, to one worker whose lane is done, if the scenario has insurance: the
 * insurance summary to make while the main thread summarises the gross losses. The years are
 * views of the run's shared memory; the rest is small.
 */
export type InsuranceRequest = Readonly<{
  type: 'insurance';
  annualLoss: Float64Array;
  towerLoss: Float64Array;
  withheldTotals: Float64Array;
  curveLosses: readonly number[];
  gross: GrossReadings;
}>;

export type InsuranceReply = Readonly<{ type: 'insurance'; summary: InsuranceSummary }> | Readonly<{ type: 'failed'; message: string }>;
