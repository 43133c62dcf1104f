/**
 * The memory a simulation writes into, laid out so that several threads can fill it at once
 * (backed by SharedArrayBuffer then) and the result is the same whoever simulates which part.
 *
 * Years run in chunks (CHUNK_TRIALS years, each chunk with its own random streams) and chunks in
 * batches. A thread claims the next batch and simulates its chunks in order, writing each year's
 * annual loss (and loss to the insurance tower) in place, and each chunk's sums per category, cost
 * line, impact measure, threat and insurance reason in the chunk's row, every chunk's starting from
 * zero. A batch's events are gathered in the thread's own memory; once every earlier batch is in
 * place, the thread places them right after those (`placeBatch`), so the events sit in batch order
 * and memory is written once, as far as they reach. A thread left with batches it could not place
 * (an earlier one was still being simulated elsewhere) hands them back, and `finishRun` places
 * them. It then adds the chunks' sums up in chunk order: the same additions in the same order
 * however the work was split.
 *
 * Of the events' costs per category only those of years that can still be among the worst 10%
 * are kept (tailBound.ts): a batch's are filtered as it is placed, and those already placed are
 * filtered again in place when the bound has risen, so that memory is written again rather than
 * taken afresh.
 */
import type { ModelPlan } from '../model/plan';
import { WITHHELD_REASONS } from '../insurance/ledger';
import { CATEGORY_COUNT, IMPACT_COUNT, LINE_COUNT } from './eventCost';
import { CHUNK_TRIALS } from './streams';
import { TAIL_BUCKETS, finalTailBound } from './tailBound';
import type { SimulationRun } from './run';

/** Most chunks in a batch: 65,536 years. */
export const MAX_BATCH_CHUNKS = 8;

export type RunLayout = Readonly<{
  trials: number;
  seed: number;
  chunks: number;
  batchChunks: number;
  batches: number;
  /** Events the run's arrays have room for (more go into fresh arrays at the end). */
  capacity: number;
  threats: number;
  insured: boolean;
  /** Keep every event's categories, not only those of the years that can be among the worst 10%. */
  allCategories: boolean;
}>;

/** Where each sum sits in a chunk's row of `chunkSums`. */
export type SumsLayout = Readonly<{
  category: number;
  line: number;
  impact: number;
  threatLoss: number;
  threatEvents: number;
  threatTrialsHit: number;
  withheld: number;
  width: number;
}>;

export function sumsLayout(threats: number): SumsLayout {
  const line = CATEGORY_COUNT;
  const impact = line + LINE_COUNT;
  const threatLoss = impact + IMPACT_COUNT;
  const threatEvents = threatLoss + threats;
  const threatTrialsHit = threatEvents + threats;
  const withheld = threatTrialsHit + threats;
  return { category: 0, line, impact, threatLoss, threatEvents, threatTrialsHit, withheld, width: withheld + WITHHELD_REASONS.length };
}

/** Mean events a year over all threats (controls only ever remove events). */
export function expectedEventsPerYear(plan: ModelPlan): number {
  return plan.threats.reduce((sum, threat) => sum + (threat.exactEvents ?? threat.frequency.mean), 0);
}

/**
 * The layout of a run of `trials` years for `lanes` threads: batches small enough that each thread
 * gets several (so a thread slowed by other work on the machine costs little), at most
 * MAX_BATCH_CHUNKS chunks; room for a tenth more events than expected, and a margin.
 */
export function runLayout(plan: ModelPlan, trials: number, seed: number, lanes: number, allCategories = false): RunLayout {
  const chunks = Math.ceil(trials / CHUNK_TRIALS);
  const batchChunks = Math.max(1, Math.min(MAX_BATCH_CHUNKS, Math.ceil(chunks / (4 * Math.max(1, lanes)))));
  const expected = expectedEventsPerYear(plan) * trials;
  return {
    trials,
    seed,
    chunks,
    batchChunks,
    batches: Math.ceil(chunks / batchChunks),
    capacity: Math.ceil(expected * 1.1 + 10 * Math.sqrt(expected) + 1024),
    threats: plan.threats.length,
    insured: plan.insurance !== null,
    allCategories,
  };
}

/** Slots of `RunBuffers.placement`. */
const LOCK = 0;
const PLACED = 1;
const EVENTS = 2;
const TAIL = 3;
/** Kept categories after the last filtering in place. */
const TAIL_FILTERED = 4;
/** Slots of `RunBuffers.tailFrom`: the highest bound any category was dropped by, and the bound of the last filtering in place. */
const KEPT_FROM = 0;
const FILTERED_FROM = 1;

export type RunBuffers = Readonly<{
  annualLoss: Float64Array;
  /** Loss to the insurance tower per year; empty when the plan has no insurance. */
  towerLoss: Float64Array;
  /** Per event, in batch order, from the start. */
  eventLoss: Float64Array;
  eventTrial: Int32Array;
  eventThreat: Uint8Array;
  /** The events whose categories are kept, in batch order, from the start. */
  tailTrial: Int32Array;
  tailCategoryLoss: Float64Array;
  /** A row of sums (SumsLayout) per chunk. */
  chunkSums: Float64Array;
  /** Per batch: its events, once simulated and placed or handed back; -1 before. */
  batchEvents: Int32Array;
  /** [0]: the next batch to claim. */
  claim: Int32Array;
  /** A lock, the batches placed, events and kept categories placed, and kept categories after the last filtering. */
  placement: Int32Array;
  /** [0]: every year whose loss is at least this has its events' categories kept; [1]: the bound they were last filtered by in place. */
  tailFrom: Float64Array;
  /** The tail bound's histogram (tailBound.ts), shared by every thread of the run. */
  tailHistogram: Int32Array;
}>;

/** A simulated batch that its thread could not place, handed back for finishRun to place. */
export type BatchOverflow = Readonly<{
  batch: number;
  eventLoss: Float64Array;
  eventTrial: Int32Array;
  eventThreat: Uint8Array;
  tailTrial: Int32Array;
  tailCategoryLoss: Float64Array;
  /** Its kept categories are those of the years whose loss reached this. */
  tailFrom: number;
}>;

/** A fresh buffer of `bytes` zero bytes: an ArrayBuffer, or a SharedArrayBuffer to share with other threads. */
export type Allocate = (bytes: number) => ArrayBuffer | SharedArrayBuffer;

export const allocateLocal: Allocate = (bytes) => new ArrayBuffer(bytes);

/**
 * The run's buffers, zeroed. The event arrays are only reserved: memory is taken as it is first
 * written, so their unused room costs address space, not memory.
 */
export function allocateRunBuffers(layout: RunLayout, allocate: Allocate = allocateLocal): RunBuffers {
  const events = layout.capacity;
  const batchEvents = new Int32Array(allocate(4 * layout.batches));
  batchEvents.fill(-1);
  return {
    annualLoss: new Float64Array(allocate(8 * layout.trials)),
    towerLoss: new Float64Array(allocate(layout.insured ? 8 * layout.trials : 0)),
    eventLoss: new Float64Array(allocate(8 * events)),
    eventTrial: new Int32Array(allocate(4 * events)),
    eventThreat: new Uint8Array(allocate(events)),
    tailTrial: new Int32Array(allocate(4 * events)),
    tailCategoryLoss: new Float64Array(allocate(8 * CATEGORY_COUNT * events)),
    chunkSums: new Float64Array(allocate(8 * layout.chunks * sumsLayout(layout.threats).width)),
    batchEvents,
    claim: new Int32Array(allocate(4)),
    placement: new Int32Array(allocate(4 * 5)),
    tailFrom: new Float64Array(allocate(8 * 2)),
    tailHistogram: new Int32Array(allocate(4 * TAIL_BUCKETS)),
  };
}

/** Whether `buffers` (from an earlier run) have the room a run of `layout` needs. */
function roomFor(buffers: RunBuffers, layout: RunLayout): boolean {
  const events = layout.capacity;
  const bytes = (view: ArrayBufferView): number => view.buffer.byteLength;
  return (
    bytes(buffers.annualLoss) >= 8 * layout.trials &&
    bytes(buffers.towerLoss) >= (layout.insured ? 8 * layout.trials : 0) &&
    bytes(buffers.eventLoss) >= 8 * events &&
    bytes(buffers.eventTrial) >= 4 * events &&
    bytes(buffers.eventThreat) >= events &&
    bytes(buffers.tailTrial) >= 4 * events &&
    bytes(buffers.tailCategoryLoss) >= 8 * CATEGORY_COUNT * events &&
    bytes(buffers.chunkSums) >= 8 * layout.chunks * sumsLayout(layout.threats).width &&
    bytes(buffers.batchEvents) >= 4 * layout.batches
  );
}

/**
 * An earlier run's memory as the buffers of a run of `layout`, exactly as allocateRunBuffers lays
 * them out (same lengths), reset where a run relies on a fresh start: the batch, claim and
 * placement slots and the tail histogram. The rest is written before it is read: every year's
 * losses and every chunk's sums are set chunk by chunk, and events are read only up to the count
 * placed.
 */
function reuseRunBuffers(old: RunBuffers, layout: RunLayout): RunBuffers {
  const events = layout.capacity;
  const batchEvents = new Int32Array(old.batchEvents.buffer, 0, layout.batches);
  batchEvents.fill(-1);
  old.claim.fill(0);
  old.placement.fill(0);
  old.tailFrom.fill(0);
  old.tailHistogram.fill(0);
  return {
    annualLoss: new Float64Array(old.annualLoss.buffer, 0, layout.trials),
    towerLoss: new Float64Array(old.towerLoss.buffer, 0, layout.insured ? layout.trials : 0),
    eventLoss: new Float64Array(old.eventLoss.buffer, 0, events),
    eventTrial: new Int32Array(old.eventTrial.buffer, 0, events),
    eventThreat: new Uint8Array(old.eventThreat.buffer, 0, events),
    tailTrial: new Int32Array(old.tailTrial.buffer, 0, events),
    tailCategoryLoss: new Float64Array(old.tailCategoryLoss.buffer, 0, CATEGORY_COUNT * events),
    chunkSums: new Float64Array(old.chunkSums.buffer, 0, layout.chunks * sumsLayout(layout.threats).width),
    batchEvents,
    claim: old.claim,
    placement: old.placement,
    tailFrom: old.tailFrom,
    tailHistogram: old.tailHistogram,
  };
}

/** Runs up to this size keep their memory for the next run (about 1.5 million years of the hospital with its tower). */
export const KEEP_RUN_BYTES = 64e6;

/** Lent buffers remembered for reclaiming; older ones (of runs that failed, never reclaimed) are forgotten. */
const MAX_LENT = 4;

/**
 * Memory handed from one run to the next, for callers that simulate again and again (the app's
 * worker after every edit, the benchmark). Taking fresh memory is dear: on the machine the
 * benchmark runs on, the first write to each fresh 4 KiB page costs about 18 us, some 0.1 s for a
 * million simulated years. A run `lend`s its buffers from here and, once nothing reads them any
 * more (the summaries are made, no result holds an array of them), the caller `reclaim`s that
 * run's memory for the next one. While lent, memory is not offered again, so runs that overlap
 * (a run inside a run, or two awaiting their helper threads) each get their own.
 */
export class RunMemory {
  private kept: RunBuffers | null = null;
  private readonly lent: RunBuffers[] = [];

  constructor(
    private readonly allocate: Allocate = allocateLocal,
    private readonly keepBytes: number = KEEP_RUN_BYTES,
  ) {}

  /** Buffers for a run of `layout`: the kept ones, reset, when they have the room; otherwise fresh. */
  lend(layout: RunLayout): RunBuffers {
    const kept = this.kept;
    this.kept = null;
    const buffers = kept && roomFor(kept, layout) ? reuseRunBuffers(kept, layout) : allocateRunBuffers(layout, this.allocate);
    this.lent.push(buffers);
    if (this.lent.length > MAX_LENT) this.lent.shift();
    return buffers;
  }

  /**
   * Takes back the memory of the run whose annual losses are `annualLoss` (a run's arrays are views
   * of the buffers lent to it), to offer to the next run, unless it is larger than what is kept.
   */
  reclaim(annualLoss: Float64Array): void {
    const at = this.lent.findIndex((buffers) => buffers.annualLoss.buffer === annualLoss.buffer);
    if (at < 0) return;
    const [buffers] = this.lent.splice(at, 1);
    if (!buffers) return;
    const views: ArrayBufferView[] = [buffers.annualLoss, buffers.towerLoss, buffers.eventLoss, buffers.eventTrial, buffers.eventThreat, buffers.tailTrial, buffers.tailCategoryLoss, buffers.chunkSums];
    const bytes = views.reduce((sum, view) => sum + view.buffer.byteLength, 0);
    if (bytes <= this.keepBytes) this.kept = buffers;
  }
}

/** The batches no thread simulated (a thread that stopped mid-run leaves its batches here). */
export function unfinishedBatches(layout: RunLayout, buffers: RunBuffers): number[] {
  const left: number[] = [];
  for (let b = 0; b < layout.batches; b += 1) if ((buffers.batchEvents[b] ?? -1) < 0) left.push(b);
  return left;
}

/** A simulated batch's events, and the categories kept of some of them, in the thread's own memory. */
export type SimulatedBatch = Readonly<{
  batch: number;
  events: number;
  eventLoss: Float64Array;
  eventTrial: Int32Array;
  eventThreat: Uint8Array;
  tail: number;
  tailTrial: Int32Array;
  tailCategoryLoss: Float64Array;
  tailFrom: number;
}>;

/** Takes the placement lock if it is free; never waits. */
export function tryLockPlacement(buffers: RunBuffers): boolean {
  return Atomics.compareExchange(buffers.placement, LOCK, 0, 1) === 0;
}

export function unlockPlacement(buffers: RunBuffers): void {
  Atomics.store(buffers.placement, LOCK, 0);
}

/** The batch to place next: every batch before it is in place. */
export function nextToPlace(buffers: RunBuffers): number {
  return Atomics.load(buffers.placement, PLACED);
}

/**
 * Copies the kept categories `from[0..count)` (with their years) to `to` from `at`, keeping only
 * those of years whose loss reaches `bound` (0 keeps all); returns where the next one goes. The
 * arrays may be the same, with `at` not after the start: it then filters in place.
 */
function keepTail(
  annualLoss: Float64Array,
  bound: number,
  fromTrial: Int32Array,
  fromCategories: Float64Array,
  count: number,
  toTrial: Int32Array,
  toCategories: Float64Array,
  at: number,
): number {
  let kept = at;
  for (let i = 0; i < count; i += 1) {
    const trial = fromTrial[i] ?? 0;
    if (bound > 0 && !((annualLoss[trial] ?? 0) >= bound)) continue;
    toTrial[kept] = trial;
    for (let c = 0; c < CATEGORY_COUNT; c += 1) toCategories[kept * CATEGORY_COUNT + c] = fromCategories[i * CATEGORY_COUNT + c] ?? 0;
    kept += 1;
  }
  return kept;
}

/**
 * Keeps only the placed categories of years whose loss reaches `bound`, moved down in place,
 * once the bound has risen since they were last filtered and they have grown by a quarter since.
 * Only the thread placing the next batch may call it.
 */
export function filterPlacedTail(buffers: RunBuffers, bound: number): void {
  const placement = buffers.placement;
  const count = placement[TAIL] ?? 0;
  if (!(bound > (buffers.tailFrom[FILTERED_FROM] ?? 0)) || count < (placement[TAIL_FILTERED] ?? 0) * 1.25 + 4096) return;
  const kept = keepTail(buffers.annualLoss, bound, buffers.tailTrial, buffers.tailCategoryLoss, count, buffers.tailTrial, buffers.tailCategoryLoss, 0);
  placement[TAIL] = kept;
  placement[TAIL_FILTERED] = kept;
  buffers.tailFrom[FILTERED_FROM] = bound;
  buffers.tailFrom[KEPT_FROM] = Math.max(buffers.tailFrom[KEPT_FROM] ?? 0, bound);
}

/**
 * Places the next batch (the caller holds the placement lock, or is the only thread left): its
 * events after those already placed, and the categories of those of its events whose year reaches
 * `bound` (0 keeps all) after the kept ones. Returns false, placing nothing, when the run's arrays
 * have no room left for it.
 */
export function placeBatch(buffers: RunBuffers, simulated: SimulatedBatch, bound: number): boolean {
  const placement = buffers.placement;
  if (bound > 0) filterPlacedTail(buffers, bound);
  const events = placement[EVENTS] ?? 0;
  const tail = placement[TAIL] ?? 0;
  if (events + simulated.events > buffers.eventLoss.length || tail + simulated.tail > buffers.tailTrial.length) return false;
  buffers.eventLoss.set(simulated.eventLoss.subarray(0, simulated.events), events);
  buffers.eventTrial.set(simulated.eventTrial.subarray(0, simulated.events), events);
  buffers.eventThreat.set(simulated.eventThreat.subarray(0, simulated.events), events);
  placement[TAIL] = keepTail(buffers.annualLoss, bound, simulated.tailTrial, simulated.tailCategoryLoss, simulated.tail, buffers.tailTrial, buffers.tailCategoryLoss, tail);
  placement[EVENTS] = events + simulated.events;
  buffers.tailFrom[KEPT_FROM] = Math.max(buffers.tailFrom[KEPT_FROM] ?? 0, bound, simulated.tailFrom);
  buffers.batchEvents[simulated.batch] = simulated.events;
  Atomics.store(placement, PLACED, simulated.batch + 1);
  return true;
}

/** How many events and kept categories are in place. */
export function placedCounts(buffers: RunBuffers): Readonly<{ events: number; tail: number }> {
  return { events: buffers.placement[EVENTS] ?? 0, tail: buffers.placement[TAIL] ?? 0 };
}

/**
 * Sets how many events and kept categories are in place, for the thread writing the next batch
 * straight into the run's arrays: no other thread places anything until that batch is done.
 */
export function setPlacedCounts(buffers: RunBuffers, events: number, tail: number): void {
  buffers.placement[EVENTS] = events;
  buffers.placement[TAIL] = tail;
}

/** Marks the batch written straight into the run's arrays as placed: `events` events, kept categories from `bound`. */
export function endDirectBatch(buffers: RunBuffers, batch: number, events: number, bound: number): void {
  buffers.tailFrom[KEPT_FROM] = Math.max(buffers.tailFrom[KEPT_FROM] ?? 0, bound);
  buffers.batchEvents[batch] = events;
  Atomics.store(buffers.placement, PLACED, batch + 1);
}

/** A handed-back batch as a SimulatedBatch. */
function asSimulated(overflow: BatchOverflow): SimulatedBatch {
  return { ...overflow, events: overflow.eventLoss.length, tail: overflow.tailTrial.length };
}

type Placed = Readonly<{ eventLoss: Float64Array; eventTrial: Int32Array; eventThreat: Uint8Array; tailTrial: Int32Array; tailCategoryLoss: Float64Array }>;

/** Every event and kept category in fresh arrays: those placed, then the batches that did not fit. */
function allEvents(buffers: RunBuffers, rest: readonly SimulatedBatch[], bound: number): Placed {
  const placed = buffers.placement[EVENTS] ?? 0;
  const placedTail = buffers.placement[TAIL] ?? 0;
  const events = rest.reduce((sum, batch) => sum + batch.events, placed);
  const tail = rest.reduce((sum, batch) => sum + batch.tail, placedTail);
  const out: Placed = {
    eventLoss: new Float64Array(events),
    eventTrial: new Int32Array(events),
    eventThreat: new Uint8Array(events),
    tailTrial: new Int32Array(tail),
    tailCategoryLoss: new Float64Array(tail * CATEGORY_COUNT),
  };
  out.eventLoss.set(buffers.eventLoss.subarray(0, placed));
  out.eventTrial.set(buffers.eventTrial.subarray(0, placed));
  out.eventThreat.set(buffers.eventThreat.subarray(0, placed));
  out.tailTrial.set(buffers.tailTrial.subarray(0, placedTail));
  out.tailCategoryLoss.set(buffers.tailCategoryLoss.subarray(0, placedTail * CATEGORY_COUNT));
  let eventAt = placed;
  let tailAt = placedTail;
  for (const batch of rest) {
    out.eventLoss.set(batch.eventLoss.subarray(0, batch.events), eventAt);
    out.eventTrial.set(batch.eventTrial.subarray(0, batch.events), eventAt);
    out.eventThreat.set(batch.eventThreat.subarray(0, batch.events), eventAt);
    tailAt = keepTail(buffers.annualLoss, bound, batch.tailTrial, batch.tailCategoryLoss, batch.tail, out.tailTrial, out.tailCategoryLoss, tailAt);
    eventAt += batch.events;
    buffers.batchEvents[batch.batch] = batch.events;
  }
  return {
    eventLoss: out.eventLoss,
    eventTrial: out.eventTrial,
    eventThreat: out.eventThreat,
    tailTrial: out.tailTrial.subarray(0, tailAt),
    tailCategoryLoss: out.tailCategoryLoss.subarray(0, tailAt * CATEGORY_COUNT),
  };
}

/** Each sum of the run: the chunks' sums added in chunk order, from zero. */
function addChunkSums(layout: RunLayout, chunkSums: Float64Array, from: number, count: number): Float64Array {
  const width = sumsLayout(layout.threats).width;
  const out = new Float64Array(count);
  for (let chunk = 0; chunk < layout.chunks; chunk += 1) {
    const row = chunk * width + from;
    for (let j = 0; j < count; j += 1) out[j] = (out[j] ?? 0) + (chunkSums[row + j] ?? 0);
  }
  return out;
}

/**
 * The run from its filled buffers, once every thread is done: places the handed-back batches
 * (`overflows`) in batch order after those in place, and adds up the chunks' sums.
 */
export function finishRun(layout: RunLayout, buffers: RunBuffers, overflows: readonly BatchOverflow[]): SimulationRun {
  const byBatch = new Map(overflows.map((overflow) => [overflow.batch, overflow]));
  const rest: SimulatedBatch[] = [];
  let missing = 0;
  for (let b = nextToPlace(buffers); b < layout.batches; b += 1) {
    const overflow = byBatch.get(b);
    if (overflow) rest.push(asSimulated(overflow));
    else missing += 1;
  }
  if (missing > 0) throw new Error(`the simulation is incomplete: ${missing} of ${layout.batches} batches were not simulated`);
  // Every year is in now: the bound from all of them, for the batches placed here.
  let bound = layout.allCategories ? 0 : Math.max(finalTailBound(buffers.tailHistogram, layout.trials), buffers.tailFrom[KEPT_FROM] ?? 0);
  for (const batch of rest) bound = Math.max(bound, batch.tailFrom);
  let placed: Placed;
  const first = rest[0]?.batch ?? 0;
  const fits = rest.every((batch) => placeBatch(buffers, batch, bound));
  if (fits) {
    const events = buffers.placement[EVENTS] ?? 0;
    const tail = buffers.placement[TAIL] ?? 0;
    placed = {
      eventLoss: buffers.eventLoss.subarray(0, events),
      eventTrial: buffers.eventTrial.subarray(0, events),
      eventThreat: buffers.eventThreat.subarray(0, events),
      tailTrial: buffers.tailTrial.subarray(0, tail),
      tailCategoryLoss: buffers.tailCategoryLoss.subarray(0, tail * CATEGORY_COUNT),
    };
  } else {
    placed = allEvents(buffers, rest.slice(nextToPlace(buffers) - first), bound);
  }
  const fromLoss = layout.allCategories ? 0 : Math.max(buffers.tailFrom[KEPT_FROM] ?? 0, bound);
  const sums = sumsLayout(layout.threats);
  return {
    trials: layout.trials,
    seed: layout.seed,
    annualLoss: buffers.annualLoss,
    eventLoss: placed.eventLoss,
    eventTrial: placed.eventTrial,
    eventThreat: placed.eventThreat,
    eventCategoryLoss: layout.allCategories ? placed.tailCategoryLoss : new Float64Array(0),
    tailEvents: { fromLoss, trial: placed.tailTrial, categoryLoss: placed.tailCategoryLoss },
    categoryTotals: addChunkSums(layout, buffers.chunkSums, sums.category, CATEGORY_COUNT),
    lineTotals: addChunkSums(layout, buffers.chunkSums, sums.line, LINE_COUNT),
    impactTotals: addChunkSums(layout, buffers.chunkSums, sums.impact, IMPACT_COUNT),
    threatLoss: addChunkSums(layout, buffers.chunkSums, sums.threatLoss, layout.threats),
    threatEvents: addChunkSums(layout, buffers.chunkSums, sums.threatEvents, layout.threats),
    threatTrialsHit: addChunkSums(layout, buffers.chunkSums, sums.threatTrialsHit, layout.threats),
    insurance: layout.insured ? { towerLoss: buffers.towerLoss, withheldTotals: addChunkSums(layout, buffers.chunkSums, sums.withheld, WITHHELD_REASONS.length) } : null,
  };
}
