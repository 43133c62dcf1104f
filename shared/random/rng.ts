/**
 * Seeded pseudo-random numbers: xoshiro128** (Blackman and Vigna, 2018) on 32-bit integer
 * arithmetic, so a seed gives the same stream on every JavaScript engine and machine.
 * Streams are derived from (seed, ...stream ids) by hashing, so each chunk of trials and each
 * model input draws from its own stream: results do not depend on how work is split, and
 * changing one input does not shift the draws of another (common random numbers).
 */

const TWO_POW_26 = 67108864;
const TWO_POW_53 = 9007199254740992;
const GOLDEN_32 = 0x9e3779b9;

/** Murmur3's 32-bit finaliser: a bijective mix with full avalanche. */
function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Largest seed accepted: any non-negative safe integer. */
export const MAX_SEED = Number.MAX_SAFE_INTEGER;

export class Rng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  private spareNormal = 0;
  private hasSpareNormal = false;

  /**
   * @param seed a non-negative safe integer
   * @param streamIds integers naming the stream (chunk index, input id, ...)
   */
  constructor(seed: number, ...streamIds: readonly number[]) {
    const low = seed >>> 0;
    const high = Math.floor(seed / 4294967296) >>> 0;
    let acc = mix32(low ^ mix32(high + GOLDEN_32));
    for (const id of streamIds) acc = mix32(acc + GOLDEN_32 + mix32(id >>> 0));
    this.s0 = mix32(acc + GOLDEN_32);
    this.s1 = mix32(acc + 2 * GOLDEN_32);
    this.s2 = mix32(acc + 3 * GOLDEN_32);
    this.s3 = mix32(acc + 4 * GOLDEN_32);
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** A generator in an exact state (for checking against the reference implementation). */
  static fromState(s0: number, s1: number, s2: number, s3: number): Rng {
    const rng = new Rng(0);
    rng.s0 = s0 | 0;
    rng.s1 = s1 | 0;
    rng.s2 = s2 | 0;
    rng.s3 = s3 | 0;
    return rng;
  }

  /** Next unsigned 32-bit integer. */
  nextUint32(): number {
    const s0 = this.s0;
    const s1 = this.s1;
    const s2 = this.s2;
    const s3 = this.s3;
    const x = Math.imul(s1, 5);
    const result = Math.imul((x << 7) | (x >>> 25), 9);
    const t = s1 << 9;
    const n2 = s2 ^ s0;
    const n3 = s3 ^ s1;
    this.s1 = s1 ^ n2;
    this.s0 = s0 ^ n3;
    this.s2 = n2 ^ t;
    this.s3 = (n3 << 11) | (n3 >>> 21);
    return result >>> 0;
  }

  /** Uniform double in [0, 1) with 53 random bits. */
  nextDouble(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * TWO_POW_26 + b) / TWO_POW_53;
  }

  /** Uniform double in (0, 1): never exactly 0, safe for logarithms. */
  nextOpenDouble(): number {
    let u = this.nextDouble();
    while (u === 0) u = this.nextDouble();
    return u;
  }

  /** Standard normal by Marsaglia's polar method (exact; the second value is kept). */
  nextNormal(): number {
    if (this.hasSpareNormal) {
      this.hasSpareNormal = false;
      return this.spareNormal;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * this.nextDouble() - 1;
      v = 2 * this.nextDouble() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const factor = Math.sqrt((-2 * Math.log(s)) / s);
    this.spareNormal = v * factor;
    this.hasSpareNormal = true;
    return u * factor;
  }
}
