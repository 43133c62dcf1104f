/**
 * Working memory the summaries reuse from run to run, so that summarising a million years does
 * not ask the system for fresh megabytes each time (a first write to fresh memory is dear).
 * Each slot is one buffer, grown when a longer one is asked for and kept for the next call.
 * Its contents are valid only until the next call that borrows the same slot: a function
 * borrows a slot, uses it, and never returns it or keeps a view of it.
 */

/** Who uses which slot of doubles; two users of one slot must never be live at the same time. */
export const SCRATCH = {
  /** The radix sort's buffer, where its passes ping-pong with their output. */
  radix: 0,
  /** The values order statistics gather from the buckets that hold the wanted ranks. */
  gathered: 1,
  /** The insurance summary's retained losses of the years with a loss to the tower. */
  retained: 2,
  /** The insurance summary's losses to the tower of the years with one, then its non-zero recoveries, until they are counted on the curve. */
  paid: 3,
} as const;

/** The same for the slots of 32-bit integers. */
export const INT_SCRATCH = {
  /** The events of the worst 10% of years, by index. */
  worstEvents: 0,
  /** The insurance summary's years with a loss to the tower, by index. */
  claimYears: 1,
} as const;

const buffers: Float64Array[] = [];
const intBuffers: Int32Array[] = [];

/** A buffer of at least `length` doubles for `slot`, with unspecified contents. */
export function scratchFloat64(slot: number, length: number): Float64Array {
  const current = buffers[slot];
  if (current !== undefined && current.length >= length) return current;
  const grown = new Float64Array(Math.max(length, 1024));
  buffers[slot] = grown;
  return grown;
}

/** A buffer of at least `length` 32-bit integers for `slot`, with unspecified contents. */
export function scratchInt32(slot: number, length: number): Int32Array {
  const current = intBuffers[slot];
  if (current !== undefined && current.length >= length) return current;
  const grown = new Int32Array(Math.max(length, 1024));
  intBuffers[slot] = grown;
  return grown;
}
