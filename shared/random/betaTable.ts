/**
 * Fast exact Beta(alpha, beta) variates for alpha, beta >= 1 (every Beta-PERT), for a sampler
 * drawn millions of times with the same shape. Rejection from a piecewise-constant envelope:
 * [0, 1] is cut into 256 strips; each strip's envelope is the density's maximum on it (at an
 * end, or at the mode if the mode is inside) and its squeeze the minimum (at an end: the density
 * is unimodal). A strip is picked with probability proportional to its envelope area (Walker's
 * alias method), x is uniform in it, and y uniform under the envelope: accept at once when y is
 * under the squeeze, else when y is under the density. Accepted points are exactly Beta
 * distributed; the uniforms for the alias and accept decisions carry 32 bits (bias < 2^-32).
 * About 4 random words per draw instead of about 8 for the ratio of two gamma variates.
 */
import { INV_TWO_POW_32, INV_TWO_POW_53, TWO_POW_26, type Rng } from './rng';

const STRIPS = 256;
const STRIP_SHIFT = 24; // a 32-bit word's top 8 bits pick the strip

export class BetaTable {
  private readonly aliasProbability = new Float64Array(STRIPS);
  private readonly alias = new Int32Array(STRIPS);
  private readonly envelope = new Float64Array(STRIPS);
  private readonly squeeze = new Float64Array(STRIPS);
  private readonly a1: number;
  private readonly b1: number;
  private readonly logMode: number;
  private readonly logOneMinusMode: number;

  constructor(alpha: number, beta: number) {
    if (!(alpha >= 1 && beta >= 1)) throw new RangeError('BetaTable needs alpha >= 1 and beta >= 1');
    this.a1 = alpha - 1;
    this.b1 = beta - 1;
    const mode = alpha + beta > 2 ? this.a1 / (this.a1 + this.b1) : 0.5;
    this.logMode = Math.log(mode);
    this.logOneMinusMode = Math.log(1 - mode);
    const width = 1 / STRIPS;
    const areas = new Float64Array(STRIPS);
    let total = 0;
    for (let i = 0; i < STRIPS; i += 1) {
      const left = this.density(i * width);
      const right = this.density((i + 1) * width);
      const containsMode = mode > i * width && mode < (i + 1) * width;
      const top = containsMode ? 1 : Math.max(left, right);
      this.envelope[i] = top;
      this.squeeze[i] = Math.min(left, right);
      areas[i] = top;
      total += top;
    }
    this.buildAlias(areas, total);
  }

  /** The density divided by its value at the mode (so 1 at the mode), computed in logs. */
  density(x: number): number {
    if (x <= 0) return this.a1 === 0 ? 1 : 0;
    if (x >= 1) return this.b1 === 0 ? 1 : 0;
    const a = this.a1 === 0 ? 0 : this.a1 * (Math.log(x) - this.logMode);
    const b = this.b1 === 0 ? 0 : this.b1 * (Math.log(1 - x) - this.logOneMinusMode);
    return Math.exp(a + b);
  }

  /** Vose's construction of Walker's alias table over the strip areas. */
  private buildAlias(areas: Float64Array, total: number): void {
    const scaled = new Float64Array(STRIPS);
    const small: number[] = [];
    const large: number[] = [];
    for (let i = 0; i < STRIPS; i += 1) {
      scaled[i] = ((areas[i] ?? 0) * STRIPS) / total;
      ((scaled[i] ?? 0) < 1 ? small : large).push(i);
    }
    while (small.length > 0 && large.length > 0) {
      const s = small.pop() as number;
      const l = large.pop() as number;
      this.aliasProbability[s] = scaled[s] ?? 0;
      this.alias[s] = l;
      scaled[l] = (scaled[l] ?? 0) + (scaled[s] ?? 0) - 1;
      ((scaled[l] ?? 0) < 1 ? small : large).push(l);
    }
    for (const i of large) {
      this.aliasProbability[i] = 1;
      this.alias[i] = i;
    }
    for (const i of small) {
      this.aliasProbability[i] = 1;
      this.alias[i] = i;
    }
  }

  sample(rng: Rng): number {
    const width = 1 / STRIPS;
    for (;;) {
      let strip = rng.nextUint32() >>> STRIP_SHIFT;
      if (rng.nextOpenFloat32Bits() >= (this.aliasProbability[strip] as number)) strip = this.alias[strip] as number;
      const x = (strip + rng.nextDouble()) * width;
      const y = rng.nextOpenFloat32Bits() * (this.envelope[strip] as number);
      if (y <= (this.squeeze[strip] as number) || y <= this.density(x)) return x;
    }
  }

  /**
   * out[i] = low + width * sample(rng) for i < count: the same draws from the same words, bit for
   * bit, with the generator stepped in local variables. A draw takes five words (more when
   * rejected) and a column of them is most of a simulation's time; through the Rng's methods
   * every word read and wrote its four state fields, here they stay in registers. The xoshiro128**
   * step is written out as in Rng.nextUint32: output rotl(s1 x 5, 7) x 9, then the state update.
   * It is written out five times on purpose: drawing the attempt's five words in a loop into a
   * small array first measured 12-45% slower for w1's sampling (the words went through memory).
   */
  fill(rng: Rng, out: Float64Array, count: number, low: number, width: number): void {
    const state = FILL_STATE;
    rng.saveState(state);
    let s0 = state[0] ?? 0;
    let s1 = state[1] ?? 0;
    let s2 = state[2] ?? 0;
    let s3 = state[3] ?? 0;
    const aliasProbability = this.aliasProbability;
    const alias = this.alias;
    const envelope = this.envelope;
    const squeeze = this.squeeze;
    const stripWidth = 1 / STRIPS;
    for (let i = 0; i < count; i += 1) {
      let draw: number;
      for (;;) {
        // Word 1 (nextUint32): its top bits pick the strip.
        let x = Math.imul(s1, 5);
        let strip = (Math.imul((x << 7) | (x >>> 25), 9) >>> 0) >>> STRIP_SHIFT;
        let t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 11) | (s3 >>> 21);
        // Word 2 (nextOpenFloat32Bits): the alias decision.
        x = Math.imul(s1, 5);
        const aliasU = ((Math.imul((x << 7) | (x >>> 25), 9) >>> 0) + 0.5) * INV_TWO_POW_32;
        t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 11) | (s3 >>> 21);
        if (aliasU >= (aliasProbability[strip] as number)) strip = alias[strip] as number;
        // Words 3 and 4 (nextDouble): 27 and 26 bits of the position in the strip.
        x = Math.imul(s1, 5);
        const high = Math.imul((x << 7) | (x >>> 25), 9) >>> 5;
        t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 11) | (s3 >>> 21);
        x = Math.imul(s1, 5);
        const lowBits = Math.imul((x << 7) | (x >>> 25), 9) >>> 6;
        t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 11) | (s3 >>> 21);
        const point = (strip + (high * TWO_POW_26 + lowBits) * INV_TWO_POW_53) * stripWidth;
        // Word 5 (nextOpenFloat32Bits): the height under the envelope.
        x = Math.imul(s1, 5);
        const heightU = ((Math.imul((x << 7) | (x >>> 25), 9) >>> 0) + 0.5) * INV_TWO_POW_32;
        t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 11) | (s3 >>> 21);
        const y = heightU * (envelope[strip] as number);
        if (y <= (squeeze[strip] as number) || y <= this.density(point)) {
          draw = point;
          break;
        }
      }
      out[i] = low + width * draw;
    }
    state[0] = s0;
    state[1] = s1;
    state[2] = s2;
    state[3] = s3;
    rng.restoreState(state);
  }
}

/** The generator's state while `fill` steps it (one thread runs one fill at a time). */
const FILL_STATE = new Int32Array(4);
