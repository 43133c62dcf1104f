/**
 * What the organisation keeps each year after its insurance, without an array of it. A year with
 * no loss to the tower recovers nothing and keeps its gross loss (never below zero); only the
 * years with one (about a fifth in the hospital) need their retained loss worked out. So the
 * summary keeps those alone and reads the others from the gross losses when it counts them: at
 * ten million years of the hospital about 64 MB of fresh memory the summary no longer takes (8
 * bytes for each year without a claim; a first write to fresh memory is dear, stats/scratch.ts).
 */
import type { CountedValues } from '../stats/orderStatistics';
import { countBuckets, gatherWanted, unorderedBits } from '../stats/orderStatistics';
import type { ExceedanceCounter } from '../stats/exceedanceCounter';

export type RetainedLosses = Readonly<{
  /** The retained loss of each year with a loss to the tower, in year order. */
  listed: Float64Array;
  /** Every year's gross loss, and its loss to the tower (0 for the years not listed). */
  gross: Float64Array;
  tower: Float64Array;
}>;

/** A quiet year's retained loss, and its bits (little-endian, as orderStatistics reads them). */
const quietValue = new Float64Array(1);
const quietWords = new Uint32Array(quietValue.buffer);

/** Every year's retained loss as an array, in year order: the listed years' own, the others' gross loss (never below 0). */
export function retainedArray({ listed, gross, tower }: RetainedLosses): Float64Array {
  const out = new Float64Array(gross.length);
  let next = 0;
  for (let i = 0; i < gross.length; i += 1) out[i] = (tower[i] ?? 0) === 0 ? Math.max(0, gross[i] ?? 0) : (listed[next++] ?? 0);
  return out;
}

/** Counts the quiet years' retained losses as countBuckets does. */
function countQuiet(gross: Float64Array, tower: Float64Array, counts: Int32Array): number {
  let zeros = 0;
  for (let i = 0; i < gross.length; i += 1) {
    if ((tower[i] ?? 0) !== 0) continue;
    quietValue[0] = Math.max(0, gross[i] ?? 0);
    const low = quietWords[0] ?? 0;
    const high = quietWords[1] ?? 0;
    if (unorderedBits(high, low)) return -1;
    zeros += +((low | high) === 0);
    counts[high >>> 16] = (counts[high >>> 16] ?? 0) + 1;
  }
  return zeros;
}

/** Gathers the quiet years' retained losses as gatherWanted does. */
function gatherQuiet(gross: Float64Array, tower: Float64Array, at: Int32Array, gathered: Float64Array): void {
  for (let i = 0; i < gross.length; i += 1) {
    if ((tower[i] ?? 0) !== 0) continue;
    const value = Math.max(0, gross[i] ?? 0);
    quietValue[0] = value;
    const high = quietWords[1] ?? 0;
    const place = at[high >>> 16] ?? -1;
    if (place < 0 || (high === 0 && (quietWords[0] ?? 0) === 0)) continue;
    gathered[place] = value;
    at[high >>> 16] = place + 1;
  }
}

/** The retained losses as CountedValues, for their order statistics: the listed years', then the others'. */
export function retainedValues(retained: RetainedLosses): CountedValues {
  const { listed, gross, tower } = retained;
  const listedWords = new Uint32Array(listed.buffer, listed.byteOffset, 2 * listed.length);
  return {
    length: gross.length,
    countInto: (counts) => {
      const listedZeros = countBuckets(listedWords, listed.length, counts);
      if (listedZeros < 0) return -1;
      const quietZeros = countQuiet(gross, tower, counts);
      return quietZeros < 0 ? -1 : listedZeros + quietZeros;
    },
    gatherInto: (at, gathered) => {
      gatherWanted(listed, listedWords, listed.length, at, gathered);
      gatherQuiet(gross, tower, at, gathered);
    },
    toArray: () => retainedArray(retained),
  };
}

/** Adds every year's retained loss to `curve`. */
export function countRetained(curve: ExceedanceCounter, { listed, gross, tower }: RetainedLosses): void {
  curve.addAll(listed);
  for (let i = 0; i < gross.length; i += 1) if ((tower[i] ?? 0) === 0) curve.add(Math.max(0, gross[i] ?? 0));
}
