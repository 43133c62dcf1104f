/**
 * The ledger for any programme, sublimits included: it keeps each touched year's covered cost
 * and retention bucket by bucket, since a sublimit caps some buckets and not others. (Without
 * sublimits the year's totals are enough: totalsLedger.ts.) The rules it applies are in
 * ledger.ts.
 */
import { IMPACT } from '../engine/eventCost';
import { CATEGORY_IDS } from '../model/categories';
import { BUCKET_COUNT, BUILT_IN_LINE_COUNT, customBucket, type InsurancePlan, type SublimitGroup } from './plan';
import { businessInterruptionShares, type BiShares } from './businessInterruption';
import { WITHHELD_REASONS, W, type InsuranceLedger } from './ledger';


/** A touched year's row: each bucket's covered cost and retention. */
const ROW = 2 * BUCKET_COUNT;

// bucketsUsed keeps a bit per bucket in a 32-bit integer.
if (BUCKET_COUNT > 32) throw new Error(`the insurance ledger tracks at most 32 buckets, not ${BUCKET_COUNT}`);

export class BucketLedger implements InsuranceLedger {
  /**
   * Per year with a covered cost, in the order first touched (its slot): each bucket's covered
   * cost and retention side by side (2b and 2b + 1), so that adding an incident to a bucket writes
   * one cache line, and the rows of the chunk's few touched years lie together. Laid out by year,
   * in two arrays, the adding waited on a cache miss for most incidents.
   */
  private readonly rows: Float64Array;
  /** Per slot: the year's retentions added up, and the buckets used (a bit each; BUCKET_COUNT <= 32). */
  private readonly retentionTotal: Float64Array;
  private readonly bucketsUsed: Int32Array;
  /** Per slot, the chunk's year it holds; per year, its slot or -1. */
  private readonly touched: Int32Array;
  private readonly slotOf: Int32Array;
  private touchedCount = 0;
  /** A bit per bucket some sublimit scales: a year's closing may write those even if unused. */
  private readonly sublimited: number;
  private readonly eventBuckets = new Float64Array(BUCKET_COUNT);
  /** The event's buckets with a cost, in bucket order. */
  private readonly eventNonZero = new Int32Array(BUCKET_COUNT);
  private readonly shares: BiShares = { covered: 0, waiting: 0, beyondIndemnity: 0 };
  private readonly year = new Float64Array(BUCKET_COUNT);
  /** What the chunk withheld, in WITHHELD_REASONS order. */
  readonly withheld = new Float64Array(WITHHELD_REASONS.length);

  constructor(
    private readonly plan: InsurancePlan,
    chunkTrials: number,
  ) {
    this.rows = new Float64Array(chunkTrials * ROW);
    this.retentionTotal = new Float64Array(chunkTrials);
    this.bucketsUsed = new Int32Array(chunkTrials);
    this.touched = new Int32Array(chunkTrials);
    this.slotOf = new Int32Array(chunkTrials).fill(-1);
    this.sublimited = [...plan.lineSublimits, ...plan.categorySublimits].reduce((mask, group) => group.buckets.reduce((bits, b) => bits | (1 << b), mask), 0);
  }

  /** Starts a chunk of trials: clears what the last chunk's years left behind, and the sums withheld. */
  beginChunk(): void {
    this.withheld.fill(0);
    // Only the used buckets of the touched slots hold anything: clear those.
    for (let k = 0; k < this.touchedCount; k += 1) {
      const base = k * ROW;
      for (let used = this.bucketsUsed[k] ?? 0; used !== 0; used &= used - 1) {
        const b = lowestBit(used);
        this.rows[base + 2 * b] = 0;
        this.rows[base + 2 * b + 1] = 0;
      }
      this.bucketsUsed[k] = 0;
      this.retentionTotal[k] = 0;
      this.slotOf[this.touched[k] ?? 0] = -1;
    }
    this.touchedCount = 0;
  }

  /** Adds one event of the chunk's trial `local`, from its cost lines, custom losses by category and impact. */
  addEvent(local: number, lines: Float64Array, customByCategory: Float64Array, impact: Float64Array): void {
    const plan = this.plan;
    const buckets = this.eventBuckets;
    // The buckets with a cost, listed without a branch (+(condition) is 0 or 1); a zero bucket
    // (or -0) would be skipped below anyway. NaN is listed, as it was never skipped.
    const nonZero = this.eventNonZero;
    let count = 0;
    for (let b = 0; b < BUILT_IN_LINE_COUNT; b += 1) {
      const value = lines[b] ?? 0;
      buckets[b] = value;
      nonZero[count] = b;
      count += +(value !== 0);
    }
    for (let c = 0; c < CATEGORY_IDS.length; c += 1) {
      const b = customBucket(c);
      const value = customByCategory[c] ?? 0;
      buckets[b] = value;
      nonZero[count] = b;
      count += +(value !== 0);
    }
    const bi = businessInterruptionShares(
      impact[IMPACT.outageDays] ?? 0,
      impact[IMPACT.rampUpDays] ?? 0,
      plan.waitingDays,
      plan.indemnityDays,
      this.shares,
    );
    let coveredTotal = 0;
    for (let i = 0; i < count; i += 1) {
      const b = nonZero[i] ?? 0;
      const value = buckets[b] ?? 0;
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
    let slot = this.slotOf[local] ?? -1;
    if (slot < 0) {
      slot = this.touchedCount;
      this.touchedCount += 1;
      this.slotOf[local] = slot;
      this.touched[slot] = local;
    }
    const rows = this.rows;
    const base = slot * ROW;
    let used = this.bucketsUsed[slot] ?? 0;
    for (let i = 0; i < count; i += 1) {
      const b = nonZero[i] ?? 0;
      const value = buckets[b] ?? 0;
      if (value === 0) continue;
      rows[base + 2 * b] = (rows[base + 2 * b] ?? 0) + value;
      rows[base + 2 * b + 1] = (rows[base + 2 * b + 1] ?? 0) + value * retainedShare;
      used |= 1 << b;
    }
    this.bucketsUsed[slot] = used;
    this.retentionTotal[slot] = (this.retentionTotal[slot] ?? 0) + retention;
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
      const retentions = this.retentionTotal[k] ?? 0;
      const scale = retentions > plan.aggregateRetention ? plan.aggregateRetention / retentions : 1;
      const base = k * ROW;
      const used = this.bucketsUsed[k] ?? 0;
      let kept = 0;
      let coinsured = 0;
      // A bucket without a covered cost would add 0 to each sum and leave 0 in the year (all
      // amounts here are at least 0): the used ones, in bucket order, give the same bits. `year`
      // is all zeros here: each year puts its used buckets back to 0 once closed, and those a
      // sublimit scales (scaling leaves a zero at 0, but a NaN total would not).
      for (let rest = used; rest !== 0; rest &= rest - 1) {
        const b = lowestBit(rest);
        const covered = this.rows[base + 2 * b] ?? 0;
        const retained = Math.min(covered, (this.rows[base + 2 * b + 1] ?? 0) * scale);
        const above = covered - retained;
        kept += retained;
        coinsured += above * plan.coinsurance;
        year[b] = above * insuredShare;
      }
      const cut = applySublimits(year, plan.lineSublimits) + applySublimits(year, plan.categorySublimits);
      let loss = 0;
      for (let rest = used; rest !== 0; rest &= rest - 1) loss += year[lowestBit(rest)] ?? 0;
      for (let rest = used | this.sublimited; rest !== 0; rest &= rest - 1) year[lowestBit(rest)] = 0;
      towerLoss[local] = loss;
      this.withheld[W.retention] = (this.withheld[W.retention] ?? 0) + kept;
      this.withheld[W.coinsurance] = (this.withheld[W.coinsurance] ?? 0) + coinsured;
      this.withheld[W.sublimits] = (this.withheld[W.sublimits] ?? 0) + cut;
    }
  }
}

/** The index of the lowest set bit of a non-zero 32-bit mask. */
function lowestBit(mask: number): number {
  return 31 - Math.clz32(mask & -mask);
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
