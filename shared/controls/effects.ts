/**
 * The multipliers a set of controls applies in one simulated year, from each control's effect
 * level that year (a uniform in [0, 1) through the control's quantile functions). Controls in
 * the same overlap group do not stack: they share one effect level, drawn from the group's own
 * stream (keyed by the group's first control in the library, whether or not that control is
 * listed, so adding a member never changes the level the others see), and per input the stronger
 * (smaller) multiplier applies. Adding a control therefore never raises any year's loss. Controls in different
 * groups, or in none, multiply. Controls are combined in the library's order, whatever order a
 * scenario lists them in, so the numbers do not depend on the listing.
 */
import { THREAT_KINDS } from '../model/vocabulary';
import { Rng } from '../random/rng';
import { STREAM } from '../engine/streams';
import { valueAt } from '../engine/valueAt';
import { CONTROL_LIBRARY, SCALAR_TARGETS } from './library';
import type { CompiledControl } from './plan';

export const SCALAR_INDEX = Object.fromEntries(SCALAR_TARGETS.map((target, i) => [target, i])) as Readonly<Record<(typeof SCALAR_TARGETS)[number], number>>;

/** Multipliers for one year: per threat kind (THREAT_KINDS order) and per scalar target (SCALAR_TARGETS order). */
export type YearMultipliers = { readonly frequency: Float64Array; readonly scalar: Float64Array };

export function newYearMultipliers(): YearMultipliers {
  return { frequency: new Float64Array(THREAT_KINDS.length), scalar: new Float64Array(SCALAR_TARGETS.length) };
}

/** Key of the stream that gives a control's effect level per year: not tied to any threat. */
const CONTROL_STREAM_SLOT = 0xc0;

/** The stream key of a control's effect level: its own library index, or its overlap group's first. */
export function levelStreamIndex(control: Pick<CompiledControl, 'libraryIndex' | 'overlapGroup'>): number {
  if (control.overlapGroup === null) return control.libraryIndex;
  const first = CONTROL_LIBRARY.findIndex((definition) => definition.overlapGroup === control.overlapGroup);
  return first < 0 ? control.libraryIndex : first;
}

/** Each year's effect level from the stream at `libraryIndex`, for the chunk's `size` years. */
export function controlEffectLevels(seed: number, chunk: number, libraryIndex: number, out: Float64Array, size: number): void {
  const rng = new Rng(seed, chunk, CONTROL_STREAM_SLOT, STREAM.controlEffect, libraryIndex);
  for (let i = 0; i < size; i += 1) out[i] = rng.nextDouble();
}

/**
 * Writes into `out` the multipliers of `controls` for one year, where `level(c)` is control c's
 * effect level that year. `scratch` holds one YearMultipliers per overlap group in use.
 */
/** The controls in the library's order: how they are always combined. */
export function inLibraryOrder(controls: readonly CompiledControl[]): CompiledControl[] {
  return [...controls].sort((a, b) => a.libraryIndex - b.libraryIndex);
}

/** `level(c)` is read for the controls in the order given; pass them in library order. */
export function combineEffects(controls: readonly CompiledControl[], level: (c: number) => number, out: YearMultipliers, scratch: Map<string, YearMultipliers>): void {
  out.frequency.fill(1);
  out.scalar.fill(1);
  for (const group of scratch.values()) {
    group.frequency.fill(1);
    group.scalar.fill(1);
  }
  controls.forEach((control, c) => {
    const u = level(c);
    let target = out;
    let combine = (a: number, b: number) => a * b;
    if (control.overlapGroup !== null) {
      let group = scratch.get(control.overlapGroup);
      if (!group) {
        group = newYearMultipliers();
        group.frequency.fill(1);
        group.scalar.fill(1);
        scratch.set(control.overlapGroup, group);
      }
      target = group;
      combine = Math.min;
    }
    THREAT_KINDS.forEach((kind, k) => {
      const quantile = control.frequency[kind];
      if (quantile) target.frequency[k] = combine(target.frequency[k] ?? 1, quantile(u));
    });
    SCALAR_TARGETS.forEach((name, s) => {
      const quantile = control.scalar[name];
      if (quantile) target.scalar[s] = combine(target.scalar[s] ?? 1, quantile(u));
    });
  });
  for (const group of scratch.values()) {
    for (let k = 0; k < out.frequency.length; k += 1) out.frequency[k] = (out.frequency[k] ?? 1) * (group.frequency[k] ?? 1);
    for (let s = 0; s < out.scalar.length; s += 1) out.scalar[s] = (out.scalar[s] ?? 1) * (group.scalar[s] ?? 1);
  }
}

/**
 * Per-year multipliers for a chunk of years: for each threat (by index in the plan) the chance
 * an event is kept, and for each scalar target its multiplier.
 */
type Term = Readonly<{ frequency: boolean; index: number; quantile: (u: number) => number }>;

export class ChunkEffects {
  private readonly levels: Float64Array[];
  /** Per control, the inputs it acts on, flattened for the per-year loop. */
  private readonly terms: readonly (readonly Term[])[];
  /** Per control, the slot of its overlap group (-1: none). */
  private readonly groupOf: Int32Array;
  private readonly groups: YearMultipliers[];
  private readonly year = newYearMultipliers();
  /** keep[t][i]: chance threat t's events in year i happen at all (null: the controls leave that threat alone). */
  readonly keep: (Float64Array | null)[];
  /** scalar[s][i]: multiplier of scalar target s in year i. */
  readonly scalar: Float64Array[];

  private readonly controls: readonly CompiledControl[];
  /** Per control, the control whose effect level it uses (itself, or the first of its overlap group). */
  private readonly levelSource: Int32Array;

  constructor(
    listed: readonly CompiledControl[],
    private readonly threatKinds: readonly number[],
    chunkTrials: number,
  ) {
    const controls = inLibraryOrder(listed);
    this.controls = controls;
    // A group draws one level: a fixed one if any member is fixed, else the first member's.
    const sourceOf = (control: CompiledControl, c: number): number => {
      if (control.overlapGroup === null) return c;
      const members = controls.flatMap((other, o) => (other.overlapGroup === control.overlapGroup ? [o] : []));
      return members.find((o) => controls[o]?.fixedLevel !== undefined) ?? members[0] ?? c;
    };
    this.levelSource = Int32Array.from(controls.map(sourceOf));
    this.levels = controls.map(() => new Float64Array(chunkTrials));
    this.terms = controls.map((control) => [
      ...THREAT_KINDS.flatMap((kind, k) => {
        const quantile = control.frequency[kind];
        return quantile ? [{ frequency: true, index: k, quantile }] : [];
      }),
      ...SCALAR_TARGETS.flatMap((name, s) => {
        const quantile = control.scalar[name];
        return quantile ? [{ frequency: false, index: s, quantile }] : [];
      }),
    ]);
    const groupNames = [...new Set(controls.flatMap((control) => (control.overlapGroup === null ? [] : [control.overlapGroup])))];
    this.groupOf = Int32Array.from(controls.map((control) => (control.overlapGroup === null ? -1 : groupNames.indexOf(control.overlapGroup))));
    this.groups = groupNames.map(() => newYearMultipliers());
    const touched = new Set(this.terms.flatMap((terms) => terms.filter((term) => term.frequency).map((term) => term.index)));
    this.keep = threatKinds.map((kind) => (touched.has(kind) ? new Float64Array(chunkTrials) : null));
    this.scalar = SCALAR_TARGETS.map(() => new Float64Array(chunkTrials));
  }

  begin(seed: number, chunk: number, size: number): void {
    this.controls.forEach((control, c) => {
      const levels = this.levels[c] as Float64Array;
      if (control.fixedLevel !== undefined) levels.fill(control.fixedLevel, 0, size);
      else controlEffectLevels(seed, chunk, levelStreamIndex(control), levels, size);
    });
    const year = this.year;
    for (let i = 0; i < size; i += 1) {
      year.frequency.fill(1);
      year.scalar.fill(1);
      for (const group of this.groups) {
        group.frequency.fill(1);
        group.scalar.fill(1);
      }
      for (let c = 0; c < this.terms.length; c += 1) {
        const u = valueAt(this.levels[this.levelSource[c] ?? c], i, 0.5);
        const slot = this.groupOf[c] ?? -1;
        const target = slot < 0 ? year : (this.groups[slot] as YearMultipliers);
        for (const term of this.terms[c] ?? []) {
          const values = term.frequency ? target.frequency : target.scalar;
          const m = term.quantile(u);
          values[term.index] = slot < 0 ? (values[term.index] ?? 1) * m : Math.min(values[term.index] ?? 1, m);
        }
      }
      for (const group of this.groups) {
        for (let k = 0; k < year.frequency.length; k += 1) year.frequency[k] = (year.frequency[k] ?? 1) * (group.frequency[k] ?? 1);
        for (let s = 0; s < year.scalar.length; s += 1) year.scalar[s] = (year.scalar[s] ?? 1) * (group.scalar[s] ?? 1);
      }
      for (let t = 0; t < this.keep.length; t += 1) {
        const keep = this.keep[t];
        if (keep) keep[i] = year.frequency[this.threatKinds[t] ?? 0] ?? 1;
      }
      for (let s = 0; s < this.scalar.length; s += 1) (this.scalar[s] as Float64Array)[i] = year.scalar[s] ?? 1;
    }
  }
}
