/**
 * The ledger for a programme without sublimits (the rules are in ledger.ts).
 *
 * Without sublimits, nothing in a year's closing looks at a bucket on its own: the aggregate
 * retention scales every bucket's retention by the same factor and coinsurance takes the same
 * share of every bucket. So the year's loss to the tower is
 *   (C - min(R, A)) x (1 - coinsurance),
 * where C is the year's covered cost and R its per-event retentions, both added over its events,
 * and A the aggregate retention: what the bucket ledger gives, summed in another order (the two
 * agree to rounding; test/shared/insuranceProperties.test.ts holds them within 1e-12 of the
 * amounts). Each event adds two numbers to its year instead of a row of buckets, and a year is
 * closed with a few operations.
 *
 * This holds for costs of 0 or more, as a valid scenario gives (its amounts have a minimum of 0):
 * a negative cost in one bucket could leave another bucket's scaled retention above its cover,
 * which the bucket ledger caps bucket by bucket and this one would not.
 */
import { IMPACT } from '../engine/eventCost';
import { businessInterruptionShares, type BiShares } from './businessInterruption';
import { W, WITHHELD_REASONS, type InsuranceLedger } from './ledger';
import { BUILT_IN_LINE_COUNT, BUCKET_COUNT, hasSublimits, type InsurancePlan } from './plan';

/** The cost lines and custom categories of one kind of cover, as indices into each array. */
type Cover = Readonly<{ lines: Int32Array; custom: Int32Array }>;

function coverOf(kind: (b: number) => boolean): Cover {
  const lines: number[] = [];
  const custom: number[] = [];
  for (let b = 0; b < BUCKET_COUNT; b += 1) {
    if (!kind(b)) continue;
    if (b < BUILT_IN_LINE_COUNT) lines.push(b);
    else custom.push(b - BUILT_IN_LINE_COUNT);
  }
  return { lines: Int32Array.from(lines), custom: Int32Array.from(custom) };
}

/** The event's cost in one kind of cover. */
function costIn(cover: Cover, lines: Float64Array, customByCategory: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < cover.lines.length; i += 1) sum += lines[cover.lines[i] ?? 0] ?? 0;
  for (let i = 0; i < cover.custom.length; i += 1) sum += customByCategory[cover.custom[i] ?? 0] ?? 0;
  return sum;
}

export class TotalsLedger implements InsuranceLedger {
  /** Per chunk year: its covered cost and its per-event retentions, each added over its events. */
  private readonly covered: Float64Array;
  private readonly retained: Float64Array;
  /** The chunk's years with a covered cost, in the order first touched. */
  private readonly touched: Int32Array;
  private touchedCount = 0;
  private readonly excluded: Cover;
  /** Covered lines paid as they are, and business-interruption lines (waiting and indemnity periods apply). */
  private readonly plain: Cover;
  private readonly interruption: Cover;
  private readonly shares: BiShares = { covered: 0, waiting: 0, beyondIndemnity: 0 };
  readonly withheld = new Float64Array(WITHHELD_REASONS.length);

  constructor(
    private readonly plan: InsurancePlan,
    chunkTrials: number,
  ) {
    if (hasSublimits(plan)) throw new Error('the totals ledger cannot apply sublimits: use the bucket ledger');
    this.covered = new Float64Array(chunkTrials);
    this.retained = new Float64Array(chunkTrials);
    this.touched = new Int32Array(chunkTrials);
    this.excluded = coverOf((b) => !plan.covered[b]);
    this.plain = coverOf((b) => plan.covered[b] === 1 && !plan.businessInterruption[b]);
    this.interruption = coverOf((b) => plan.covered[b] === 1 && plan.businessInterruption[b] === 1);
  }

  beginChunk(): void {
    this.withheld.fill(0);
    for (let k = 0; k < this.touchedCount; k += 1) {
      const local = this.touched[k] ?? 0;
      this.covered[local] = 0;
      this.retained[local] = 0;
    }
    this.touchedCount = 0;
  }

  addEvent(local: number, lines: Float64Array, customByCategory: Float64Array, impact: Float64Array): void {
    const plan = this.plan;
    const withheld = this.withheld;
    withheld[W.excluded] = (withheld[W.excluded] ?? 0) + costIn(this.excluded, lines, customByCategory);
    let coveredCost = costIn(this.plain, lines, customByCategory);
    const interruption = costIn(this.interruption, lines, customByCategory);
    if (interruption !== 0) {
      const bi = businessInterruptionShares(impact[IMPACT.outageDays] ?? 0, impact[IMPACT.rampUpDays] ?? 0, plan.waitingDays, plan.indemnityDays, this.shares);
      const paid = interruption * bi.covered;
      const waiting = interruption * bi.waiting;
      withheld[W.waitingPeriod] = (withheld[W.waitingPeriod] ?? 0) + waiting;
      withheld[W.beyondIndemnity] = (withheld[W.beyondIndemnity] ?? 0) + (interruption - paid - waiting);
      coveredCost += paid;
    }
    if (!(coveredCost > 0)) return;
    // A year's covered cost is above 0 once it has had one: until then this is its first.
    if (this.covered[local] === 0) this.touched[this.touchedCount++] = local;
    this.covered[local] = (this.covered[local] ?? 0) + coveredCost;
    this.retained[local] = (this.retained[local] ?? 0) + Math.min(coveredCost, plan.retention);
  }

  endChunk(towerLoss: Float64Array): void {
    const { aggregateRetention, coinsurance } = this.plan;
    const insuredShare = 1 - coinsurance;
    const withheld = this.withheld;
    for (let k = 0; k < this.touchedCount; k += 1) {
      const local = this.touched[k] ?? 0;
      // Scaling each retention by A / R when R > A keeps A in all. The retentions never add up to
      // more than the covered cost (each is at most its event's), so `above` is never below 0.
      const kept = Math.min(this.retained[local] ?? 0, aggregateRetention);
      const above = (this.covered[local] ?? 0) - kept;
      towerLoss[local] = above * insuredShare;
      withheld[W.retention] = (withheld[W.retention] ?? 0) + kept;
      withheld[W.coinsurance] = (withheld[W.coinsurance] ?? 0) + above * coinsurance;
    }
  }
}
