/**
 * The memory a simulation writes into, laid out so that several threads can fill it at once
 * (backed by SharedArrayBuffer then) and the result is the same whoever simulates which part.
 *
 * Years run in chunks (CHUNK_TRIALS years, each chunk with its own random streams) and chunks in
 * batches. A thread claims the next batch, simulates its chunks in order and writes each year's
 * annual loss (and loss to the insurance tower) in place; the batch's events into the batch's own
 * region of the event arrays, which has room for more events than the batch is expected to have
 * (any beyond it go to an overflow the thread hands back); and each chunk's sums per category,
 * cost line, impact measure, threat and insurance reason, every chunk's starting from zero.
 * `finishRun` then moves each batch's events down after the previous batch's, and adds the
 * chunks' sums up in chunk order: the same additions in the same order however the work was split.
 */
import type { ModelPlan } from '../model/plan';
import { WITHHELD_REASONS } from '../insurance/ledger';
import { CATEGORY_COUNT, IMPACT_COUNT, LINE_COUNT } from './eventCost';
import { CHUNK_TRIALS } from './streams';
import { TAIL_BUCKETS } from './tailBound';
import type { SimulationRun } from './run';

/** Most chunks in a batch: 65,536 years. */
export const MAX_BATCH_CHUNKS = 8;

export type RunLayout = Readonly<{
  trials: number;
  seed: number;
  chunks: number;
  batchChunks: number;
  batches: number;
  /** Events each batch's region has room for. */
  batchCapacity: number;
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
 * MAX_BATCH_CHUNKS chunks; room for a quarter more events than expected per batch, and a margin.
 */
export function runLayout(plan: ModelPlan, trials: number, seed: number, lanes: number, allCategories = false): RunLayout {
  const chunks = Math.ceil(trials / CHUNK_TRIALS);
  const batchChunks = Math.max(1, Math.min(MAX_BATCH_CHUNKS, Math.ceil(chunks / (4 * Math.max(1, lanes)))));
  const expected = expectedEventsPerYear(plan) * Math.min(trials, batchChunks * CHUNK_TRIALS);
  return {
    trials,
    seed,
    chunks,
    batchChunks,
    batches: Math.ceil(chunks / batchChunks),
    batchCapacity: Math.ceil(expected * 1.25 + 8 * Math.sqrt(expected) + 64),
    threats: plan.threats.length,
    insured: plan.insurance !== null,
    allCategories,
  };
}

export type RunBuffers = Readonly<{
  annualLoss: Float64Array;
  /** Loss to the insurance tower per year; empty when the plan has no insurance. */
  towerLoss: Float64Array;
  /** Per event, in batch regions of batchCapacity. */
  eventLoss: Float64Array;
  eventTrial: Int32Array;
  eventThreat: Uint8Array;
  /** The events whose categories are kept, in the same batch regions. */
  tailTrial: Int32Array;
  tailCategoryLoss: Float64Array;
  /** A row of sums (SumsLayout) per chunk. */
  chunkSums: Float64Array;
  /** Per batch: events and kept events written (beyond the region: in its overflow); -1 until the batch is done. */
  batchEvents: Int32Array;
  batchTail: Int32Array;
  /** Per batch: the highest tail bound it kept events from. */
  batchTailFrom: Float64Array;
  /** [0]: the next batch to claim. */
  claim: Int32Array;
  /** The tail bound's histogram (tailBound.ts), shared by every thread of the run. */
  tailHistogram: Int32Array;
}>;

/** Events of a batch beyond its region, handed back by the thread that simulated it. */
export type BatchOverflow = Readonly<{
  batch: number;
  eventLoss: Float64Array;
  eventTrial: Int32Array;
  eventThreat: Uint8Array;
  tailTrial: Int32Array;
  tailCategoryLoss: Float64Array;
}>;

/** A fresh buffer of `bytes` zero bytes: an ArrayBuffer, or a SharedArrayBuffer to share with other threads. */
export type Allocate = (bytes: number) => ArrayBuffer | SharedArrayBuffer;

export const allocateLocal: Allocate = (bytes) => new ArrayBuffer(bytes);

/**
 * The run's buffers, zeroed. Large ones are only reserved: memory is taken as it is first
 * written, so a region's unused room costs address space, not memory.
 */
export function allocateRunBuffers(layout: RunLayout, allocate: Allocate = allocateLocal): RunBuffers {
  const events = layout.batches * layout.batchCapacity;
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
    batchTail: new Int32Array(allocate(4 * layout.batches)),
    batchTailFrom: new Float64Array(allocate(8 * layout.batches)),
    claim: new Int32Array(allocate(4)),
    tailHistogram: new Int32Array(allocate(4 * TAIL_BUCKETS)),
  };
}

/** The batches no thread finished (a thread that stopped mid-batch leaves its batch here). */
export function unfinishedBatches(layout: RunLayout, buffers: RunBuffers): number[] {
  const left: number[] = [];
  for (let b = 0; b < layout.batches; b += 1) if ((buffers.batchEvents[b] ?? -1) < 0) left.push(b);
  return left;
}

type Packed = Readonly<{ eventLoss: Float64Array; eventTrial: Int32Array; eventThreat: Uint8Array; tailTrial: Int32Array; tailCategoryLoss: Float64Array }>;

/**
 * Every batch's events after the previous batch's, in batch order. In place when no batch
 * overflowed (each batch then moves down, never over a batch still to move); otherwise into
 * fresh arrays of the exact size.
 */
function packEvents(layout: RunLayout, buffers: RunBuffers, overflows: readonly BatchOverflow[]): Packed {
  const capacity = layout.batchCapacity;
  const overflowOf = new Map(overflows.map((overflow) => [overflow.batch, overflow]));
  let events = 0;
  let tail = 0;
  for (let b = 0; b < layout.batches; b += 1) {
    events += buffers.batchEvents[b] ?? 0;
    tail += buffers.batchTail[b] ?? 0;
  }
  const inPlace = overflowOf.size === 0;
  const out: Packed = inPlace
    ? buffers
    : {
        eventLoss: new Float64Array(events),
        eventTrial: new Int32Array(events),
        eventThreat: new Uint8Array(events),
        tailTrial: new Int32Array(tail),
        tailCategoryLoss: new Float64Array(tail * CATEGORY_COUNT),
      };
  const move = <T extends Float64Array | Int32Array | Uint8Array>(from: T, to: T, source: number, target: number, count: number): void => {
    if (inPlace) {
      if (source !== target) to.copyWithin(target, source, source + count);
    } else {
      to.set(from.subarray(source, source + count) as never, target);
    }
  };
  let eventAt = 0;
  let tailAt = 0;
  for (let b = 0; b < layout.batches; b += 1) {
    const eventCount = buffers.batchEvents[b] ?? 0;
    const tailCount = buffers.batchTail[b] ?? 0;
    const inRegion = Math.min(eventCount, capacity);
    const tailInRegion = Math.min(tailCount, capacity);
    const start = b * capacity;
    move(buffers.eventLoss, out.eventLoss, start, eventAt, inRegion);
    move(buffers.eventTrial, out.eventTrial, start, eventAt, inRegion);
    move(buffers.eventThreat, out.eventThreat, start, eventAt, inRegion);
    move(buffers.tailTrial, out.tailTrial, start, tailAt, tailInRegion);
    move(buffers.tailCategoryLoss, out.tailCategoryLoss, start * CATEGORY_COUNT, tailAt * CATEGORY_COUNT, tailInRegion * CATEGORY_COUNT);
    const overflow = overflowOf.get(b);
    if (overflow) {
      out.eventLoss.set(overflow.eventLoss, eventAt + inRegion);
      out.eventTrial.set(overflow.eventTrial, eventAt + inRegion);
      out.eventThreat.set(overflow.eventThreat, eventAt + inRegion);
      out.tailTrial.set(overflow.tailTrial, tailAt + tailInRegion);
      out.tailCategoryLoss.set(overflow.tailCategoryLoss, (tailAt + tailInRegion) * CATEGORY_COUNT);
    }
    eventAt += eventCount;
    tailAt += tailCount;
  }
  return {
    eventLoss: out.eventLoss.subarray(0, events),
    eventTrial: out.eventTrial.subarray(0, events),
    eventThreat: out.eventThreat.subarray(0, events),
    tailTrial: out.tailTrial.subarray(0, tail),
    tailCategoryLoss: out.tailCategoryLoss.subarray(0, tail * CATEGORY_COUNT),
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

/** The run from its filled buffers, once every batch is done. */
export function finishRun(layout: RunLayout, buffers: RunBuffers, overflows: readonly BatchOverflow[]): SimulationRun {
  const left = unfinishedBatches(layout, buffers);
  if (left.length > 0) throw new Error(`the simulation is incomplete: ${left.length} of ${layout.batches} batches were not simulated`);
  const packed = packEvents(layout, buffers, overflows);
  const sums = sumsLayout(layout.threats);
  let fromLoss = 0;
  for (let b = 0; b < layout.batches; b += 1) fromLoss = Math.max(fromLoss, buffers.batchTailFrom[b] ?? 0);
  return {
    trials: layout.trials,
    seed: layout.seed,
    annualLoss: buffers.annualLoss,
    eventLoss: packed.eventLoss,
    eventTrial: packed.eventTrial,
    eventThreat: packed.eventThreat,
    eventCategoryLoss: packed.tailCategoryLoss,
    tailEvents: { fromLoss, trial: packed.tailTrial, categoryLoss: packed.tailCategoryLoss },
    categoryTotals: addChunkSums(layout, buffers.chunkSums, sums.category, CATEGORY_COUNT),
    lineTotals: addChunkSums(layout, buffers.chunkSums, sums.line, LINE_COUNT),
    impactTotals: addChunkSums(layout, buffers.chunkSums, sums.impact, IMPACT_COUNT),
    threatLoss: addChunkSums(layout, buffers.chunkSums, sums.threatLoss, layout.threats),
    threatEvents: addChunkSums(layout, buffers.chunkSums, sums.threatEvents, layout.threats),
    threatTrialsHit: addChunkSums(layout, buffers.chunkSums, sums.threatTrialsHit, layout.threats),
    insurance: layout.insured ? { towerLoss: buffers.towerLoss, withheldTotals: addChunkSums(layout, buffers.chunkSums, sums.withheld, WITHHELD_REASONS.length) } : null,
  };
}
