/** What `aftermath simulate` gives its worker threads and what each answers. */
import type { BatchOverflow, RunBuffers, RunLayout } from '../../shared/engine/runBuffers';
import type { GrossReadings, InsuranceSummary } from '../../shared/insurance/summary';
import type { Scenario } from '../../shared/scenario/schemaV1';

/**
 * The first message: the scenario as the main thread validated it (each thread builds its own
 * plan from it, the same plan), and the run's shared memory.
 */
export type LaneData = Readonly<{ scenario: Scenario; layout: RunLayout; buffers: RunBuffers; timeChunks?: boolean }>;

/** `chunkMs`: how long each chunk the worker simulated took, in order, when LaneData asked (timeChunks). */
export type LaneReply = Readonly<{ type: 'done'; overflows: BatchOverflow[]; chunkMs?: number[] }> | Readonly<{ type: 'failed'; message: string }>;

/**
 * The second message, to one worker whose lane is done, if the scenario has insurance: the years
 * the insurance summary reads, to start on while the main thread sorts the gross losses. The
 * arrays are views of the run's shared memory.
 */
export type InsuranceYearsRequest = Readonly<{
  type: 'insuranceYears';
  annualLoss: Float64Array;
  towerLoss: Float64Array;
  withheldTotals: Float64Array;
}>;

/** The third: what the summary reads of the sorted gross losses, once the main thread has them. */
export type InsuranceCurveRequest = Readonly<{
  type: 'insuranceCurve';
  curveLosses: readonly number[];
  gross: GrossReadings;
}>;

export type InsuranceReply = Readonly<{ type: 'insurance'; summary: InsuranceSummary }> | Readonly<{ type: 'failed'; message: string }>;
