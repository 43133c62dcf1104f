/**
 * Working memory the summaries reuse from run to run, so that summarising a million years does
 * not ask the system for fresh megabytes each time (a first write to fresh memory is dear).
 * Each slot is one buffer, grown when a longer one is asked for and kept for the next call.
 * Its contents are valid only until the next call that borrows the same slot: a function
 * borrows a slot, uses it, and never returns it or keeps a view of it.
 */

/** Who uses which slot of doubles; two users of one slot must never be live at the same time. */
export const SCRATCH = {
  /** The radix sort's two ping-pong buffers. */
  radixA: 0,
  radixB: 1,
} as const;

const buffers: Float64Array[] = [];

/** A buffer of at least `length` doubles for `slot`, with unspecified contents. */
export function scratchFloat64(slot: number, length: number): Float64Array {
  const current = buffers[slot];
  if (current !== undefined && current.length >= length) return current;
  const grown = new Float64Array(Math.max(length, 1024));
  buffers[slot] = grown;
  return grown;
}

