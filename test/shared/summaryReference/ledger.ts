// Frozen copy of shared/insurance/ledger.ts as of commit 5687cdd, before each event's and year's buckets were
// listed to skip the empty ones: the plain reference the fast ledger must match bit for bit
// (test/shared/insuranceProperties.test.ts). Leave it as it is; do not optimise it.
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
 */
import { IMPACT } from '../../../shared/engine/eventCost';
import { CATEGORY_IDS } from '../../../shared/model/categories';
import { BUCKET_COUNT, BUILT_IN_LINE_COUNT, customBucket, type InsurancePlan, type SublimitGroup } from '../../../shared/insurance/plan';
import { businessInterruptionShares, type BiShares } from '../../../shared/insurance/businessInterruption';

/** Reasons a part of the gross loss is not passed to the tower, in the order applied. */
const WITHHELD_REASONS = ['excluded', 'waitingPeriod', 'beyondIndemnity', 'retention', 'coinsurance', 'sublimits'] as const;

const W = { excluded: 0, waitingPeriod: 1, beyondIndemnity: 2, retention: 3, coinsurance: 4, sublimits: 5 } as const;

export type ReferenceInsuranceRun = Readonly<{
  /** Per simulated year: the loss the tower responds to (after exclusions, retention, coinsurance, sublimits). */
  towerLoss: Float64Array;
  /** Sum over all years of what was withheld, in WITHHELD_REASONS order. */
  withheldTotals: Float64Array;
}>;

export class InsuranceLedger {
  private readonly covered: Float64Array;
  private readonly retained: Float64Array;
  private readonly retentionTotal: Float64Array;
  /** Trials of the chunk with a covered cost, in the order first touched; only these need closing. */
  private readonly touched: Int32Array;
  private readonly isTouched: Uint8Array;
  private touchedCount = 0;
  private readonly eventBuckets = new Float64Array(BUCKET_COUNT);
  private readonly shares: BiShares = { covered: 0, waiting: 0, beyondIndemnity: 0 };
  private readonly year = new Float64Array(BUCKET_COUNT);
  /** What the chunk withheld, in WITHHELD_REASONS order. */
  readonly withheld = new Float64Array(WITHHELD_REASONS.length);

  constructor(
    private readonly plan: InsurancePlan,
    chunkTrials: number,
  ) {
    this.covered = new Float64Array(chunkTrials * BUCKET_COUNT);
    this.retained = new Float64Array(chunkTrials * BUCKET_COUNT);
    this.retentionTotal = new Float64Array(chunkTrials);
    this.touched = new Int32Array(chunkTrials);
    this.isTouched = new Uint8Array(chunkTrials);
  }

  /** Starts a chunk of trials: clears what the last chunk's years left behind, and the sums withheld. */
  beginChunk(): void {
    this.withheld.fill(0);
    for (let k = 0; k < this.touchedCount; k += 1) {
      const local = this.touched[k] ?? 0;
      const base = local * BUCKET_COUNT;
      this.covered.fill(0, base, base + BUCKET_COUNT);
      this.retained.fill(0, base, base + BUCKET_COUNT);
      this.retentionTotal[local] = 0;
      this.isTouched[local] = 0;
    }
    this.touchedCount = 0;
  }

  /** Adds one event of the chunk's trial `local`, from its cost lines, custom losses by category and impact. */
  addEvent(local: number, lines: Float64Array, customByCategory: Float64Array, impact: Float64Array): void {
    const plan = this.plan;
    const buckets = this.eventBuckets;
    for (let b = 0; b < BUILT_IN_LINE_COUNT; b += 1) buckets[b] = lines[b] ?? 0;
    for (let c = 0; c < CATEGORY_IDS.length; c += 1) buckets[customBucket(c)] = customByCategory[c] ?? 0;
    const bi = businessInterruptionShares(
      impact[IMPACT.outageDays] ?? 0,
      impact[IMPACT.rampUpDays] ?? 0,
      plan.waitingDays,
      plan.indemnityDays,
      this.shares,
    );
    let coveredTotal = 0;
    for (let b = 0; b < BUCKET_COUNT; b += 1) {
      const value = buckets[b] ?? 0;
      if (value === 0) continue;
      if (!plan.covered[b]) {
        this.withheld[W.excluded] = (this.withheld[W.excluded] ?? 0) + value;
        buckets[b] = 0;
      } else if (plan.businessInterruption[b]) {
        // Disruption lines only arise from an outage (D + R/2 > 0), so the shares always add up to 1 here.
        const paid = value * bi.covered;
        this.withheld[W.waitingPeriod] = (this.withheld[W.waitingPeriod] ?? 0) + value * bi.waiting;
        this.withheld[W.beyondIndemnity] = (this.withheld[W.beyondIndemnity] ?? 0) + (value - paid - value * bi.waiting);
        buckets[b] = paid;
        coveredTotal += paid;
      } else {
        coveredTotal += value;
      }
    }
    if (!(coveredTotal > 0)) return;
    const retention = Math.min(coveredTotal, plan.retention);
    const retainedShare = retention / coveredTotal;
    const base = local * BUCKET_COUNT;
    for (let b = 0; b < BUCKET_COUNT; b += 1) {
      const value = buckets[b] ?? 0;
      if (value === 0) continue;
      this.covered[base + b] = (this.covered[base + b] ?? 0) + value;
      this.retained[base + b] = (this.retained[base + b] ?? 0) + value * retainedShare;
    }
    this.retentionTotal[local] = (this.retentionTotal[local] ?? 0) + retention;
    if (!this.isTouched[local]) {
      this.isTouched[local] = 1;
      this.touched[this.touchedCount] = local;
      this.touchedCount += 1;
    }
  }

  /**
   * Closes the chunk's years: aggregate retention, coinsurance, sublimits; writes each year's
   * loss to the tower into `towerLoss` (the chunk's year `local` at `local`). Years without a
   * covered cost are not written: the caller starts them at 0.
   */
  endChunk(towerLoss: Float64Array): void {
    const plan = this.plan;
    const year = this.year;
    const insuredShare = 1 - plan.coinsurance;
    for (let k = 0; k < this.touchedCount; k += 1) {
      const local = this.touched[k] ?? 0;
      const retentions = this.retentionTotal[local] ?? 0;
      const scale = retentions > plan.aggregateRetention ? plan.aggregateRetention / retentions : 1;
      const base = local * BUCKET_COUNT;
      let kept = 0;
      let coinsured = 0;
      for (let b = 0; b < BUCKET_COUNT; b += 1) {
        const covered = this.covered[base + b] ?? 0;
        const retained = Math.min(covered, (this.retained[base + b] ?? 0) * scale);
        const above = covered - retained;
        kept += retained;
        coinsured += above * plan.coinsurance;
        year[b] = above * insuredShare;
      }
      const cut = applySublimits(year, plan.lineSublimits) + applySublimits(year, plan.categorySublimits);
      let loss = 0;
      for (let b = 0; b < BUCKET_COUNT; b += 1) loss += year[b] ?? 0;
      towerLoss[local] = loss;
      this.withheld[W.retention] = (this.withheld[W.retention] ?? 0) + kept;
      this.withheld[W.coinsurance] = (this.withheld[W.coinsurance] ?? 0) + coinsured;
      this.withheld[W.sublimits] = (this.withheld[W.sublimits] ?? 0) + cut;
    }
  }
}

/** Caps each group's buckets at its sublimit, pro rata; returns the total cut. */
function applySublimits(year: Float64Array, groups: readonly SublimitGroup[]): number {
  let cut = 0;
  for (const group of groups) {
    let total = 0;
    for (const b of group.buckets) total += year[b] ?? 0;
    if (total <= group.limit) continue;
    const scale = group.limit / total;
    for (const b of group.buckets) year[b] = (year[b] ?? 0) * scale;
    cut += total - group.limit;
  }
  return cut;
}
