/**
 * Validation of uncertain quantities, written by hand so that every message names the
 * field and says what is allowed: e.g. `high must be >= low (low is 5, high is 2)`.
 */
import * as z from 'zod';
import {
  DISTRIBUTION_KINDS,
  SHARE_DISTRIBUTION_KINDS,
  type DistributionKind,
  type ShareInput,
  type UncertainInput,
} from '../distributions/uncertain';
import { LIMITS } from './limits';

type Bounds = Readonly<{ min: number; max: number; unit: string }>;

type Problem = Readonly<{ path: readonly (string | number)[]; message: string }>;

const FIELDS_BY_KIND: Readonly<Record<DistributionKind, readonly string[]>> = {
  constant: ['dist', 'value'],
  uniform: ['dist', 'low', 'high'],
  triangular: ['dist', 'low', 'mode', 'high'],
  pert: ['dist', 'low', 'mode', 'high', 'gamma'],
  lognormal: ['dist', 'low', 'high'],
};

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)}`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function checkNumber(value: unknown, field: string, bounds: Bounds, problems: Problem[]): value is number {
  if (value === undefined) {
    problems.push({ path: [field], message: 'is required' });
    return false;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    problems.push({ path: [field], message: `must be a number (got ${describe(value)})` });
    return false;
  }
  if (value < bounds.min || value > bounds.max) {
    problems.push({ path: [field], message: `must be between ${bounds.min} and ${bounds.max}${bounds.unit} (got ${value})` });
    return false;
  }
  return true;
}

function checkDistribution(
  input: unknown,
  bounds: Bounds,
  allowed: readonly DistributionKind[],
): Problem[] {
  const problems: Problem[] = [];
  if (typeof input === 'number' || typeof input !== 'object' || input === null || Array.isArray(input)) {
    checkNumber(input, '', bounds, problems);
    return problems.map((problem) => ({ path: [], message: problem.message }));
  }
  const record = input as Record<string, unknown>;
  const kind = record['dist'];
  if (!(allowed as readonly unknown[]).includes(kind)) {
    const list = allowed.join(', ');
    const message =
      kind === undefined
        ? `must be a number or an object with "dist" (one of: ${list})`
        : `must be one of: ${list} (got ${describe(kind)})`;
    problems.push({ path: kind === undefined ? [] : ['dist'], message });
    return problems;
  }
  const distKind = kind as DistributionKind;
  const known = FIELDS_BY_KIND[distKind];
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) {
      problems.push({ path: [key], message: `is not a field of a ${distKind} distribution (allowed: ${known.join(', ')})` });
    }
  }
  if (distKind === 'constant') {
    checkNumber(record['value'], 'value', bounds, problems);
    return problems;
  }
  const lowOk = checkNumber(record['low'], 'low', bounds, problems);
  const highOk = checkNumber(record['high'], 'high', bounds, problems);
  const low = record['low'] as number;
  const high = record['high'] as number;
  if (lowOk && highOk && high < low) {
    problems.push({ path: ['high'], message: `must be >= low (low is ${low}, high is ${high})` });
  }
  if (distKind === 'triangular' || distKind === 'pert') {
    const modeOk = checkNumber(record['mode'], 'mode', bounds, problems);
    const mode = record['mode'] as number;
    if (modeOk && lowOk && highOk && (mode < low || mode > high)) {
      problems.push({ path: ['mode'], message: `must be between low and high (low is ${low}, mode is ${mode}, high is ${high})` });
    }
  }
  if (distKind === 'pert' && record['gamma'] !== undefined) {
    checkNumber(record['gamma'], 'gamma', { min: 0, max: LIMITS.pertGamma, unit: '' }, problems);
  }
  if (distKind === 'lognormal' && lowOk && low <= 0) {
    problems.push({ path: ['low'], message: `must be > 0 for a lognormal (got ${low})` });
  }
  return problems;
}

function uncertainWith<T>(bounds: Bounds, allowed: readonly DistributionKind[]): z.ZodType<T, T> {
  return z.unknown().transform((input, ctx) => {
    const problems = checkDistribution(input, bounds, allowed);
    for (const problem of problems) {
      ctx.addIssue({ code: 'custom', message: problem.message, path: [...problem.path].filter((part) => part !== ''), input });
    }
    return problems.length > 0 ? z.NEVER : (input as T);
  }) as unknown as z.ZodType<T, T>;
}

/** A non-negative uncertain quantity bounded above by `max` (money, days, counts...). */
export function uncertain(max: number, unit = ''): z.ZodType<UncertainInput, UncertainInput> {
  return uncertainWith<UncertainInput>({ min: 0, max, unit }, DISTRIBUTION_KINDS);
}

/** A share between 0 and 1; the lognormal is not allowed. */
export function share(): z.ZodType<ShareInput, ShareInput> {
  return uncertainWith<ShareInput>({ min: 0, max: 1, unit: '' }, SHARE_DISTRIBUTION_KINDS);
}

export const money = (): z.ZodType<UncertainInput, UncertainInput> => uncertain(LIMITS.money);
