/**
 * The benchmark's flags, parsed strictly: every bad flag or value is a BenchUsageError whose
 * message names the flag and what it accepts (the bench prints it and exits with code 2).
 *   --json             print JSON for machines instead of the table
 *   --only w1,w2,...   run only these workloads (default: all)
 *   --sizes 1e4,1e5    trials for every selected workload (default: each workload's own sizes)
 *   --repeats N        timed runs after the one warm-up run (default 5)
 */
import { WORKLOAD_NAMES, type WorkloadName } from './catalogue';

export const DEFAULT_REPEATS = 5;
export const MAX_REPEATS = 1000;
/** The engine's bounds on simulated years (shared/scenario/limits.ts: MIN_TRIALS, LIMITS.trials). */
export const MIN_SIZE = 100;
export const MAX_SIZE = 10_000_000;

export type BenchOptions = Readonly<{
  help: boolean;
  json: boolean;
  only: readonly WorkloadName[] | null;
  sizes: readonly number[] | null;
  repeats: number;
}>;

export class BenchUsageError extends Error {
  override readonly name = 'BenchUsageError';
}

const FLAGS = ['--json', '--only', '--sizes', '--repeats', '--help'] as const;
const SWITCHES: readonly string[] = ['--json', '--help'];

/** "1e6", "1000000" or "1_000_000" as a number; NaN for anything else. */
function parseCount(raw: string): number {
  const cleaned = raw.trim().replace(/_/g, '');
  return /^[+]?(\d+(\.\d*)?|\.\d+)(e[+]?\d+)?$/i.test(cleaned) ? Number(cleaned) : Number.NaN;
}

function listItems(flag: string, raw: string): string[] {
  const items = raw.split(',').map((item) => item.trim());
  if (items.some((item) => item === '')) throw new BenchUsageError(`${flag} needs a comma-separated list with no empty items, got "${raw}"`);
  return items;
}

function parseOnly(raw: string): WorkloadName[] {
  const names: WorkloadName[] = [];
  for (const item of listItems('--only', raw)) {
    if (!(WORKLOAD_NAMES as readonly string[]).includes(item)) {
      throw new BenchUsageError(`--only: unknown workload "${item}" (workloads: ${WORKLOAD_NAMES.join(', ')})`);
    }
    if (!names.includes(item as WorkloadName)) names.push(item as WorkloadName);
  }
  return names;
}

function parseSizes(raw: string): number[] {
  const sizes: number[] = [];
  for (const item of listItems('--sizes', raw)) {
    const value = parseCount(item);
    if (!Number.isInteger(value) || value < MIN_SIZE || value > MAX_SIZE) {
      throw new BenchUsageError(`--sizes: "${item}" is not a whole number of trials from ${MIN_SIZE} to ${MAX_SIZE.toLocaleString('en-US')}`);
    }
    if (!sizes.includes(value)) sizes.push(value);
  }
  return sizes.sort((a, b) => a - b);
}

function parseRepeats(raw: string): number {
  const value = parseCount(raw);
  if (!Number.isInteger(value) || value < 1 || value > MAX_REPEATS) {
    throw new BenchUsageError(`--repeats must be a whole number from 1 to ${MAX_REPEATS}, got "${raw}"`);
  }
  return value;
}

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const values = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '-h') {
      switches.add('--help');
      continue;
    }
    if (!arg.startsWith('--')) throw new BenchUsageError(`unexpected argument "${arg}" (options: ${FLAGS.join(', ')})`);
    const equals = arg.indexOf('=');
    const flag = equals >= 0 ? arg.slice(0, equals) : arg;
    const inline = equals >= 0 ? arg.slice(equals + 1) : undefined;
    if (!(FLAGS as readonly string[]).includes(flag)) throw new BenchUsageError(`unknown option ${flag} (options: ${FLAGS.join(', ')})`);
    if (switches.has(flag) || values.has(flag)) throw new BenchUsageError(`${flag} was given twice; give it once`);
    if (SWITCHES.includes(flag)) {
      if (inline !== undefined) throw new BenchUsageError(`${flag} takes no value, got "${inline}"`);
      switches.add(flag);
      continue;
    }
    const value = inline ?? argv[i + 1];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new BenchUsageError(`${flag} needs a value`);
    if (inline === undefined) i += 1;
    values.set(flag, value);
  }
  const only = values.get('--only');
  const sizes = values.get('--sizes');
  const repeats = values.get('--repeats');
  return {
    help: switches.has('--help'),
    json: switches.has('--json'),
    only: only === undefined ? null : parseOnly(only),
    sizes: sizes === undefined ? null : parseSizes(sizes),
    repeats: repeats === undefined ? DEFAULT_REPEATS : parseRepeats(repeats),
  };
}

export const BENCH_USAGE = `Usage: npm run bench -- [--json] [--only w1,w2,...] [--sizes 1e4,1e5,...] [--repeats N]

  --json           print the results as JSON (machine, settings, every measurement, targets)
  --only LIST      run only these workloads: ${WORKLOAD_NAMES.join(', ')}
  --sizes LIST     trials for every selected workload, each from ${MIN_SIZE} to ${MAX_SIZE.toLocaleString('en-US')} (default: each workload's own sizes)
  --repeats N      timed runs after one warm-up run, 1 to ${MAX_REPEATS} (default ${DEFAULT_REPEATS})

Exit codes: 0 measured and every self-check passed; 1 a self-check failed; 2 a bad flag.
See docs/performance.md.`;
