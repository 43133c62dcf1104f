/**
 * Seeded pseudo-random numbers: xoshiro128** (Blackman and Vigna, 2018) on 32-bit integer
 * arithmetic, so a seed gives the same stream on every JavaScript engine and machine.
 * Streams are derived from (seed, ...stream ids) by hashing, so each chunk of trials and each
 * model input draws from its own stream: results do not depend on how work is split, and
 * changing one input does not shift the draws of another (common random numbers).
 */
import { ZIGGURAT_R, ZIGGURAT_RATIO, ZIGGURAT_X } from './ziggurat';

export const TWO_POW_26 = 67108864;
const TWO_POW_53 = 9007199254740992;
export const INV_TWO_POW_53 = 1 / TWO_POW_53;
export const INV_TWO_POW_32 = 1 / 4294967296;
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

/** One lane of the state hash: a keyed mix of the seed's two halves and every stream id. */
function hashLane(key: number, low: number, high: number, ids: readonly number[]): number {
  let h = mix32(key ^ low);
  h = mix32(h + Math.imul(high ^ key, GOLDEN_32));
  for (const id of ids) h = mix32((h ^ mix32((id >>> 0) + key)) + GOLDEN_32);
  return mix32(h + ids.length);
}

/** Largest seed accepted: any non-negative safe integer. */
export const MAX_SEED = Number.MAX_SAFE_INTEGER;

export class Rng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /**
   * @param seed a non-negative safe integer
   * @param streamIds integers naming the stream (chunk index, input id, ...)
   */
  constructor(seed: number, ...streamIds: readonly number[]) {
    const low = seed >>> 0;
    const high = Math.floor(seed / 4294967296) >>> 0;
    // Four independent 32-bit hashes of (seed, ids), one per state word: distinct inputs give
    // distinct states unless all four lanes collide at once.
    this.s0 = hashLane(0x243f6a88, low, high, streamIds);
    this.s1 = hashLane(0x85a308d3, low, high, streamIds);
    this.s2 = hashLane(0x13198a2e, low, high, streamIds);
    this.s3 = hashLane(0x03707344, low, high, streamIds);
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

  /**
   * Copies the four state words into `into`, for a hot loop that steps the generator in local
   * variables (V8 keeps locals in registers; fields are read and written back on every call) and
   * hands the state back with `restoreState`. Such a loop must step exactly as nextUint32 does.
   */
  saveState(into: Int32Array): void {
    into[0] = this.s0;
    into[1] = this.s1;
    into[2] = this.s2;
    into[3] = this.s3;
  }

  /** Takes back the state a `saveState` loop has stepped on. */
  restoreState(from: Int32Array): void {
    this.s0 = from[0] ?? 0;
    this.s1 = from[1] ?? 0;
    this.s2 = from[2] ?? 0;
    this.s3 = from[3] ?? 0;
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

  /** Uniform double in [0, 1) with 53 random bits: two xoshiro steps, state kept in locals. */
  nextDouble(): number {
    let s0 = this.s0;
    let s1 = this.s1;
    let s2 = this.s2;
    let s3 = this.s3;
    let x = Math.imul(s1, 5);
    const a = Math.imul((x << 7) | (x >>> 25), 9) >>> 5;
    let t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    x = Math.imul(s1, 5);
    const b = Math.imul((x << 7) | (x >>> 25), 9) >>> 6;
    t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
    this.s3 = (s3 << 11) | (s3 >>> 21);
    return (a * TWO_POW_26 + b) * INV_TWO_POW_53;
  }

  /**
   * Uniform in (0, 1) with 32 random bits, (k + 0.5) / 2^32: never 0 or 1. For accept/reject
   * decisions only, where 32 bits put any bias below 2^-32.
   */
  nextOpenFloat32Bits(): number {
    return (this.nextUint32() + 0.5) * INV_TWO_POW_32;
  }

  /** Uniform double in (0, 1): never exactly 0, safe for logarithms. */
  nextOpenDouble(): number {
    let u = this.nextDouble();
    while (u === 0) u = this.nextDouble();
    return u;
  }

  /**
   * Standard normal by the ziggurat method (ZIGNOR, Doornik 2005). One step takes two 32-bit
   * words: 53 bits make the uniform u in (-1, 1) and 7 of the 11 spare bits pick the layer.
   */
  nextNormal(): number {
    for (;;) {
      const a = this.nextUint32();
      const b = this.nextUint32();
      const u = (((a >>> 5) * TWO_POW_26 + (b >>> 6)) / TWO_POW_53) * 2 - 1;
      const layer = ((a & 31) << 2) | (b & 3);
      const x = u * (ZIGGURAT_X[layer] as number);
      if (Math.abs(u) < (ZIGGURAT_RATIO[layer] as number)) return x;
      if (layer === 0) return this.normalTail(u < 0);
      const outer = ZIGGURAT_X[layer] as number;
      const inner = ZIGGURAT_X[layer + 1] as number;
      const f0 = Math.exp(-0.5 * (outer * outer - x * x));
      const f1 = Math.exp(-0.5 * (inner * inner - x * x));
      if (f1 + this.nextDouble() * (f0 - f1) < 1) return x;
    }
  }

  /** The normal tail beyond R (Marsaglia 1964), exact. */
  private normalTail(negative: boolean): number {
    let x: number;
    let y: number;
    do {
      x = Math.log(this.nextOpenDouble()) / ZIGGURAT_R;
      y = Math.log(this.nextOpenDouble());
    } while (-2 * y < x * x);
    return negative ? x - ZIGGURAT_R : ZIGGURAT_R - x;
  }
}
