/**
 * Runs each simulated event through the insurance programme and totals the years.
 *
 * Per event: each bucket's cost is covered, excluded, or (business interruption) split by the
 * waiting and indemnity periods; the per-event retention d = min(covered, retention) is
 * allocated to the buckets in proportion to their covered cost.
 * Per year: if the year's retentions add up to more than the annual aggregate retention A,
 * every event's retention is scaled by A / total (the simulation has no order of events within
 * a year, so the aggregate is shared pro rata); the insured keeps the coinsurance share of the
 * rest; line sublimits and then category sublimits cap their buckets (pro rata inside a group).
 * What is left is the loss the tower responds to, kept per year. Everything withheld on the way
 * is added up by reason, so that gross = withheld + loss to the tower, year by year.
 *
 * Work is per chunk of trials: all events of a year arrive within one chunk. The amounts withheld
 * are summed per chunk, each chunk's from zero, so that the run's totals are the chunks' added in
 * chunk order whichever thread simulated which chunk.
 *
 * Two ledgers apply these rules: BucketLedger (bucketLedger.ts) for any programme, and, for a
 * programme without sublimits, TotalsLedger (totalsLedger.ts), which needs only each year's totals.
 * createLedger.ts picks one.
 */

/** Reasons a part of the gross loss is not passed to the tower, in the order applied. */
export const WITHHELD_REASONS = ['excluded', 'waitingPeriod', 'beyondIndemnity', 'retention', 'coinsurance', 'sublimits'] as const;
export type WithheldReason = (typeof WITHHELD_REASONS)[number];
/** Each reason's index in WITHHELD_REASONS. */
export const W = { excluded: 0, waitingPeriod: 1, beyondIndemnity: 2, retention: 3, coinsurance: 4, sublimits: 5 } as const satisfies Record<WithheldReason, number>;

export type InsuranceRun = Readonly<{
  /** Per simulated year: the loss the tower responds to (after exclusions, retention, coinsurance, sublimits). */
  towerLoss: Float64Array;
  /** Sum over all years of what was withheld, in WITHHELD_REASONS order. */
  withheldTotals: Float64Array;
}>;

/** What the engine asks of a ledger, chunk by chunk. */
export interface InsuranceLedger {
  /** What the chunk withheld, in WITHHELD_REASONS order (read after endChunk). */
  readonly withheld: Float64Array;
  /** Starts a chunk of trials: forgets the last chunk's years and the sums withheld. */
  beginChunk(): void;
  /** Adds one event of the chunk's trial `local`, from its cost lines, custom losses by category and impact. */
  addEvent(local: number, lines: Float64Array, customByCategory: Float64Array, impact: Float64Array): void;
  /**
   * Closes the chunk's years and writes each year's loss to the tower into `towerLoss` (the
   * chunk's year `local` at `local`). Years without a covered cost are not written: the caller
   * starts them at 0.
   */
  endChunk(towerLoss: Float64Array): void;
}
