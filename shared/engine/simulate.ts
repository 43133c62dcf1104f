/**
 * The Monte Carlo engine. For each simulated year and each threat: draw the year's rate from
 * the frequency distribution, draw the number of events K ~ Poisson(rate), and for each event
 * draw every cost driver and add the event's cost lines to the year. Trials run in chunks;
 * every (chunk, threat, input) has its own seeded stream, so the numbers depend only on the
 * seed and the scenario, not on how the work is split. Inputs are drawn a whole column at a
 * time into reused typed arrays: no allocation per trial or per event. A chunk's years and events
 * are gathered in small reused arrays and copied out once the chunk is done (runBuffers.ts says
 * where to); a `Lane` simulates batches of chunks in one thread, and several lanes in several
 * threads give the same run as one.
 */
import { Rng } from '../random/rng';
import { samplePoisson } from '../random/poisson';
import type { Sampler } from '../distributions/sampler';
import type { ModelPlan, ThreatPlan } from '../model/plan';
import { RECORD_TYPES } from '../model/vocabulary';
import { CATEGORY_COUNT, IMPACT_COUNT, LINE_COUNT, eventCost, newEventDraws, type EventDraws } from './eventCost';
import { CHUNK_TRIALS, STREAM } from './streams';
import type { SimulationRun } from './run';
import { createInsuranceLedger } from '../insurance/createLedger';
import type { InsuranceLedger } from '../insurance/ledger';
import { ChunkEffects, SCALAR_INDEX } from '../controls/effects';
import { THREAT_KINDS } from '../model/vocabulary';
import {
  allocateRunBuffers,
  endDirectBatch,
  filterPlacedTail,
  finishRun,
  nextToPlace,
  placeBatch,
  placedCounts,
  setPlacedCounts,
  runLayout,
  sumsLayout,
  tryLockPlacement,
  unlockPlacement,
  type BatchOverflow,
  type RunBuffers,
  type RunLayout,
  type SimulatedBatch,
  type SumsLayout,
  type RunMemory,
} from './runBuffers';
import { TailBound, tailYears } from './tailBound';
import { valueAt } from './valueAt';

export type SimulateOptions = Readonly<{
  trials: number;
  seed: number;
  /** Called after each chunk with the share of trials done (0..1). */
  onProgress?: (done: number) => void;
  /** Asked after each chunk; true stops the run with SimulationCancelled. */
  shouldCancel?: () => boolean;
  /**
   * Whose cost per category to keep event by event (SimulationRun.tailEvents): 'all' events (the
   * default), or only those of the years that can be among the worst 10%, which is all the
   * summaries read and far less memory. Every other figure is the same either way.
   */
  eventCategories?: EventCategories;
  /**
   * Where the run's buffers come from: memory an earlier run gave back, if it has the room. The
   * caller reclaims it (`memory.reclaim(run.annualLoss)`) once done with the run, whose arrays are
   * views of it. Fresh by default.
   */
  memory?: RunMemory;
}>;

export type EventCategories = 'all' | 'worstYears';

export class SimulationCancelled extends Error {
  constructor() {
    super('The simulation was cancelled.');
    this.name = 'SimulationCancelled';
  }
}

/** A growable column of per-event draws. */
class Column {
  values = new Float64Array(1024);
  ensure(count: number): Float64Array {
    if (this.values.length < count) this.values = new Float64Array(Math.max(count, this.values.length * 2));
    return this.values;
  }
}

class Columns {
  private readonly byStream = new Map<number, Column>();
  get(stream: number, count: number): Float64Array {
    let column = this.byStream.get(stream);
    if (!column) {
      column = new Column();
      this.byStream.set(stream, column);
    }
    return column.ensure(count);
  }
}

/** Per-event columns for one threat in one chunk, drawn from their own streams. */
type ThreatColumns = Readonly<{
  shares: (Float64Array | null)[];
  outageDays: Float64Array | null;
  operationsLost: Float64Array | null;
  rampUpDays: Float64Array | null;
  extraCostPerDay: Float64Array | null;
  investigation: Float64Array | null;
  itRecovery: Float64Array | null;
  ransomDemand: Float64Array | null;
  ransomPaymentProbability: Float64Array | null;
  ransomPaymentUniform: Float64Array | null;
  notificationCostPerPerson: Float64Array;
  regulatorNotificationCost: Float64Array;
  monitoringUptake: Float64Array;
  monitoringCostPerPerson: Float64Array;
  lawsuitProbability: Float64Array;
  lawsuitUniform: Float64Array;
  legalDefenceCost: Float64Array;
  settlementPerPerson: Float64Array;
  cardAssessmentPerCard: Float64Array;
  fineProbability: Float64Array | null;
  fineUniform: Float64Array | null;
  fineAmount: Float64Array | null;
  abnormalChurn: Float64Array | null;
  lifetimeValue: Float64Array | null;
  custom: Float64Array[];
}>;

/** `next` with `old` copied into its start. */
function grown<T extends Float64Array | Int32Array | Uint8Array>(old: T, next: T): T {
  next.set(old as never);
  return next;
}

/** The events of one chunk, in the order simulated, in arrays reused from chunk to chunk. */
class ChunkEvents {
  count = 0;
  loss = new Float64Array(1024);
  local = new Int32Array(1024);
  threat = new Uint8Array(1024);
  categories = new Float64Array(1024 * CATEGORY_COUNT);

  /** Room for `extra` more events. */
  reserve(extra: number): void {
    const needed = this.count + extra;
    if (needed <= this.loss.length) return;
    const capacity = Math.max(needed, this.loss.length * 2);
    this.loss = grown(this.loss, new Float64Array(capacity));
    this.local = grown(this.local, new Int32Array(capacity));
    this.threat = grown(this.threat, new Uint8Array(capacity));
    this.categories = grown(this.categories, new Float64Array(capacity * CATEGORY_COUNT));
  }
}

/** Arrays a chunk's events go to: a batch's own store, or the run's arrays themselves. */
type EventArrays = Pick<RunBuffers, 'eventLoss' | 'eventTrial' | 'eventThreat' | 'tailTrial' | 'tailCategoryLoss'>;

/**
 * Writes the chunk's events into `to` from `events` (years numbered from `start`), and the
 * categories of those whose year's loss reaches `tailFrom` (all when 0) from `tail`; returns
 * where the next of each goes. `to` has the room.
 */
function appendChunk(to: EventArrays, events: number, tail: number, chunk: ChunkEvents, start: number, annual: Float64Array, tailFrom: number): Readonly<{ events: number; tail: number }> {
  const { eventLoss, eventTrial, eventThreat, tailTrial, tailCategoryLoss } = to;
  for (let e = 0; e < chunk.count; e += 1) {
    const local = chunk.local[e] ?? 0;
    eventLoss[events] = chunk.loss[e] ?? 0;
    eventTrial[events] = start + local;
    eventThreat[events] = chunk.threat[e] ?? 0;
    events += 1;
    if (tailFrom > 0 && !((annual[local] ?? 0) >= tailFrom)) continue;
    tailTrial[tail] = start + local;
    for (let c = 0; c < CATEGORY_COUNT; c += 1) tailCategoryLoss[tail * CATEGORY_COUNT + c] = chunk.categories[e * CATEGORY_COUNT + c] ?? 0;
    tail += 1;
  }
  return { events, tail };
}

/** A simulated batch's events (and the categories kept of some), in this thread's memory, reused once placed. */
class BatchStore implements SimulatedBatch {
  batch = 0;
  events = 0;
  eventLoss: Float64Array;
  eventTrial: Int32Array;
  eventThreat: Uint8Array;
  tail = 0;
  tailTrial: Int32Array;
  tailCategoryLoss: Float64Array;
  tailFrom = 0;

  /**
   * @param capacity events it has room for at first: a batch's share of the run's room, so that it
   *   rarely grows (growing copies it into fresh memory); memory is taken only as it is written.
   */
  constructor(capacity: number) {
    this.eventLoss = new Float64Array(capacity);
    this.eventTrial = new Int32Array(capacity);
    this.eventThreat = new Uint8Array(capacity);
    this.tailTrial = new Int32Array(capacity);
    this.tailCategoryLoss = new Float64Array(capacity * CATEGORY_COUNT);
  }

  reset(batch: number): void {
    this.batch = batch;
    this.events = 0;
    this.tail = 0;
    this.tailFrom = 0;
  }

  /** Appends the chunk's events (years numbered from `start`), and the categories of those whose year's loss reaches `tailFrom` (all when 0). */
  addChunk(chunk: ChunkEvents, start: number, annual: Float64Array, tailFrom: number): void {
    this.reserve(this.events + chunk.count);
    const next = appendChunk(this, this.events, this.tail, chunk, start, annual, tailFrom);
    this.events = next.events;
    this.tail = next.tail;
    this.tailFrom = Math.max(this.tailFrom, tailFrom);
  }

  /** Room for `events` events and as many kept categories. */
  reserve(events: number): void {
    if (events <= this.eventLoss.length) return;
    const capacity = Math.max(events, this.eventLoss.length * 2);
    this.eventLoss = grown(this.eventLoss, new Float64Array(capacity));
    this.eventTrial = grown(this.eventTrial, new Int32Array(capacity));
    this.eventThreat = grown(this.eventThreat, new Uint8Array(capacity));
    this.tailTrial = grown(this.tailTrial, new Int32Array(capacity));
    this.tailCategoryLoss = grown(this.tailCategoryLoss, new Float64Array(capacity * CATEGORY_COUNT));
  }

  /** Takes over what a batch wrote into the run's arrays between `from` and `to`. */
  takeFrom(buffers: RunBuffers, from: Readonly<{ events: number; tail: number }>, to: Readonly<{ events: number; tail: number }>, tailFrom: number): void {
    const events = to.events - from.events;
    const tail = to.tail - from.tail;
    this.reserve(events);
    this.eventLoss.set(buffers.eventLoss.subarray(from.events, to.events));
    this.eventTrial.set(buffers.eventTrial.subarray(from.events, to.events));
    this.eventThreat.set(buffers.eventThreat.subarray(from.events, to.events));
    this.tailTrial.set(buffers.tailTrial.subarray(from.tail, to.tail));
    this.tailCategoryLoss.set(buffers.tailCategoryLoss.subarray(from.tail * CATEGORY_COUNT, to.tail * CATEGORY_COUNT));
    this.events = events;
    this.tail = tail;
    this.tailFrom = tailFrom;
  }

  /** A copy of exactly what it holds, to hand back. */
  handBack(): BatchOverflow {
    return {
      batch: this.batch,
      eventLoss: this.eventLoss.slice(0, this.events),
      eventTrial: this.eventTrial.slice(0, this.events),
      eventThreat: this.eventThreat.slice(0, this.events),
      tailTrial: this.tailTrial.slice(0, this.tail),
      tailCategoryLoss: this.tailCategoryLoss.slice(0, this.tail * CATEGORY_COUNT),
      tailFrom: this.tailFrom,
    };
  }
}

/** Simulates batches of chunks into a run's buffers, in one thread. */
export class Lane {
  private readonly seed: number;
  private readonly columns = new Columns();
  private readonly rates = new Float64Array(CHUNK_TRIALS);
  private readonly counts = new Int32Array(CHUNK_TRIALS);
  private eventTrial = new Int32Array(1024);
  private readonly draws: EventDraws;
  private readonly lines = new Float64Array(LINE_COUNT);
  private readonly categories = new Float64Array(CATEGORY_COUNT);
  private readonly impact = new Float64Array(IMPACT_COUNT);
  private readonly customByCategory = new Float64Array(CATEGORY_COUNT);
  private lastPayUniform = 1;
  private lastPayProbability = 0;
  /** The chunk's annual losses, loss to the tower, sums and events, copied out when it is done. */
  private readonly annual = new Float64Array(CHUNK_TRIALS);
  private readonly tower = new Float64Array(CHUNK_TRIALS);
  private readonly sumsAt: SumsLayout;
  private readonly sums: Float64Array;
  private readonly events = new ChunkEvents();
  private readonly ledger: InsuranceLedger | null;
  private readonly effects: ChunkEffects | null;
  private readonly tailBound: TailBound;
  /** Batches simulated and not yet placed, and stores to reuse. */
  private readonly pending: BatchStore[] = [];
  private readonly spare: BatchStore[] = [];

  constructor(
    private readonly plan: ModelPlan,
    private readonly layout: RunLayout,
    private readonly buffers: RunBuffers,
  ) {
    this.seed = layout.seed;
    const maxCustom = Math.max(0, ...plan.threats.map((threat) => threat.customLosses.length));
    this.draws = newEventDraws(maxCustom);
    this.sumsAt = sumsLayout(plan.threats.length);
    this.sums = new Float64Array(this.sumsAt.width);
    this.ledger = plan.insurance ? createInsuranceLedger(plan.insurance, CHUNK_TRIALS) : null;
    this.effects =
      plan.controls.length > 0 ? new ChunkEffects(plan.controls, plan.threats.map((threat) => THREAT_KINDS.indexOf(threat.kind)), CHUNK_TRIALS) : null;
    this.tailBound = new TailBound(buffers.tailHistogram, tailYears(layout.trials), !layout.allCategories);
  }

  /**
   * Claims batches until none are left, simulates each and places it once every earlier batch is
   * in place; returns the batches it could not place, for finishRun. `afterChunk` is called after
   * each chunk with the years that chunk simulated.
   */
  run(afterChunk?: (years: number) => void): BatchOverflow[] {
    for (;;) {
      const batch = Atomics.add(this.buffers.claim, 0, 1);
      if (batch >= this.layout.batches) break;
      this.simulateBatch(batch, afterChunk);
      this.placePending();
    }
    return this.handBackPending();
  }

  /**
   * Simulates one batch afresh (so that a batch a failed thread left undone can be simulated
   * again) and places it if every earlier batch is in place; otherwise hands it back.
   */
  runBatch(batch: number, afterChunk?: (years: number) => void): BatchOverflow | null {
    this.simulateBatch(batch, afterChunk);
    this.placePending();
    return this.handBackPending()[0] ?? null;
  }

  /**
   * Simulates a batch. When every earlier batch is in place, no other thread can place anything
   * before this one: its events go straight into the run's arrays, and it is placed when done.
   * Otherwise (or if the run's arrays run out of room) they go into a store of this thread's, pending.
   */
  private simulateBatch(batch: number, afterChunk?: (years: number) => void): void {
    const buffers = this.buffers;
    const first = batch * this.layout.batchChunks;
    const end = Math.min(this.layout.chunks, first + this.layout.batchChunks);
    let store: BatchStore | null = null;
    let direct = nextToPlace(buffers) === batch;
    if (direct && !this.layout.allCategories) filterPlacedTail(buffers, this.tailBound.loss);
    const begun = placedCounts(buffers);
    let placed = begun;
    let tailFrom = 0;
    for (let chunk = first; chunk < end; chunk += 1) {
      this.runChunk(chunk);
      const start = chunk * CHUNK_TRIALS;
      const bound = this.layout.allCategories ? 0 : this.tailBound.loss;
      if (direct && placed.events + this.events.count > buffers.eventLoss.length) {
        // No room left in the run's arrays: what this batch wrote there moves to a store of its own.
        store = this.storeFor(batch);
        store.takeFrom(buffers, begun, placed, tailFrom);
        setPlacedCounts(buffers, begun.events, begun.tail);
        direct = false;
      }
      if (direct) {
        placed = appendChunk(buffers, placed.events, placed.tail, this.events, start, this.annual, bound);
        setPlacedCounts(buffers, placed.events, placed.tail);
        tailFrom = Math.max(tailFrom, bound);
      } else {
        store ??= this.storeFor(batch);
        store.addChunk(this.events, start, this.annual, bound);
      }
      afterChunk?.(Math.min(CHUNK_TRIALS, this.layout.trials - start));
    }
    if (store) this.pending.push(store);
    else endDirectBatch(buffers, batch, placed.events - begun.events, tailFrom);
  }

  private storeFor(batch: number): BatchStore {
    const store = this.spare.pop() ?? new BatchStore(Math.max(1024, Math.ceil(this.layout.capacity / this.layout.batches)));
    store.reset(batch);
    return store;
  }

  /** Places this thread's batches that are next in line, if no other thread is placing. */
  private placePending(): void {
    const buffers = this.buffers;
    if (this.pending.length === 0 || !tryLockPlacement(buffers)) return;
    try {
      for (;;) {
        const next = nextToPlace(buffers);
        const at = this.pending.findIndex((store) => store.batch === next);
        const store = this.pending[at];
        if (!store || !placeBatch(buffers, store, this.layout.allCategories ? 0 : this.tailBound.loss)) return;
        this.pending.splice(at, 1);
        this.spare.push(store);
      }
    } finally {
      unlockPlacement(buffers);
    }
  }

  /** The batches left unplaced, copied out and marked simulated. */
  private handBackPending(): BatchOverflow[] {
    const overflows = this.pending.map((store) => store.handBack());
    for (const store of this.pending) {
      this.buffers.batchEvents[store.batch] = store.events;
      this.spare.push(store);
    }
    this.pending.length = 0;
    return overflows;
  }

  private column(sampler: Sampler, chunk: number, threat: number, stream: number, count: number): Float64Array {
    const out = this.columns.get(stream, count);
    sampler.sample(new Rng(this.seed, chunk, threat, stream), out, count);
    return out;
  }

  private optionalColumn(sampler: Sampler | null | undefined, chunk: number, threat: number, stream: number, count: number): Float64Array | null {
    return sampler ? this.column(sampler, chunk, threat, stream, count) : null;
  }

  private uniforms(chunk: number, threat: number, stream: number, count: number): Float64Array {
    const out = this.columns.get(stream, count);
    const rng = new Rng(this.seed, chunk, threat, stream);
    for (let i = 0; i < count; i += 1) out[i] = rng.nextDouble();
    return out;
  }

  private drawColumns(threat: ThreatPlan, t: number, chunk: number, count: number): ThreatColumns {
    const plan = this.plan;
    const response = plan.response;
    const exposes = threat.exposure.some((sampler) => sampler !== null);
    const d = threat.disruption;
    return {
      shares: threat.exposure.map((sampler, k) => this.optionalColumn(sampler, chunk, t, STREAM.exposureBase + k, count)),
      outageDays: this.optionalColumn(d?.outageDays, chunk, t, STREAM.outageDays, count),
      operationsLost: this.optionalColumn(d?.operationsLost, chunk, t, STREAM.operationsLost, count),
      rampUpDays: this.optionalColumn(d?.rampUpDays, chunk, t, STREAM.rampUpDays, count),
      extraCostPerDay: this.optionalColumn(d?.extraCostPerDay, chunk, t, STREAM.extraCostPerDay, count),
      investigation: this.optionalColumn(threat.investigation, chunk, t, STREAM.investigation, count),
      itRecovery: this.optionalColumn(threat.itRecovery, chunk, t, STREAM.itRecovery, count),
      ransomDemand: this.optionalColumn(threat.ransom?.demand, chunk, t, STREAM.ransomDemand, count),
      ransomPaymentProbability: this.optionalColumn(threat.ransom?.paymentProbability, chunk, t, STREAM.ransomPaymentProbability, count),
      ransomPaymentUniform: threat.ransom ? this.uniforms(chunk, t, STREAM.ransomPaymentUniform, count) : null,
      notificationCostPerPerson: this.column(response.notificationCostPerPerson, chunk, t, STREAM.notificationCostPerPerson, exposes ? count : 0),
      regulatorNotificationCost: this.column(response.regulatorNotificationCost, chunk, t, STREAM.regulatorNotificationCost, exposes ? count : 0),
      monitoringUptake: this.column(response.monitoringUptake, chunk, t, STREAM.monitoringUptake, exposes ? count : 0),
      monitoringCostPerPerson: this.column(response.monitoringCostPerPerson, chunk, t, STREAM.monitoringCostPerPerson, exposes ? count : 0),
      lawsuitProbability: this.column(response.lawsuitProbability, chunk, t, STREAM.lawsuitProbability, exposes ? count : 0),
      lawsuitUniform: this.uniforms(chunk, t, STREAM.lawsuitUniform, exposes ? count : 0),
      legalDefenceCost: this.column(response.legalDefenceCost, chunk, t, STREAM.legalDefenceCost, exposes ? count : 0),
      settlementPerPerson: this.column(response.settlementPerPerson, chunk, t, STREAM.settlementPerPerson, exposes ? count : 0),
      cardAssessmentPerCard: this.column(response.cardAssessmentPerCard, chunk, t, STREAM.cardAssessmentPerCard, exposes ? count : 0),
      fineProbability: exposes ? this.optionalColumn(plan.fines?.probability, chunk, t, STREAM.fineProbability, count) : null,
      fineUniform: exposes && plan.fines ? this.uniforms(chunk, t, STREAM.fineUniform, count) : null,
      fineAmount: exposes ? this.optionalColumn(plan.fines?.amount, chunk, t, STREAM.fineAmount, count) : null,
      abnormalChurn: this.optionalColumn(plan.churn?.abnormalChurn, chunk, t, STREAM.abnormalChurn, count),
      lifetimeValue: this.optionalColumn(plan.churn?.lifetimeValue, chunk, t, STREAM.lifetimeValue, count),
      custom: threat.customLosses.map((loss, c) => this.column(loss.perEvent, chunk, t, STREAM.customLossBase + c, count)),
    };
  }

  /** Applies the year's control multipliers to the event just loaded. */
  private applyEffects(effects: ChunkEffects, local: number): void {
    const draws = this.draws;
    const at = (target: number): number => valueAt(effects.scalar[target], local, 1);
    const exposed = at(SCALAR_INDEX.recordsExposed);
    if (exposed !== 1) for (let k = 0; k < draws.shares.length; k += 1) draws.shares[k] = (draws.shares[k] ?? 0) * exposed;
    const perRecord = at(SCALAR_INDEX.costPerRecord);
    draws.notificationCostPerPerson *= perRecord;
    draws.monitoringCostPerPerson *= perRecord;
    draws.settlementPerPerson *= perRecord;
    draws.cardAssessmentPerCard *= perRecord;
    draws.outageDays *= at(SCALAR_INDEX.outageDays);
    draws.investigation *= at(SCALAR_INDEX.detectionAndContainment);
    const pay = at(SCALAR_INDEX.ransomPayment);
    if (pay !== 1 && draws.ransomPaid === 1) {
      // Paid only if the same uniform also falls under the lowered chance: a subset of the payers.
      draws.ransomPaid = this.lastPayUniform < this.lastPayProbability * pay ? 1 : 0;
    }
  }

  private loadDraws(columns: ThreatColumns, e: number): void {
    const draws = this.draws;
    for (let k = 0; k < RECORD_TYPES.length; k += 1) draws.shares[k] = valueAt(columns.shares[k], e, 0);
    draws.outageDays = valueAt(columns.outageDays, e, 0);
    draws.operationsLost = valueAt(columns.operationsLost, e, 0);
    draws.rampUpDays = valueAt(columns.rampUpDays, e, 0);
    draws.extraCostPerDay = valueAt(columns.extraCostPerDay, e, 0);
    draws.investigation = valueAt(columns.investigation, e, 0);
    draws.itRecovery = valueAt(columns.itRecovery, e, 0);
    draws.ransomDemand = valueAt(columns.ransomDemand, e, 0);
    const payU = valueAt(columns.ransomPaymentUniform, e, 1);
    const payProbability = valueAt(columns.ransomPaymentProbability, e, 0);
    this.lastPayUniform = payU;
    this.lastPayProbability = payProbability;
    draws.ransomPaid = payU < payProbability ? 1 : 0;
    draws.notificationCostPerPerson = columns.notificationCostPerPerson[e] ?? 0;
    draws.regulatorNotificationCost = columns.regulatorNotificationCost[e] ?? 0;
    draws.monitoringUptake = columns.monitoringUptake[e] ?? 0;
    draws.monitoringCostPerPerson = columns.monitoringCostPerPerson[e] ?? 0;
    draws.sued = (columns.lawsuitUniform[e] ?? 1) < (columns.lawsuitProbability[e] ?? 0) ? 1 : 0;
    draws.legalDefenceCost = columns.legalDefenceCost[e] ?? 0;
    draws.settlementPerPerson = columns.settlementPerPerson[e] ?? 0;
    draws.cardAssessmentPerCard = columns.cardAssessmentPerCard[e] ?? 0;
    draws.fined = valueAt(columns.fineUniform, e, 1) < valueAt(columns.fineProbability, e, 0) ? 1 : 0;
    draws.fineAmount = valueAt(columns.fineAmount, e, 0);
    draws.abnormalChurn = valueAt(columns.abnormalChurn, e, 0);
    draws.lifetimeValue = valueAt(columns.lifetimeValue, e, 0);
    for (let c = 0; c < columns.custom.length; c += 1) draws.custom[c] = valueAt(columns.custom[c], e, 0);
  }

  /** Simulates one chunk into this.annual and this.events, and copies its years and sums out. */
  private runChunk(chunk: number): void {
    const threatCount = this.plan.threats.length;
    const start = chunk * CHUNK_TRIALS;
    const size = Math.min(CHUNK_TRIALS, this.layout.trials - start);
    const annual = this.annual;
    const sums = this.sums;
    const at = this.sumsAt;
    const ledger = this.ledger;
    annual.fill(0, 0, size);
    sums.fill(0);
    this.events.count = 0;
    ledger?.beginChunk();
    this.effects?.begin(this.seed, chunk, size);
    for (let t = 0; t < threatCount; t += 1) this.runThreat(t, chunk, size);
    const buffers = this.buffers;
    if (ledger) {
      this.tower.fill(0, 0, size);
      ledger.endChunk(this.tower);
      buffers.towerLoss.set(this.tower.subarray(0, size), start);
      sums.set(ledger.withheld, at.withheld);
    }
    buffers.annualLoss.set(annual.subarray(0, size), start);
    buffers.chunkSums.set(sums, chunk * at.width);
    this.tailBound.add(annual, size);
  }

  /**
   * Draws threat `t`'s events in the chunk's `size` years and adds them up. Kept apart from
   * runChunk (and the events' loop and the counting apart from this) so that V8 compiles each hot
   * loop on its own: as one function, compiled while the first threats had run, it was compiled
   * again and again as later threats' paths ran, a thread's warm-up spent waiting for the compiler
   * (docs/performance.md, "What changed").
   */
  private runThreat(t: number, chunk: number, size: number): void {
    const threat = this.plan.threats[t] as ThreatPlan;
    threat.frequency.sample(new Rng(this.seed, chunk, t, STREAM.frequency), this.rates, size);
    const newEvents = this.countEvents(threat, new Rng(this.seed, chunk, t, STREAM.eventCount), size);
    if (newEvents === 0) return;
    if (this.eventTrial.length < newEvents) this.eventTrial = new Int32Array(Math.max(newEvents, this.eventTrial.length * 2));
    let e = 0;
    for (let i = 0; i < size; i += 1) {
      for (let k = this.counts[i] ?? 0; k > 0; k -= 1) this.eventTrial[e++] = i;
    }
    this.events.reserve(newEvents);
    const columns = this.drawColumns(threat, t, chunk, newEvents);
    // Controls that make a threat rarer thin its events: each is kept with the year's chance,
    // decided by its own uniform, so a stronger control only ever removes events.
    const keep = this.effects?.keep[t] ?? null;
    const thinning = keep ? this.uniforms(chunk, t, STREAM.controlThinning, newEvents) : null;
    const kept = this.addEvents(threat, t, columns, newEvents, keep, thinning);
    const at = this.sumsAt;
    this.sums[at.threatEvents + t] = (this.sums[at.threatEvents + t] ?? 0) + kept;
  }

  /** Each year's number of events of `threat` into this.counts, from the rates drawn; returns their sum. */
  private countEvents(threat: ThreatPlan, countRng: Rng, size: number): number {
    const exact = threat.exactEvents;
    let events = 0;
    for (let i = 0; i < size; i += 1) {
      const k = exact ?? samplePoisson(countRng, this.rates[i] ?? 0);
      this.counts[i] = k;
      events += k;
    }
    return events;
  }

  /** Costs threat `t`'s `count` events (those the controls keep) and adds them to the chunk; returns how many were kept. */
  private addEvents(threat: ThreatPlan, t: number, columns: ThreatColumns, count: number, keep: Float64Array | null, thinning: Float64Array | null): number {
    const plan = this.plan;
    const annual = this.annual;
    const sums = this.sums;
    const at = this.sumsAt;
    const events = this.events;
    const ledger = this.ledger;
    const effects = this.effects;
    let kept = 0;
    let lastHit = -1;
    for (let ev = 0; ev < count; ev += 1) {
      const local = this.eventTrial[ev] ?? 0;
      if (keep && thinning && (thinning[ev] ?? 0) >= (keep[local] ?? 1)) continue;
      kept += 1;
      if (local !== lastHit) {
        sums[at.threatTrialsHit + t] = (sums[at.threatTrialsHit + t] ?? 0) + 1;
        lastHit = local;
      }
      this.loadDraws(columns, ev);
      if (effects) this.applyEffects(effects, local);
      const total = eventCost(plan, threat, this.draws, this.lines, this.categories, this.impact, this.customByCategory);
      ledger?.addEvent(local, this.lines, this.customByCategory, this.impact);
      annual[local] = (annual[local] ?? 0) + total;
      for (let c = 0; c < CATEGORY_COUNT; c += 1) sums[at.category + c] = (sums[at.category + c] ?? 0) + (this.categories[c] ?? 0);
      for (let l = 0; l < LINE_COUNT; l += 1) sums[at.line + l] = (sums[at.line + l] ?? 0) + (this.lines[l] ?? 0);
      for (let m = 0; m < IMPACT_COUNT; m += 1) sums[at.impact + m] = (sums[at.impact + m] ?? 0) + (this.impact[m] ?? 0);
      sums[at.threatLoss + t] = (sums[at.threatLoss + t] ?? 0) + total;
      const stored = events.count;
      events.loss[stored] = total;
      events.local[stored] = local;
      events.threat[stored] = t;
      const categories = events.categories;
      for (let c = 0; c < CATEGORY_COUNT; c += 1) categories[stored * CATEGORY_COUNT + c] = this.categories[c] ?? 0;
      events.count = stored + 1;
    }
    return kept;
  }
}

/** Simulates a plan in this thread. */
export function simulate(plan: ModelPlan, options: SimulateOptions): SimulationRun {
  const { trials } = options;
  const layout = runLayout(plan, trials, options.seed, 1, (options.eventCategories ?? 'all') === 'all');
  const buffers = options.memory ? options.memory.lend(layout) : allocateRunBuffers(layout);
  let done = 0;
  const overflows = new Lane(plan, layout, buffers).run((years) => {
    done += years;
    options.onProgress?.(done / trials);
    if (options.shouldCancel?.()) throw new SimulationCancelled();
  });
  return finishRun(layout, buffers, overflows);
}
