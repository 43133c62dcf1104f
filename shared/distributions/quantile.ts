/**
 * Quantile functions (inverse CDFs) of the bounded distributions: the value below which a share
 * u of outcomes falls. Used where several uncertain quantities must move together (a control
 * that works well works well on every input it touches): one uniform u drives them all.
 * Constant, uniform and triangular are exact. Beta-PERT has no closed form: its CDF is
 * tabulated once on a fine grid (trapezoids over the density, which is bounded since
 * alpha, beta >= 1), inverted once onto an even grid of u, and read by interpolation; the error
 * is below 1e-3 of the range.
 */
import type { ShareSpec } from './uncertain';
import { DEFAULT_PERT_GAMMA } from './uncertain';
import { pertShape } from './pert';

export type Quantile = (u: number) => number;

const PERT_GRID = 2048;

function triangularQuantile(low: number, mode: number, high: number): Quantile {
  const width = high - low;
  if (!(width > 0)) return () => low;
  const split = (mode - low) / width;
  return (u) => (u < split ? low + Math.sqrt(u * width * (mode - low)) : high - Math.sqrt((1 - u) * width * (high - mode)));
}

function pertQuantile(low: number, mode: number, high: number, gamma: number): Quantile {
  const width = high - low;
  if (!(width > 0)) return () => low;
  const { alpha, beta } = pertShape(low, mode, high, gamma);
  const cdf = new Float64Array(PERT_GRID + 1);
  let previous = 0;
  for (let i = 1; i <= PERT_GRID; i += 1) {
    const x0 = (i - 1) / PERT_GRID;
    const x1 = i / PERT_GRID;
    const density = (x: number) => Math.pow(x, alpha - 1) * Math.pow(1 - x, beta - 1);
    previous += ((density(x0) + density(x1)) / 2) * (x1 - x0);
    cdf[i] = previous;
  }
  const total = cdf[PERT_GRID] ?? 1;
  for (let i = 0; i <= PERT_GRID; i += 1) cdf[i] = (cdf[i] ?? 0) / total;
  // Invert once onto an even grid of u, so each evaluation is a lookup and one interpolation.
  const inverse = new Float64Array(PERT_GRID + 1);
  let cell = 0;
  for (let j = 0; j <= PERT_GRID; j += 1) {
    const target = j / PERT_GRID;
    while (cell < PERT_GRID - 1 && (cdf[cell + 1] ?? 1) < target) cell += 1;
    const c0 = cdf[cell] ?? 0;
    const c1 = cdf[cell + 1] ?? 1;
    const t = c1 > c0 ? Math.min(1, Math.max(0, (target - c0) / (c1 - c0))) : 0;
    inverse[j] = (cell + t) / PERT_GRID;
  }
  return (u) => {
    const position = Math.min(1, Math.max(0, u)) * PERT_GRID;
    const j = Math.min(PERT_GRID - 1, Math.floor(position));
    const a = inverse[j] ?? 0;
    const b = inverse[j + 1] ?? 1;
    return low + width * (a + (position - j) * (b - a));
  };
}

export function quantileOf(input: number | ShareSpec): Quantile {
  if (typeof input === 'number') return () => input;
  switch (input.dist) {
    case 'constant':
      return () => input.value;
    case 'uniform':
      return (u) => input.low + (input.high - input.low) * u;
    case 'triangular':
      return triangularQuantile(input.low, input.mode, input.high);
    case 'pert':
      return pertQuantile(input.low, input.mode, input.high, input.gamma ?? DEFAULT_PERT_GAMMA);
  }
}
